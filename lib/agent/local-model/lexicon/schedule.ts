/**
 * The words for a task's details and its schedule: priorities, tags, repeats, and the
 * verbs of rescheduling, clearing, reopening, restoring and undoing. Kept beside the
 * core lexicon (types.ts, en.ts) so each can grow on its own; a second language adds
 * its own `ScheduleWords`.
 */
export interface ScheduleWords {
  /** Priority levels, each with the phrases that set it ("urgent", "p1", "no rush"). */
  priority: { high: string[]; medium: string[]; low: string[]; none: string[] };
  /** Verbs that raise or lower a task's priority with no level said: "bump X up", "lower priority on X". */
  priorityMoves: { raise: string[]; lower: string[] };
  /** Words before a tag name: "tag it errands", "label as home", "tagged work". */
  tagVerbs: string[];
  /** Day names and their RFC 5545 codes. */
  weekdays: Record<string, string>;
  /** Repeat units: "day" → DAILY. */
  units: Record<string, "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY">;
  /** One-word repeats: "daily", "weekly". */
  adverbs: Record<string, "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY">;
  /** Verbs that move a task to another time: "move", "push", "reschedule". */
  move: string[];
  /** Verbs that bring a deleted task back: "bring it back", "restore", "undelete". */
  restore: string[];
  /** "undo that", "revert the last change". */
  undo: string[];
  /** "not done", "isn't done actually": a completed task is open again. */
  notDone: string[];
  /** Search verbs: "search for milk", "find tasks about milk". */
  search: string[];
  /**
   * Date and time words as people type them on phones, with the words the date reader
   * knows: "tonite" → "tonight", "this arvo" → "this afternoon", "by eod" → "by 5pm".
   */
  dateShorthand: Record<string, string>;
  /** Things of an evening: "dinner at 8" is 20:00, where "gym at 8" stays 08:00. */
  eveningThings: string[];
}

export const en: ScheduleWords = {
  priority: {
    high: [
      ...["high priority", "high-priority", "top priority", "highest priority", "priority high"],
      ...["urgent", "urgently", "asap", "important", "critical", "p1", "priority 1", "!!!", "!!"],
    ],
    medium: ["medium priority", "medium-priority", "normal priority", "priority medium", "p2"],
    low: [
      ...["low priority", "low-priority", "lowest priority", "priority low", "p3", "p4"],
      ...["no rush", "not urgent", "no hurry", "whenever", "someday", "not important"],
    ],
    none: ["no priority", "without priority", "not a priority"],
  },
  priorityMoves: {
    raise: ["bump", "raise"],
    lower: ["lower", "reduce", "drop", "downgrade", "deprioritise", "deprioritize"],
  },
  tagVerbs: [
    ...["tag it", "tag it as", "tag it with", "tag this", "tag this as", "tag as", "tag with"],
    ...["tagged", "tagged as", "tagged with", "label it", "label it as", "label as"],
    ...["labelled", "labeled", "labelled as", "labeled as", "label this as", "tag"],
  ],
  weekdays: {
    monday: "MO",
    mon: "MO",
    mondays: "MO",
    tuesday: "TU",
    tue: "TU",
    tues: "TU",
    tuesdays: "TU",
    wednesday: "WE",
    wed: "WE",
    wednesdays: "WE",
    thursday: "TH",
    thu: "TH",
    thur: "TH",
    thurs: "TH",
    thursdays: "TH",
    friday: "FR",
    fri: "FR",
    fridays: "FR",
    saturday: "SA",
    sat: "SA",
    saturdays: "SA",
    sunday: "SU",
    sun: "SU",
    sundays: "SU",
  },
  units: {
    day: "DAILY",
    days: "DAILY",
    week: "WEEKLY",
    weeks: "WEEKLY",
    month: "MONTHLY",
    months: "MONTHLY",
    year: "YEARLY",
    years: "YEARLY",
  },
  adverbs: {
    daily: "DAILY",
    "every day": "DAILY",
    everyday: "DAILY",
    nightly: "DAILY",
    weekly: "WEEKLY",
    monthly: "MONTHLY",
    yearly: "YEARLY",
    annually: "YEARLY",
  },
  move: [
    ...["move", "push", "postpone", "reschedule", "shift", "bump", "delay", "change", "set"],
    ...["make", "put off", "push back", "move up", "bring forward", "defer"],
    // Pakistani and Indian English: "prepone the meeting to friday" is "move it earlier".
    ...["prepone", "pre-pone"],
    // "kindly update the deploy's date to friday": a date given by "update" is a move too.
    "update",
  ],
  restore: [
    ...["bring it back", "bring that back", "bring back", "restore", "undelete", "un-delete"],
    ...["get it back", "recover", "put it back"],
  ],
  undo: [
    ...["undo", "undo that", "undo it", "undo the last change", "revert", "revert that"],
    ...["take that back", "reverse that", "never mind that", "cancel that"],
  ],
  notDone: [
    ...["not done", "isn't done", "is not done", "aren't done", "are not done", "not finished"],
    ...["isn't finished", "aren't finished", "not complete", "not completed", "undone"],
    ...["still open", "still pending", "still to do"],
  ],
  search: ["search for", "search", "find", "look for", "look up", "any tasks about", "tasks about"],
  eveningThings: [
    ...["dinner", "supper", "party", "drinks", "movie", "film", "concert", "date night"],
    ...["iftar", "dawat", "mehndi", "barat", "walima", "wedding reception"],
  ],
  dateShorthand: {
    tonite: "tonight",
    "2nite": "tonight",
    "2night": "tonight",
    tonyt: "tonight",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    tmrow: "tomorrow",
    tomoz: "tomorrow",
    tomorow: "tomorrow",
    tommorow: "tomorrow",
    tommorrow: "tomorrow",
    tmw: "tomorrow",
    tmrw: "tomorrow",
    tmr: "tomorrow",
    "this arvo": "this afternoon",
    "s'arvo": "this afternoon",
    arvo: "afternoon",
    eod: "5pm",
    cob: "5pm",
    "end of day": "5pm",
    "end of the day": "5pm",
    "close of business": "5pm",
    eow: "friday",
    "end of the week": "friday",
    "end of week": "friday",
    wk: "week",
    nxt: "next",
    wknd: "weekend",
    mrng: "morning",
    morn: "morning",
    aftn: "afternoon",
    "2day": "today",
    tdy: "today",
    thurs: "thursday",
    thur: "thursday",
    weds: "wednesday",
    tues: "tuesday",
  },
};
