/**
 * Urdu and Roman Urdu messages → the same `Intent`s the English frames produce, so
 * context, planning and matching work unchanged. Urdu is subject–object–verb: the task
 * comes first and the request closes the message ("doodh khareedna add kar do",
 * "teesra kaam ho gaya", "کام 2 ختم کرو"), so these frames are Urdu's own, built from
 * the Urdu lexicon (lexicon/ur.ts) with the same pattern compiler as the English ones.
 */
import type { Clock } from "./clock";
import { readUrduDetails, readUrduWhen, tidy } from "./dates-ur";
import { readWhen } from "./task-details";
import { asciiDigits } from "./language";
import { oneOf, pattern, patternWith, source } from "./lexicon/compile";
import { ur, urFrames as f } from "./lexicon/ur";
import { chatOf, upsetOf } from "./parse-chat";
import { accountIdPattern } from "./parse-talk";
import type { DetailChanges } from "./parse-schedule";
import type { TaskRef } from "./references";
import type { Intent, NewTask, Reading } from "./understand";

// ── Cleaning ────────────────────────────────────────────────────────────────────────

const { smalltalk, politeness, answers, references: refs } = ur;
const GREETING = oneOf(smalltalk.greetings);
const THANKS = oneOf([...smalltalk.thanks, ...smalltalk.compliments]);
/** "nahi, ye wala hata do": a "no" before a new request takes back the last, it names no task. */
const NO_THEN = source`(?:nahi|nahin|nai|nhi|no|نہیں)(?:\s*[,.!]\s*|\s+(?=(?:${refs.pronouns})(?:\s|$)))`;
// Please before thanks: "مہربانی کر کے …" is a please, "مہربانی" alone a thanks.
const LEADING = pattern`^(?:${NO_THEN}|(?:${GREETING}|${politeness.please}|${THANKS}|${politeness.fillers}|${politeness.hesitations}|kya (?:aap|ap|tum)|کیا (?:آپ|تم))(?:[\s,!.:;?-]+|$))`;
const CLOSING = [...politeness.trailing, ...politeness.address];
const TRAILING = pattern`(?:[\s,.!;:-]+(?:${THANKS}|${CLOSING}))+[\s,.!?;:-]*$|[\s,.!?;:-]+$`;
const ONLY_TRAILING = pattern`^(?:${CLOSING})$`;
const IS_GREETING = pattern`^${GREETING}$`;
const IS_THANKS = pattern`^${THANKS}$`;
const IS_BYE = pattern`^${smalltalk.goodbyes}$`;
/**
 * "chalo bye, court jana hai", "اللہ حافظ، دکان جانا ہے": a goodbye, then where one has to go
 * (as English's "bye, off to work"): why one leaves, not a task.
 */
const BYE_THEN_LEAVING = pattern`^(?:${smalltalk.goodbyes})[\s,.!]+(?:\S+\s+){0,3}(?:${smalltalk.leaving}|nikalna hai|jaana hai|نکلنا ہے)$`;

interface Said {
  text: string;
  lower: string;
  /** The whole message, lowercased, before politeness is taken off ("haan", "ji"). */
  whole: string;
  smalltalk?: "greet" | "thanks" | "bye";
}

/** "- a", "• a", "1. a", "2) a" at the start of a line: one item of a list. */
const BULLET = String.raw`(?:[-*•◦▪]|\d{1,2}[.)])\s+`;

const INLINE_LIST = /(?:^|\s|:)1[.)]\s+\S.*?\s2[.)]\s+\S/u;
const INLINE_NUMBER = /\s+(?=\d{1,2}[.)]\s+\S)/gu;

/**
 * Urdu script's variant letters and marks folded, digits as ASCII, punctuation as ASCII,
 * and the lines of a list ("add kar do:\n- atta\n- cheeni") as items after commas.
 */
export function cleanUrdu(message: string): string {
  const digits = asciiDigits(message.normalize("NFC"));
  // "1. darzi se kapray lene 2. diary sign karni": a numbered list typed on one line.
  const lines = INLINE_LIST.test(digits) ? digits.replace(INLINE_NUMBER, "\n") : digits;
  return lines
    .replace(new RegExp(String.raw`^\s*${BULLET}`, "u"), "")
    .replace(new RegExp(String.raw`\s*\n\s*(?:${BULLET})?`, "gu"), ", ")
    .replace(/([:,])(?:\s*,)+/g, "$1")
    .replace(/[\u064B-\u065F\u0670\u200C\u200D\u200F\u200E]/g, "")
    .replace(/\u064A|\u0649/g, "ی")
    .replace(/\u0643/g, "ک")
    .replace(/\u0647(?=\s|$)/g, "ہ")
    .replace(/\u0647/g, "ہ")
    .replace(/،/g, ",")
    .replace(/۔/g, ".")
    .replace(/؟/g, "?")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D"]/g, "")
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * "rickshaw ki service karwani hai kal", "FCPS form submit karna hai by monday", "دکان کا کرایہ
 * دینا ہے پیر کو": the day said after the "hai" that closes a need, as an afterthought. It is
 * moved before the need ("kal … karwani hai"), where the frames read a day. Not in a question
 * ("dollar ka rate kya hai aaj" asks about the world, not about today's list).
 */
const NEED_THEN_DAY = pattern`^(?!(?:.*\s)?(?:kya|kia|kab|kaise|kyun|kahan|کیا|کب|کیسے|کیوں|کہاں)\s)(?<need>.+\s(?:${f.mustEnd}|hain|ہیں))\s+(?<day>(?:by\s+|till\s+)?\S+(?:\s+\S+){0,2})$`;
const DAY_LEFTOVER = pattern`^[\s,.!]*(?:(?:by|till|tak|ko|tk|pe|par|تک|کو|پر|سے پہلے|se pehle)[\s,.!]*)*$`;
const ANY_CLOCK: Clock = { now: new Date(0), timeZone: "UTC" };

function dayAfterNeed(text: string): string {
  const found = text.match(NEED_THEN_DAY)?.groups;
  if (!found) return text;
  const day = found.day!.replace(/^(?:by|till)\s+/iu, "");
  const when = readUrduWhen(day, ANY_CLOCK);
  if (!when.daySaid || !DAY_LEFTOVER.test(when.rest)) return text;
  return `${day} ${found.need}`;
}

/** "nahi, usay kal pe daal do": a no that answers a question, then a request of its own. */
const LEADING_NO = pattern`^(?:${answers.cancel})(?:\s*[,.!]|\s+(?:${f.address})[,.!]?)\s+(?=\S)`;

function cleaned(message: string): Said {
  let text = cleanUrdu(message).replace(LEADING_NO, "");
  let greeted = false;
  let thanked = false;
  for (let previous = ""; previous !== text;) {
    previous = text;
    const lead = text.toLowerCase().match(LEADING);
    if (lead) {
      if (pattern`^${GREETING}`.test(lead[0].toLowerCase())) greeted = true;
      if (pattern`^${THANKS}`.test(lead[0].toLowerCase())) thanked = true;
      text = text.slice(lead[0].length).trim();
      // "آپ کا شکریہ، بہت مدد ملی": thanks after thanks is taken whole from the front.
      continue;
    }
    const trail = text.toLowerCase().match(TRAILING);
    if (trail && trail.index! > 0) text = text.slice(0, trail.index).trim();
    else if (trail && trail.index === 0) text = "";
    // "salam beta", "shukriya bhaiya": after a greeting or thanks, whom it is said to.
    else if ((greeted || thanked) && ONLY_TRAILING.test(text.toLowerCase())) text = "";
  }
  text = dayAfterNeed(text);
  const lower = text.toLowerCase();
  const whole = cleanUrdu(message)
    .toLowerCase()
    .replace(/[\s,.!?;:-]+$/, "");
  if (!text) {
    const kind = thanked ? "thanks" : greeted ? "greet" : undefined;
    if (kind) return { text, lower, whole, smalltalk: kind };
  }
  if (IS_BYE.test(whole) || BYE_THEN_LEAVING.test(whole))
    return { text: "", lower: "", whole, smalltalk: "bye" };
  if (IS_GREETING.test(whole)) return { text: "", lower: "", whole, smalltalk: "greet" };
  if (IS_THANKS.test(whole)) return { text: "", lower: "", whole, smalltalk: "thanks" };
  return { text, lower, whole };
}

// ── References ──────────────────────────────────────────────────────────────────────

const NUMBER = source`(?:\d+|${Object.keys(refs.numbers)})`;
/** "2 aur 3 dono", "1, 2, 3 teeno": the numbers said again as a count. */
const BOTH = source`(?:dono|donon|teeno|teenon|sab|دونوں|تینوں|سب)`;
const NUMBERED = pattern`(?:^|\s|#)(?:(?:${refs.numberMarkers})\s*(?:#\s*)?)*(?<numbers>${NUMBER}(?:\s*(?:,|${f.and})\s*${NUMBER})*)(?:\s+(?:number|nambar|نمبر))?(?:\s+(?:${f.about}))?(?:\s+(?:${refs.numberMarkers}))?(?:\s+(?:${BOTH}))?$`;
const ORDINAL = source`(?<ordinal>${[...Object.keys(refs.ordinals), ...refs.last]})`;
const POSITION = pattern`^${ORDINAL}(?:\s+(?:${f.about}))?(?:\s+(?:kaam|task|کام))?(?:\s+(?:${f.about}))?$`;
const PRONOUN = pattern`^(?:${refs.pronouns})(?:\s+(?:${f.about}))?$`;
const PLURAL = pattern`^(?:${refs.pluralPronouns})$`;
const NEXT = pattern`^(?:${refs.next})$`;
/** "neeche se doosra", "نیچے سے دوسرا": the second from the end. */
const FROM_END = pattern`^(?:${f.fromEnd})\s+${ORDINAL}(?:\s+(?:${f.about}))?(?:\s+(?:kaam|task|کام))?$`;
/** "upar se teesra": the third from the top, the third. */
const FROM_START = pattern`^(?:${f.fromStart})\s+(?=\S)`;
/** "unmein se teesra", "ان میں سے دوسرا": "of them" before a place in the list shown. */
const OF_THESE = pattern`^(?:${f.ofThese})\s+(?=\S)`;
/** "aur isko …": "and" before the task pointed at says nothing about which. */
const LEADING_AND = pattern`^(?:${f.and})\s+(?=\S)`;
/** "ye bhi ho gaya": "too" after a pronoun. */
const ALSO_END = pattern`\s+(?:bhi|بھی)$`;
/** "pehle do", "aakhri teen kaam": the first or last few of the list shown. */
const FIRST_FEW = pattern`^(?<end>pehle|pehlay|pehli|shuru ke|پہلے|پہلی|شروع کے|${refs.last})\s+(?<count>${NUMBER}|do|دو)(?:\s+(?:kaam|tasks?|wale|کام))?$`;
const AND = pattern`\s+(?:${f.and})\s+`;
/** "saare kaam", "sab mukammal kaam", "saari list", "پوری فہرست": every task (of a state). */
const ALL = pattern`^(?:(?:${ur.list.all})\s+)+(?:(?<status>${[...ur.status.done, ...ur.status.pending]})\s+)?(?:kaam|kaamon|tasks|کام|کاموں|${ur.listNouns})?(?:\s+(?<status2>${[...ur.status.done, ...ur.status.pending]}))?$`;
/** "mukammal kaam sab", "مکمل کام سب": the "all" said last. */
const ALL_LAST = pattern`^(?:(?<status>${[...ur.status.done, ...ur.status.pending]})\s+)?(?:kaam|kaamon|tasks|کام|کاموں)\s+(?:${ur.list.all})$`;
/** "jo kaam ho gaye hain wo sab", "مکمل شدہ کام", "sab mukammal wale": the done ones. */
const DONE_ONES = pattern`^(?:(?:jo|جو)\s+)?(?:(?:${ur.list.all})\s+)?(?:(?:${ur.list.topics})\s+)?(?:${ur.status.done})(?:\s+(?:hain|hai|ہیں|ہے))?(?:\s+(?:${[...f.about, ...ur.list.topics]}))?(?:\s+(?:wo|woh|وہ))?(?:\s+(?:${ur.list.all}))?(?:\s+(?:${ur.list.topics}))?$`;
/** "sab kuch", "سب کچھ": everything. */
const EVERYTHING = pattern`^(?:${ur.list.all})\s+(?:kuch|kuchh|kuj|کچھ)$`;
const FILLER = pattern`(?:^|\s)(?:${refs.fillers})(?=\s|$)`;
const OBJECT_END = pattern`\s+(?:${f.object})$`;
/** "mera doosra kaam": whose list it is says nothing about which task. */
const POSSESSIVE_START = pattern`^(?:mera|meri|mere|mery|apna|apni|apne|میرا|میری|میرے|اپنا|اپنی|اپنے)\s+`;

/** "do number wala": "do" is two before "number", the verb of "kar do" everywhere else. */
const TWO_BY_NUMBER = /^(?:do|دو)(?=\s+(?:number|nambar|نمبر)(?:\s|$))/u;

function statusOf(word: string | undefined): "completed" | "pending" | "all" {
  if (!word) return "all";
  return ur.status.done.includes(word) ? "completed" : "pending";
}

/** "saare", "sab", "tamam", "سارے": all of them. */
const ALL_WORDS = source`saare|sare|saaray|sab|tamam|سارے|سب|تمام`;
const { when: WHEN } = f;
/** A day said as a day: "kal", "parson", "aaj", "jumma", "agle peer", "کل". */
const DAY_SAID = source`(?:${[...WHEN.today, ...WHEN.tomorrow, ...WHEN.dayAfter]}|(?:(?:${[...WHEN.next, ...WHEN.this]})\s+)?(?:${Object.keys(WHEN.weekdays)}))`;
/**
 * "kal ke saare kaam", "parson wale sab kaam", "کل کے سارے کام": every task due that day, as
 * "everything for tomorrow" is in English (the plural "ke", "wale" say several, never one).
 */
const DUE_ALL = pattern`^(?:(?:${ALL_WORDS})\s+)?(?<due>${DAY_SAID})\s+(?:ke|kay|wale|waale|walay|والے|کے)\s+(?:(?:${ALL_WORDS})\s+)?(?:kaam|tasks|کام)(?:\s+(?:${ALL_WORDS}))?$`;

/** How an Urdu phrase points at tasks: "kaam 3", "teesra kaam", "doodh wala kaam", "ye", "sab". */
export function urduRef(fragment: string): TaskRef | undefined {
  const due = fragment.toLowerCase().trim().match(DUE_ALL)?.groups?.due;
  if (due) return { kind: "all", status: "all", due };
  const text = fragment
    .toLowerCase()
    .replace(OBJECT_END, "")
    .replace(POSSESSIVE_START, "")
    .replace(/^['"]|['"]$/g, "")
    .replace(LEADING_AND, "")
    .replace(FROM_START, "")
    .replace(OF_THESE, "")
    .trim()
    // "teesra wala bhi", "ye bhi": "too" says nothing about which task.
    .replace(ALSO_END, "")
    .replace(TWO_BY_NUMBER, "2");
  if (!text) return undefined;
  const numbered = text.match(NUMBERED);
  if (numbered && numbered.index === 0) {
    const numbers = numbered
      .groups!.numbers!.split(pattern`\s*(?:,|${f.and})\s*`)
      .map((n) => (/^\d+$/.test(n) ? Number(n) : refs.numbers[n]!))
      .filter((n) => n > 0);
    if (numbers.length) return { kind: "numbers", numbers };
  }
  const position = text.match(POSITION);
  if (position) {
    const word = position.groups!.ordinal!;
    return refs.last.includes(word)
      ? { kind: "position", position: "last" }
      : { kind: "position", position: refs.ordinals[word]! };
  }
  const few = text.match(FIRST_FEW)?.groups;
  if (few) {
    const count = /^\d+$/.test(few.count!) ? Number(few.count) : (refs.numbers[few.count!] ?? 2);
    const fromEnd = refs.last.includes(few.end!);
    const positions = Array.from({ length: count }, (_, i) => (fromEnd ? i - count : i + 1));
    if (count > 1) return { kind: "positions", positions };
  }
  // "doosra aur teesra", "pehla aur aakhri": several places in the list shown.
  const places = text.split(AND);
  if (places.length > 1 && places.every((place) => POSITION.test(place))) {
    const positions = places.map((place) => {
      const word = place.match(POSITION)!.groups!.ordinal!;
      return refs.last.includes(word) ? -1 : refs.ordinals[word]!;
    });
    return { kind: "positions", positions: [...new Set(positions)] };
  }
  const fromEnd = text.match(FROM_END)?.groups?.ordinal;
  if (fromEnd && !refs.last.includes(fromEnd))
    return { kind: "position", position: -refs.ordinals[fromEnd]! };
  if (PLURAL.test(text)) return { kind: "pronoun", plural: true };
  if (PRONOUN.test(text)) return { kind: "pronoun", plural: false };
  if (NEXT.test(text)) return { kind: "next" };
  const all = text.match(ALL);
  if (all) return { kind: "all", status: statusOf(all.groups!.status ?? all.groups!.status2) };
  if (EVERYTHING.test(text)) return { kind: "all", status: "all" };
  if (DONE_ONES.test(text)) return { kind: "all", status: "completed" };
  const allLast = text.match(ALL_LAST);
  if (allLast) return { kind: "all", status: statusOf(allLast.groups!.status) };
  let words = text;
  for (let previous = ""; previous !== words;) {
    previous = words;
    words = words.replace(FILLER, " ").replace(/\s+/g, " ").trim();
  }
  if (!words) return undefined;
  // "eggs aur bread wale": each task named, as "eggs and bread" is in English.
  const joined = words.split(AND);
  return joined.length > 1 && joined.every(Boolean)
    ? { kind: "words", words: joined.join(" and "), plural: true }
    : { kind: "words", words };
}

// ── Frames ──────────────────────────────────────────────────────────────────────────

const DO = f.do;
const KA_KAAM = source`(?:\s+(?:${f.of})\s+(?:kaam|task|کام))`;

const ADD = [
  pattern`^(?:${f.newTask})\s*[:\-–—]\s*(?<title>.+)$`,
  // "meri list mein anday add kar do": the list named first.
  pattern`^(?:(?:meri|apni|میری|اپنی)\s+)?(?:${f.inList})\s+(?<title>.+?)\s+(?:${f.addTail})$`,
  // "mujhe yaad dilana ke kal bill jama karna hai".
  pattern`^(?:(?:${f.mustStart})\s+)?(?:${f.remind})\s+(?:ke|ki|k|کہ|کے)\s+(?<title>.+?)$`,
  pattern`^(?<title>.+?)${KA_KAAM}?(?:\s+(?:${f.object}))?(?:\s+(?:${f.inList}))?\s+(?:${f.addTail})$`,
  pattern`^(?<title>.+?)(?:\s+(?:${f.of}))?\s+(?:${f.remind})$`,
  pattern`^(?:(?:${f.newTask})\s+)?(?:${f.addTail})\s*[:\-–—]?\s+(?<title>.+)$`,
  // "ye sab (list mein) add kar do: chawal, daal, namak".
  pattern`^(?<these>${f.these}|ye|yeh|یہ)\s+(?:(?:${f.inList})\s+)?(?:${f.addTail})\s*[:\-–—]\s*(?<title>.+)$`,
];
/** "bijli ka bill, gas ka bill, ye dono": the list's items came before. */
const THESE_LAST = pattern`\s*,?\s*(?:${f.these})$`;
/**
 * "kal dentist jana hai aur jumma ko gym": the second thing leaves out the verb it shares with
 * the first, and is its own task only when it has a day of its own ("… aur anday" alone may be
 * more of the first task's things).
 */
function sameVerbOnItsDay(
  both: { first?: string; second?: string },
  clock: Clock,
): NewTask | undefined {
  const shared = both.first!.match(MUST)?.groups;
  if (!shared) return undefined;
  const task = mustTask(`${both.second} ${shared.verb} ${shared.aux}`, clock);
  return task?.read?.details.due_date ? task : undefined;
}

/** "mujhe kal doctor ke paas jana hai": something to do, so a task. */
// "فٹنس رپورٹ کب تک بنانی ہے؟": a need asked about with "when", "how", "why" or "where" is a
// question, not one more task.
const MUST = pattern`^(?!(?:kya|kia|کیا)\s)(?!(?:.*\s)?(?:kab|kaise|kese|kyun|kyu|kahan|کب|کیسے|کیوں|کہاں)\s)(?:(?:${f.mustStart})\s+)?(?<title>(?<before>.+?)\s+(?<verb>\S+))\s+(?<aux>${f.mustEnd}|hain|hen|ہیں)$`;
/** Infinitives that are only verbs: "market mein jana hai" is a task. */
const VERB_INFINITIVE = pattern`^(?:jana|karna|lena|dena|krna|jaana|lana|krni|krne|leni|lene|deni|dene|lani|lane|jani|لینا|دینا|جانا|کرنا|لانا|لینی|لینے|دینی|دینے|کرنی|کرنے)$`;
/** The shape of an infinitive, and of its plural with "hain" ("kapray lene hain"). */
const INFINITIVE_SHAPE = /^(?:\S{3,}(?:na|ni)|\S{2,}(?:نا|نی))$/u;
const PLURAL_INFINITIVE_SHAPE = /^(?:\S{2,}ne|\S{2,}نے)$/u;
/**
 * "ghar mein paani hai", "fridge mein khana hai": a word shaped like an infinitive straight
 * after "mein", "par" says where a thing is, not what to do.
 */
const AFTER_PLACE = /(?:^|\s)(?:mein|me|main|par|pe|paas|میں|پر|پاس)$/u;
/** "mjhe kal bank jana hai": the one who must is not the task. */
const MUST_START = pattern`^(?:${f.mustStart})\s+(?=\S)`;
/** "kal mujhe …": the one who must, said after a day or time. */
const MUST_START_INSIDE = pattern`^((?:\S+\s+){1,3}?)(?:${f.mustStart})\s+`;
const THEN = oneOf(f.then);
/** "… lene hain aur … bharwana hai": two things to do, each closed by its own "hai". */
const MUST_AND_MUST = pattern`^(?<first>.+?\s(?:${f.mustEnd}|hain|ہیں))(?:\s*[,،]\s*(?:${THEN}\s+)?|\s+(?:${THEN}|${f.and})\s+)(?<second>\S.+)$`;
const OBLIQUE = /(?:ne|nay|نے)$/u;

const LIST_VERB = pattern`(?:^|\s)(?:${ur.list.verbs})(?:\s|$)`;
const LIST_TOPIC = pattern`(?:^|\s)(?:${ur.list.topics})(?:\s|$)`;
const LIST_WORDS = [
  ...ur.list.topics,
  ...ur.list.all,
  ...ur.status.done,
  ...ur.status.pending,
  ...ur.references.fillers,
  ...ur.list.verbs,
  ...["mujhe", "mjhe", "hain", "hai", "ہیں", "ہے", "مجھے", "abhi", "ابھی", "kon se", "کون سے"],
  ...f.emphasis,
];
const ONLY_LIST_WORDS = pattern`^(?:(?:${LIST_WORDS})(?:\s+|$))+$`;
const COUNT = pattern`(?:^|\s)(?:${ur.list.countCues})(?:\s|$)`;
const DONE_CUE = pattern`(?:^|\s)(?:${ur.status.done})(?:\s|$)`;
const PENDING_CUE = pattern`(?:^|\s)(?:${ur.status.pending})(?:\s|$)`;
/** "… list mein daal do", "… list se nikal do": an add or a deletion that names the list. */
const OTHER_REQUEST = pattern`\s(?:${f.addTail}|${f.deleteTail})$`;
const DONE_ALONE = pattern`^(?:${f.done}|${f.complete})$`;
/** "ho gaya", "kar liya", "ہو گیا" alone, or "ho gaya hai, tick kar do": a finished deed, as "done" alone is. */
const DEED_ALONE = pattern`^(?:(?:${f.done})(?:\s+(?:hai|he|ہے))?(?:[,،]?\s+(?:${f.tickIt}))?|(?:${f.tickIt}))$`;
/**
 * "hata do", "delete kar do" alone: Urdu leaves out the object it means, "it". Not "cancel
 * kar do" or "khatam kar do", which may call off the question asked or finish a task.
 */
const DELETE_ALONE = pattern`^(?!cancel|khatam|کینسل|ختم)(?:${f.deleteTail})$`;
/** "sab kaam ho gaye": a deed, not a list. */
const DEED = pattern`\s(?:${f.done})$`;
const IS_LEFT = pattern`^(?:${f.isLeft})$`;
/** "kaun kaun se kaam khatam ho gaye", "kaun se kaam abhi baqi hain": which tasks, so a list. */
const WHICH_LIST = pattern`^(?:${f.which})\s+(?:(?:${ur.list.topics})\s+)?(?:(?:abhi|ابھی)\s+)?(?:${[...ur.status.done, ...ur.status.pending]})(?:\s+(?:hain|hai|ہیں|ہے))?$`;
/**
 * "zaroori kaam kaun se hain", "baqi kaam kaunse hain", "ضروری کام کون سے ہیں": the kind
 * first, then "which" (Urdu puts the question word late).
 */
const WHICH_AFTER = pattern`^(?:(?:${[...ur.status.done, ...ur.status.pending, ...ur.priority.high]})\s+)?(?:${ur.list.topics})\s+(?:${f.which})(?:\s+(?:${[...ur.status.done, ...ur.status.pending]}))?(?:\s+(?:hain|hai|ہیں|ہے))?$`;
/**
 * "jo ho chuke hain wo dikhao": the ones in that state, shown; after a list, "aur jo ho
 * chuke wo?" with the verb left unsaid.
 */
const RELATIVE_LIST = pattern`^(?:jo|جو)\s+(?:(?:${ur.list.topics})\s+)?(?:${[...ur.status.done, ...ur.status.pending]})(?:\s+(?:hain|hai|ہیں|ہے))?\s+(?:wo|woh|وہ)(?:\s+(?:sab|سب))?(?:\s+(?:${ur.list.verbs}))?$`;

/** "… bank mein", "… parents ko": where or to whom, said after the deed. */
const AFTER_DEED = source`(?:\s+\S+(?:\s+\S+)?\s+(?:mein|me|main|se|par|pe|ko|ka|ki|ke|میں|سے|پر|کو|کا|کی|کے))?`;
/** "… ho gaya hai", "sabzi le aayi hun": the auxiliary after a finished deed. */
const AUX = source`(?:\s+(?:hai|he|hy|tha|thi|hun|hoon|hu|hain|ہے|تھا|تھی|ہوں|ہیں))?(?:\s+(?:${f.doneWhen}))?`;
/** "galti se add ho gaya": an add or a removal reported, not a deed done. */
const NOT_A_DEED = source`(?<!(?:^|\s)(?:${f.adding}))`;
const COMPLETE = [
  pattern`^(?<target>.+?)\s+(?:(?:${f.object})\s+)?(?:${f.complete})(?:\s+(?:mark\s+|مارک\s+)?(?:${DO}))?(?:\s+(?:hai|he|ہے))?$`,
  // "fee jama ho gayi bank mein": where it was done may follow the deed.
  pattern`^(?<target>.+?)${NOT_A_DEED}\s+(?:${f.done})${AUX}${AFTER_DEED}$`,
  pattern`^(?:${f.complete})(?:\s+(?:${DO}))?\s*[:\-]?\s+(?<target>.+)$`,
  // "bijli ka bill bhar diya", "hostel rent de diya": a verb and its perfective "diya"/"liya".
  // "… شامل کر دیں" adds: the verb before "kar" is the deed's too.
  pattern`^(?<target>.+?)(?<!(?:^|\s)(?:${f.adding}))\s+(?!(?:${f.notPerfectiveDeeds})\s)\S+(?:\s+(?:kar|kr|کر))?\s+(?:${f.perfective})${AUX}${AFTER_DEED}$`,
  pattern`^(?<target>.+?)(?<!(?:^|\s)(?:${f.adding}))\s+(?!(?:${f.notPerfectiveDeeds}|کر)\s)\S+\s+(?:${f.perfectivePlural})${AUX}${AFTER_DEED}$`,
  // "bus pass ban gaya", "pension mil gayi": a verb and its "gaya", not "reh gaya".
  pattern`^(?<target>.+?)\s+(?!(?:${f.notWentDeeds}|${f.notPerfectiveDeeds})\s)\S+\s+(?:${f.went})${AUX}${AFTER_DEED}$`,
];
const DELETE = [
  pattern`^(?<target>.+?)\s+(?:(?:${f.object})\s+)?(?:(?:${f.fromList})\s+)?(?:${f.deleteTail})$`,
  pattern`^(?:delete|remove|ڈیلیٹ)(?:\s+(?:${DO}))?\s*[:\-]?\s+(?<target>.+)$`,
  // "bridal booking cancel ho gaya": called off, so it goes, as "X is cancelled" does.
  pattern`^(?<target>.+?)\s+(?:${ur.cancelled})(?:\s+(?:hai|he|ہے))?$`,
  // "stock ginne ki zaroorat nahi": a task no longer needed goes, as "X isn't needed anymore".
  pattern`^(?!(?:mujhe|mujhay|mjhe|hamein|humein|hume|مجھے|ہمیں)\s)(?<target>.+?)\s+(?:${f.notNeeded})$`,
];
const NAMES = source`(?:${ur.fields.title})`;
const UPDATE_TITLE = [
  // "task 2 ka naam badal do: …": the new name after the colon, before "… karna" is read as "kar".
  // "دوسرے کام کا نام رکھ دو: …": "rakh do" as well as "badal do".
  pattern`^(?<target>.+?)\s+(?:${f.of})\s+${NAMES}\s+(?:${f.change}|${f.set})\s*[:\-–—]\s*(?<value>.+)$`,
  pattern`^(?<target>.+?)\s+(?:${f.of})\s+${NAMES}\s+(?:(?:${f.changedTo})\s+)?(?<value>.+?)\s+(?:${f.set})$`,
  pattern`^(?<target>.+?)\s+(?:${f.object})\s+(?:${f.changedTo})\s+(?<value>.+?)\s+(?:${f.set})$`,
  // "naam badal do: …", said right after an add: the task just talked about.
  pattern`^(?:(?:aur|or|اور)\s+)?${NAMES}\s+(?:${f.change})\s*[:\-–—]\s*(?<value>.+)$`,
  // "stock ginna ki jagah stock aur udhaar ginna likh do": the new title in the old one's place.
  pattern`^(?<target>.+?)\s+(?:${f.insteadOf})\s+(?<value>.+?)\s+(?:${f.write})$`,
  // "gift wale kaam ko cousin ki shaadi ka gift aur card likh do": a task pointed at by "wala"
  // or "kaam", then "ko", written as the new words ("ammi ko call karna likh do" is an add).
  // Only "likh do" writes words: "teesre kaam ko parson par kar do" moves the task.
  pattern`^(?<target>.+?\s(?:${f.about}|kaam|کام))\s+(?:ko|کو)\s+(?<value>.+?)\s+(?:likh do|likho|likh dein|likh den|لکھ دو|لکھو|لکھ دیں)$`,
];
const ASK_TITLE = pattern`^(?<target>.+?)\s+(?:${f.of})\s+${NAMES}\s+(?:${f.change})$`;
const UPDATE_DESCRIPTION = pattern`^(?<target>.+?)\s+(?:${f.of})\s+(?:${ur.fields.description})\s*(?:[:\-–—]\s*|\s+(?:(?:mein|میں)\s+)?)(?<value>.+?)(?:\s+(?:likh do|likho|likh dein|لکھ دو|لکھو|لکھ دیں|${f.set}))?$`;
/** "fees register wale mein note likh do: …": a note written in a task, the note after it. */
const NOTE_IN_TASK = pattern`^(?<target>.+?)\s+(?:mein|me|main|par|pe|ke saath|ke sath|میں|پر|کے ساتھ)\s+(?:(?:ek|aik|ایک)\s+)?(?:${[...ur.fields.description, ...ur.fields.followUps]})\s+(?:${f.write}|${f.addTail})\s*[:\-–—]\s*(?<value>\S.*)$`;
/**
 * "suit wale kaam mein likh do: …", "بیج والے کام میں لکھ دو: …": with no word for a note, a task
 * pointed at by "wala" or "kaam" still takes what is written in it as its note.
 */
const NOTE_IN_NAMED_TASK = pattern`^(?<target>.+?\s(?:${f.about}|kaam|کام))\s+(?:mein|me|main|par|pe|ke saath|ke sath|میں|پر|کے ساتھ)\s+(?:${f.write}|${f.addTail})\s*[:\-–—]\s*(?<value>\S.*)$`;
const RESCHEDULE = pattern`^(?<body>.+?)\s+(?:(?:${f.toWhen})\s+)?(?:(?:${ur.verbs.reschedule})\s+)?(?:${f.set})$`;
const DATE_OF = pattern`^(?:${f.of})\s+(?:${f.dateWords})\s+`;
const WHEN_NOT_WHEN = pattern`^(?:(?<target>.+?)\s+)?(?<was>\S+)\s+(?:nahi|nahin|nhi|nai|نہیں)\s+(?<now>\S+(?:\s+(?:baje|bje|بجے))?)(?:\s+(?:ko|کو))?(?:\s+(?:karna|karni|karne|kar do|karo|rakh do|rakho|کرنا|کرنی|کر دو|رکھ دو))?(?:\s+(?:hai|hain|ہے|ہیں))?$`;
const PUT_ON_DAY = pattern`^(?<body>.+?)\s+(?:${f.toWhen})\s+(?:${f.putOn})$`;
const SET_PRIORITY = (["low", "high"] as const).map(
  (level) =>
    [
      level,
      // "aur isko zaroori mark kar do": "mark" before the verb, as in English.
      pattern`^(?<target>.+?)\s+(?:(?:${f.object})\s+)?(?:${ur.priority[level]})(?:\s+(?:bhi|بھی))?(?:\s+(?:mark\s+|مارک\s+)?(?:${f.set}|bana do|banao|بنا دو|بناؤ|hai|ہے))$`,
    ] as const,
);
const OTHERS = [
  pattern`(?:^|\s)(?:${ur.others.people})(?:\s|$)`,
  // "user id 42 ke task 1 aur 2 delete kar do": an account by its id.
  accountIdPattern(ur.others.accountIds),
  // "meri behen ke saare kaam", "میری بہن کے کام": a relative's tasks.
  pattern`(?:^|\s)(?:${ur.others.relatives})\s+(?:ke|ki|ka|کے|کی|کا)\s+(?:(?:saare|sare|sab|tamam|سارے|سب|تمام)\s+)?(?:${ur.others.belongings})(?:\s|$)`,
  // "fatima ki list mein doodh add kar do": something put on anyone's list.
  pattern`^(?!(?:meri|mera|mere|apni|apna|apne|میری|میرا|میرے|اپنی|اپنا|اپنے|${ur.others.notOwners})\s)\S+\s+(?:ki|کی)\s+(?:list|لسٹ|فہرست)\s+(?:mein|me|main|میں)\s`,
  // "ahmed ki list dikhao": anyone's list or account, asked for by a verb that manages one.
  pattern`^(?!(?:meri|mera|mere|apni|apna|apne|میری|میرا|میرے|اپنی|اپنا|اپنے|${ur.others.notOwners})\s)\S+\s+(?:ki|ka|کی|کا)\s+(?:list|account|لسٹ|فہرست|اکاؤنٹ)\s+(?:${ur.others.manage})(?:\s|$)`,
];
const HELP = pattern`^(?:${ur.help})$`;
/** A place or a number, then "karo": the choice offered under that number, carried out. */
const PICK_DONE = pattern`^(?<ref>.+?)\s+(?:${DO})$`;
const CONFIRM = pattern`^(?:${answers.confirm})$`;
const CANCEL = pattern`^(?:${answers.cancel})$`;
const ACK = pattern`^(?:${politeness.fillers})$`;
/**
 * "wapis le aao", "nahi galti se, wapis kar do", "galti se delete ho gaya, wapas kar do", "اسے
 * واپس لے آؤ": the last change taken back, after any news of the mistake, said of it or not
 * ("nahi, dawai abhi nahi li, isay wapas kar do": why, then the take-back of what was just done).
 */
const UNDO = pattern`^(?:(?:${answers.cancel}|galti se|ghalti se|غلطی سے)[\s,.!،۔]+|[^,.!،۔]+[,.!،۔]\s*)*(?:(?:${refs.pronouns})\s+)?(?:${f.undo})$`;

/** A title as written, its details read in Urdu: "kal shaam 5 baje doodh lena" → "Doodh lena". */
function newTask(words: string, clock: Clock, kaKaam: boolean): NewTask {
  let title = tidy(words.replace(/^['"]|['"]$/g, "").replace(MUST_START, ""));
  // "doodh khareedne ka kaam": the oblique infinitive is the task's plain one, "doodh khareedna".
  if (kaKaam) title = title.replace(OBLIQUE, (end) => (end === "نے" ? "نا" : "na"));
  return { title, read: readUrduDetails(title, clock) };
}

const NOTE_AFTER_REQUEST = pattern`^(?<request>.+?\s(?:${f.addTail}))\s*(?:[:]|\s[\-–—])\s*(?<note>\S.*)$`;
/**
 * "bank ko call karna add kar do, card ki fee ka poochna hai", "…شامل کرو، کارڈ کی فیس کا پوچھنا
 * ہے": after the request and a comma, what to ask or tell is the task's note, not a task.
 */
const POINT_AFTER_REQUEST = pattern`^(?<request>.+?\s(?:${f.addTail}))\s*,\s*(?<note>\S.*?\s(?:${ur.verbs.talkingPoints})(?:\s+(?:hai|he|hain|ہے|ہیں))?)$`;
/** "ek kaam add karo: …", "ye sab add kar do: …", "ye add kar do: …": the tasks come after. */
const ONLY_FRAME = pattern`^(?:\S+\s+)?(?:${f.newTask}|${f.these}|ye|yeh|یہ)(?:\s+(?:${f.inList}))?\s+(?:${f.addTail})$`;
const FRAME_ALONE = pattern`^(?:(?:kuch|kuchh|کچھ)\s+)?(?:${f.newTask}|${f.these})$`;
const NOTE_WITH_ADD = pattern`\s*[,;]\s*(?:${ur.fields.description})\s*[:\-–—]\s*(?<note>\S.*)$`;

/** "doodh lena aur bill jama karna": deeds, each closed by its own infinitive. */
const INFINITIVE_END = /\S{2,}(?:na|ni|نا|نی)$/u;

/** "ammi ki dawai", "ghar ka kiraya": a thing of someone or somewhere, one item. */
const RELATION = pattern`(?:^|\s)(?:ka|ki|ke|ko|se|mein|par|pe|liye|کا|کی|کے|کو|سے|میں|پر|لیے)(?:\s|$)`;

/** "aur … bhi": "also …", said of a new task after another. */
const ALSO_START = pattern`^(?:${f.and})\s+(?=\S)`;
const ALSO_WORD = pattern`\s+(?:bhi|بھی)(?=\s)`;
const ALSO_WORDS = patternWith("gi")`\s+(?:bhi|بھی)(?=\s)`;

function parseAdd(typed: Said, clock: Clock): Intent | undefined {
  const also = ALSO_START.test(typed.lower);
  const text = also ? typed.text.replace(ALSO_START, "").replace(ALSO_WORD, "") : typed.text;
  const said = also ? { ...typed, text, lower: text.toLowerCase() } : typed;
  // "sabzi mangwana add kar do, note: aloo aur tamatar": the note after the request.
  const after = said.text.match(NOTE_WITH_ADD);
  // "ڈاکٹر سے وقت لینا شامل کرو: آنکھوں کا معائنہ": the note after the request's own verb.
  // "ye sab add kar do: chawal, daal", "ek kaam add karo: sabzi lana": a request that names
  // no task of its own is followed by the task, not by a note.
  const found = (said.text.match(NOTE_AFTER_REQUEST) ?? said.text.match(POINT_AFTER_REQUEST))
    ?.groups;
  const request = found && !ONLY_FRAME.test(found.request!.toLowerCase()) ? found : undefined;
  const before = after?.index ? said.text.slice(0, after.index) : request?.request;
  if (before) {
    const text = before.trim();
    const intent = parseAdd({ ...said, text, lower: text.toLowerCase() }, clock);
    const last = intent?.kind === "add" ? intent.tasks.at(-1) : undefined;
    if (last && !last.description) {
      last.description = (after?.index ? after.groups!.note! : request!.note!).trim();
      return intent;
    }
  }
  for (const frame of ADD) {
    const match = said.text.match(frame);
    if (!match) continue;
    let title = match.groups!.title!.trim();
    // "naya kaam add karo", "kuch kaam likh lo": the frame alone names no task yet.
    if (FRAME_ALONE.test(title.toLowerCase())) return { kind: "add", tasks: [] };
    // "fee voucher print karna, note: 2 copies chahiye": the note is the task's description.
    const note = title.match(NOTE_WITH_ADD);
    if (note) title = title.slice(0, note.index).trim();
    const kaKaam =
      pattern`${KA_KAAM}(?:\s+(?:${f.object}))?(?:\s+(?:${f.inList}))?\s+(?:${f.addTail})$`.test(
        said.lower,
      );
    // "doodh, anday aur double roti": a list of short items is several tasks; "ye sab …: a,
    // b" and the lines of a list are several tasks whatever their length.
    const listed = match.groups!.these !== undefined || THESE_LAST.test(title);
    // "aata aur ghee bhi likh lo", "ghee bhi likh lo": "bhi" (also) is no word of the title.
    if (ALSO_END.test(title) && title.replace(ALSO_END, "").trim())
      title = title.replace(ALSO_END, "");
    const deeds = title.split(pattern`\s+(?:${f.and})\s+`);
    const eachADeed =
      deeds.length > 1 &&
      deeds.every((deed) => deed.split(" ").length >= 2 && INFINITIVE_END.test(deed));
    // "anday aur double roti": two short things, as "milk and eggs" are two in English.
    const things =
      deeds.length > 1 &&
      deeds.every(
        // "cheeni" ends like an infinitive; a deed has its object too ("doodh lena").
        (item) =>
          (item.split(" ").length === 1 ||
            (item.split(" ").length === 2 && !INFINITIVE_END.test(item))) &&
          !RELATION.test(item),
      );
    const items =
      /,/.test(title) || listed || things
        ? title
            .replace(THESE_LAST, "")
            .split(pattern`\s*,\s*|\s+(?:${f.and})\s+`)
            .filter(Boolean)
        : eachADeed
          ? deeds
          : [title];
    const several =
      items.length > 1 &&
      (listed || eachADeed || things || items.every((item) => item.split(" ").length <= 3));
    const tasks = (several ? items : [title]).map((item) => newTask(item, clock, kaKaam));
    if (note && tasks.length) tasks[tasks.length - 1]!.description = note.groups!.note!.trim();
    return { kind: "add", tasks: tasks.filter((task) => task.read?.title || !task.read) };
  }
  const steps = mustTasks(said.text, clock);
  if (steps) return { kind: "add", tasks: steps };
  const task = mustTask(said.text, clock);
  if (!task) return undefined;
  return { kind: "add", tasks: sharedVerbTasks(said.text, clock) ?? [task] };
}

/**
 * "kapray lene hain, bank jana hai aur phir ammi ko call karna hai": things to do, each closed
 * by its own "hai", a task each; a day said first is the others' too.
 */
function mustTasks(text: string, clock: Clock): NewTask[] | undefined {
  const both = text.match(MUST_AND_MUST)?.groups;
  if (!both) return undefined;
  const firstTask = mustTask(both.first!.replace(FIRST_OF_STEPS, ""), clock);
  const rest = mustTasks(both.second!, clock) ?? [
    mustTask(both.second!, clock) ?? sameVerbOnItsDay(both, clock),
  ];
  if (!firstTask || rest.some((task) => !task)) return undefined;
  const first = firstTask.read!.details;
  const later = rest as NewTask[];
  for (const task of later) {
    const details = task.read!.details;
    if (first.due_date && !details.due_date)
      task.read!.details = { ...details, due_date: first.due_date, due_time: first.due_time };
  }
  return [firstTask, ...later];
}

/** "sara se", "ammi ko", "ghar mein": whom or where, so "ali aur sara se milna" is one deed. */
const CASE_WORD = /(?:^|\s)(?:ko|se|mein|me|par|pe|tak|saath|کو|سے|میں|پر|تک|ساتھ)(?:\s|$)/u;

/**
 * "khamir aur makhan mangwana hai", "چینی اور چائے کی پتی لانی ہے": things joined by "aur" before
 * the one verb they share, a task each with that verb (as "… jana hai aur jumma ko gym" shares
 * its verb); things said with whom or where stay one deed.
 */
function sharedVerbTasks(text: string, clock: Clock): NewTask[] | undefined {
  const must = text.match(MUST)?.groups;
  const things = must?.before!.split(AND);
  if (!must || !things || things.length < 2) return undefined;
  if (!things.every((thing) => thing.split(/\s+/).length <= 3 && !CASE_WORD.test(thing)))
    return undefined;
  const tasks = things.map((thing) => mustTask(`${thing} ${must.verb} ${must.aux}`, clock));
  if (!tasks.every((task): task is NewTask => task !== undefined)) return undefined;
  const first = tasks[0]!.read?.details;
  for (const task of tasks.slice(1)) {
    if (first?.due_date && task.read && !task.read.details.due_date)
      task.read.details = {
        ...task.read.details,
        due_date: first.due_date,
        due_time: first.due_time,
      };
  }
  return tasks;
}

/** "mujhe kal doctor ke paas jana hai": something to do, so a task. */
function mustTask(text: string, clock: Clock): NewTask | undefined {
  const must = text.match(MUST)?.groups;
  if (!must) return undefined;
  const verb = must.verb!.toLowerCase();
  const plural = /^(?:hain|hen|ہیں)$/u.test(must.aux!.toLowerCase());
  // "kal mujhe gym jana hai": "mujhe" after the day is no more of the title than before it;
  // "bijli ka bill bhi jama karwana hai": nor is "bhi" (also), wherever it stands.
  const title = must.title!.replace(MUST_START_INSIDE, "$1").replace(ALSO_WORDS, "");
  const infinitive =
    VERB_INFINITIVE.test(verb) ||
    ((INFINITIVE_SHAPE.test(verb) || (plural && PLURAL_INFINITIVE_SHAPE.test(verb))) &&
      !AFTER_PLACE.test(must.before!.toLowerCase()));
  return infinitive ? newTask(title, clock, false) : undefined;
}

function parseList(said: Said, clock: Clock): Intent | undefined {
  const { lower } = said;
  // "kya kya ho gaya hai ab tak?": the done ones.
  if (WHATS_DONE.test(lower.replace(SO_FAR, " ").replace(/\s+/g, " ").trim()))
    return { kind: "list", status: "completed", countOnly: false };
  if (OVERDUE_LIST.test(lower))
    return { kind: "query", filter: { status: "pending", due: "overdue" } };
  const list = listOf(lower) ?? dayList(lower);
  if (!list) return searchOf(lower);
  // What is done is shown whatever the day it was done ("jo kal ho gaye").
  if (list?.kind !== "list" || DONE_CUE.test(lower)) return list;
  // "aaj ke kaam dikhao", "kal ke kaam", "is hafte ke kaam", "zaruri kaam dikhao": the list
  // narrowed as the English "what's due today", "… tomorrow", "… this week", "urgent ones".
  const status = list.status === "all" ? "pending" : list.status;
  if (TODAY.test(lower)) return { kind: "query", filter: { status, due: "today" } };
  if (TOMORROW.test(lower)) {
    const day = readWhen("tomorrow", clock).date;
    return { kind: "query", filter: { status, due: "upcoming", day } };
  }
  if (THIS_WEEK.test(lower)) return { kind: "query", filter: { status, due: "upcoming" } };
  if (URGENT.test(lower)) return { kind: "query", filter: { status, priority: "high" } };
  return list;
}

const WHATS_DONE = pattern`^(?:${f.whatsDone})$`;
const SO_FAR = pattern`(?:^|\s)(?:${f.soFar})(?=\s|$)`;
const TODAY = pattern`(?:^|\s)(?:${f.today})(?=\s|$)`;
const TOMORROW = pattern`(?:^|\s)(?:${f.tomorrow})(?=\s|$)`;
const THIS_WEEK = pattern`(?:^|\s)(?:${f.thisWeek})(?=\s|$)`;
const URGENT = pattern`(?:^|\s)(?:${ur.priority.high})(?=\s|$)`;
/**
 * "kal ke liye kya hai", "آج کے کام": a day's tasks asked for with no list verb, a day and
 * "ke kaam" or "ke liye kya hai".
 */
const DAY_LIST = pattern`^(?:(?:${f.today}|${f.tomorrow}|${f.thisWeek})\s+(?:ke|ka|ki|کے|کا|کی)\s+(?:(?:kaam|tasks?|کام)(?:\s+(?:kya|kia|کیا)\s+(?:hain|hai|ہیں|ہے))?|(?:liye|liay|لیے|لئے)\s+(?:kya|kia|kuch|kuchh|koi kaam|koi|کیا|کچھ|کوئی کام|کوئی)\s+(?:hai|hain|ہے|ہیں)))$`;

/**
 * "kaunse kaam late ho gaye", "koi kaam late hai?", "لیٹ کام دکھاؤ": the overdue ones; "jo
 * kaam late ho gaye wo dikhao" says it as a relative clause ("late ho gaye" is no deed done).
 */
const OVERDUE_LIST = pattern`^(?:(?:jo|جو)\s+)?(?:(?:${[...f.which, "koi", "kya", "کوئی", "کیا"]})\s+)?(?:(?:${ur.list.topics})\s+)?(?:${f.overdue})(?:\s+(?:${ur.list.topics}))?(?:\s+(?:ho gaye|ho gaya|ho gayi|hain|hai|ہو گئے|ہو گیا|ہیں|ہے))?(?:\s+(?:wo|woh|وہ))?(?:\s+(?:${ur.list.verbs}))?$`;

function dayList(lower: string): Intent | undefined {
  return DAY_LIST.test(lower) ? { kind: "list", status: "all", countOnly: false } : undefined;
}
/**
 * "pending dikhao", "مکمل دکھاؤ", "pending kitne hain": a state and a verb, the list of that
 * state; after a list, "(ab) sirf mukammal wale", "صرف مکمل والے" with the verb left unsaid
 * ("only", so no task of that kind is meant).
 */
const STATE = source`(?:${[...ur.status.done, ...ur.status.pending, ...ur.priority.high]})`;
const STATE_LIST = pattern`^(?:(?:sirf|bas|only|صرف)\s+)?(?:(?:${ur.list.all})\s+)?${STATE}(?:\s+(?:${f.about}))?\s+(?:${ur.list.verbs})(?:\s+(?:hain|hai|ہیں|ہے))?$|^(?:sirf|bas|only|صرف)\s+${STATE}(?:\s+(?:${[...f.about, ...ur.list.topics]}))?$`;

/** "internet ka bill dikhao": the tasks a thing's words name, as "search for X" in English. */
function searchOf(lower: string): Intent | undefined {
  const verb = lower.match(LIST_VERB);
  if (!verb?.index || lower.slice(verb.index + verb[0].length).trim()) return undefined;
  const words = lower.slice(0, verb.index).trim().split(/\s+/);
  if (words.length > 4 || !isThing(words) || LIST_TOPIC.test(` ${words.join(" ")} `))
    return undefined;
  return { kind: "query", filter: { status: "all", query: words.join(" ") } };
}

function listOf(said: string): Intent | undefined {
  // "aur jo ho gaye wo dikhao": "and", asking on after a list.
  const lower = said.replace(LEADING_AND, "");
  const asked = IS_LEFT.test(lower) || STATE_LIST.test(lower);
  const which = WHICH_LIST.test(lower) || WHICH_AFTER.test(lower) || RELATIVE_LIST.test(lower);
  const bare = ONLY_LIST_WORDS.test(lower) && LIST_TOPIC.test(lower) && !DEED.test(lower);
  // The verb and the topic are two words ("list" is either), and no other request closes the message.
  const verb = lower.match(LIST_VERB);
  const rest = verb
    ? `${lower.slice(0, verb.index)} ${lower.slice(verb.index! + verb[0].length)} `
    : "";
  const verbAndTopic =
    !!verb && LIST_TOPIC.test(rest) && !/\d/.test(lower) && !OTHER_REQUEST.test(lower);
  if (!asked && !bare && !verbAndTopic && !which) return undefined;
  const status =
    (asked && !DONE_CUE.test(lower)) || PENDING_CUE.test(lower)
      ? "pending"
      : DONE_CUE.test(lower)
        ? "completed"
        : "all";
  return { kind: "list", status, countOnly: COUNT.test(lower) };
}

/** The first frame whose target names tasks, as an intent of this kind. */
function parseTargeted(
  said: Said,
  kind: "complete" | "delete",
  frames: readonly RegExp[],
): Intent | undefined {
  for (const frame of frames) {
    const target = said.lower.match(frame)?.groups?.target;
    const ref = target && urduRef(target);
    if (ref) return { kind, ref };
  }
  return undefined;
}

/** "ho gaya bijli wala", "ho gaya teesra": the deed said first, the task after it. */
const DONE_FIRST = pattern`^(?:${f.done})(?:\s+(?:hai|he|ہے))?\s*[,:\-]?\s+(?<target>.+)$`;
const ENDS_WITH_WALA = pattern`\s(?:${f.about})$`;

const parseComplete = (said: Said): Intent | undefined => {
  // Only a task pointed at ("… wala", a number, a place): "ho gaya bhai" is talk.
  const first = said.lower.match(DONE_FIRST)?.groups?.target;
  const firstRef = first ? urduRef(first) : undefined;
  if (firstRef && (firstRef.kind !== "words" || ENDS_WITH_WALA.test(` ${first}`)))
    return { kind: "complete", ref: firstRef };
  const deed = parseTargeted(said, "complete", COMPLETE);
  return deed?.kind === "complete" && deed.ref
    ? { ...deed, ref: byRecipient(deed.ref, said) }
    : deed;
};

/** "supplier ko paise bhej diye": who it was done for, before "ko". */
const RECIPIENT = pattern`^(?<who>\S+(?:\s+\S+)?)\s+(?:${f.object})\s+\S`;

/**
 * "supplier ko paise bhej diye" for "Supplier ko payment bhejna": what was given may be
 * worded otherwise than the task, so who it went to names the task when the whole does not.
 */
function byRecipient(ref: TaskRef, said: Said): TaskRef {
  if (ref.kind !== "words" || ref.object) return ref;
  const who = said.lower.match(RECIPIENT)?.groups?.who;
  const named = who ? urduRef(who) : undefined;
  return named?.kind === "words" && named.words !== ref.words
    ? { ...ref, object: named.words }
    : ref;
}
const parseDelete = (said: Said): Intent | undefined =>
  DELETE_ALONE.test(said.lower)
    ? { kind: "delete", ref: { kind: "pronoun", plural: false } }
    : parseTargeted(said, "delete", DELETE);

/** "iska naam", "uski tafseel": "is ka", "us ki", as the frames read them. */
const FUSED_POSSESSIVE = /^(is|us|in|un)(ka|ki|ke|kay)(?=\s)/iu;

function parseUpdate(typed: Said, clock: Clock): Intent | undefined {
  const said = {
    ...typed,
    text: typed.text.replace(FUSED_POSSESSIVE, "$1 $2"),
    lower: typed.lower.replace(FUSED_POSSESSIVE, "$1 $2"),
  };
  for (const frame of UPDATE_TITLE) {
    const match = said.text.match(frame);
    const target = match?.groups!.target;
    const ref = match && (target ? urduRef(target) : ({ kind: "pronoun", plural: false } as const));
    if (!ref) continue;
    const title = tidy(match.groups!.value!.replace(/['"]/g, ""));
    // "teesre ka naam kal kar do", "دوسرے کا نام اسے کر دو": a day, a time or a pronoun is no
    // title, so the new name is asked for and the old one kept.
    return fragmentOnly(title, clock)
      ? { kind: "update", ref, field: "title" }
      : { kind: "update", ref, title };
  }
  const asking = said.lower.match(ASK_TITLE);
  const askRef = asking && urduRef(asking.groups!.target!);
  if (askRef) return { kind: "update", ref: askRef, field: "title" };
  const described =
    said.text.match(UPDATE_DESCRIPTION) ??
    said.text.match(NOTE_IN_TASK) ??
    said.text.match(NOTE_IN_NAMED_TASK);
  const describedRef = described && urduRef(described.groups!.target!);
  if (describedRef)
    return { kind: "update", ref: describedRef, description: described.groups!.value!.trim() };
  for (const [level, frame] of SET_PRIORITY) {
    const match = said.lower.match(frame);
    const ref = match && urduRef(match.groups!.target!);
    if (ref) return { kind: "schedule", ref, changes: { priority: level } };
  }
  // "doosra wala kal nahi parson karna hai": the day it was, "not", then the day it is now.
  const instead = said.lower.match(WHEN_NOT_WHEN)?.groups;
  if (instead) {
    // "5 nahi 6 baje kar do": with no task named, the one just talked about; the hour it was
    // may be a bare number.
    const ref = instead.target
      ? urduRef(instead.target)
      : ({ kind: "pronoun", plural: false } as const);
    const was = readUrduWhen(
      /^\d{1,2}$/.test(instead.was!) ? `${instead.was} baje` : instead.was!,
      clock,
    );
    const now = readUrduWhen(instead.now!, clock);
    if (ref && was.time && !tidy(was.rest) && now.time && !tidy(now.rest))
      return { kind: "schedule", ref, changes: { due_time: now.time } };
    if (ref && was.date && !tidy(was.rest) && now.date && !tidy(now.rest))
      return { kind: "schedule", ref, changes: { due_date: now.date } };
  }
  // "kaam 2 kal shaam 5 baje kar do": the task's words, then a date or a time that is read whole.
  // "usay kal pe daal do": put on a day, said of a task pointed at (a title would be an add).
  const put = said.lower.match(PUT_ON_DAY)?.groups?.body;
  const moved = (said.lower.match(RESCHEDULE)?.groups?.body ?? put)?.split(" ") ?? [];
  for (let i = 1; i < moved.length; i++) {
    const ref = urduRef(moved.slice(0, i).join(" "));
    if (put && !said.lower.match(RESCHEDULE) && ref?.kind === "words") continue;
    // "iski date kal kar do", "ali wale ki date parson": the task's date, then the day.
    const when = readUrduWhen(moved.slice(i).join(" ").replace(DATE_OF, ""), clock);
    if (!ref || tidy(when.rest) !== "" || !(when.date || when.time)) continue;
    const changes: DetailChanges = {};
    if (when.daySaid || !when.time) changes.due_date = when.date;
    if (when.time) changes.due_time = when.time;
    return { kind: "schedule", ref, changes };
  }
  return undefined;
}

const PRONOUN_ONLY = pattern`^(?:${refs.pronouns})$`;

/** Words that are only a date or a time ("kal", "شام پانچ بجے") or only a pronoun ("isay", "اسے"). */
function fragmentOnly(words: string, clock: Clock): boolean {
  if (!words || PRONOUN_ONLY.test(words.toLowerCase())) return true;
  const when = readUrduWhen(words, clock);
  return !tidy(when.rest) && !!(when.date || when.time);
}

/** Asked, not told: "… sunao", "… kaisa hai", "?". */
const ASKED_WORLD = pattern`\?\s*$|(?:^|\s)(?:sunao|suna do|sunaiye|batao|bata do|bataiye|kaisa|kaisi|kaise|kya|سناؤ|سنا دو|سنائیے|بتاؤ|بتا دو|بتائیے|کیسا|کیسی|کیسے|کیا)(?:\s|$)`;
/** Words of the list itself: "barish se pehle wala kaam" is a task. */
const OF_THE_LIST = pattern`(?:^|\s)(?:${[...ur.list.topics, ...f.about]})(?:\s|$)`;
const TOPICS = Object.entries(smalltalk.topics).map(
  ([topic, words]) => [topic, pattern`(?:^|\s)(?:${words})(?:\s|$)`] as const,
);

function notUnderstood(said: Said, clock: Clock): Intent {
  const upset = upsetOf(said.lower, ur);
  if (upset) return upset;
  const topic = TOPICS.find(([, words]) => words.test(said.lower))?.[0];
  if (topic) return { kind: "unknown", topic };
  const listed = bareList(said.text, clock);
  if (listed) return listed;
  const dated = datedThing(said, clock);
  if (dated) return dated;
  const words = said.lower.split(" ");
  // "نئے قالین کی تصویریں": four words joined by "ki" or "ka" are still one thing's name; one
  // closed by an infinitive ("دال کا آرڈر دینا") is a deed, which may share an earlier noun.
  const thingOfSomething =
    words.length === 4 &&
    isThing(words) &&
    RELATION.test(said.lower) &&
    !INFINITIVE.test(words.at(-1)!);
  if ((words.length <= 3 || thingOfSomething) && !/[?]/.test(said.lower) && said.lower) {
    const title = tidy(said.text);
    return {
      kind: "unknown",
      vague: { words: said.lower, title, ...(isThing(words) && { thing: true }) },
    };
  }
  return { kind: "unknown" };
}

/** "dena", "karna", "دینا": a masculine infinitive, the end of a deed's words. */
const INFINITIVE = /(?:na|نا)$/u;

/**
 * "gas ka bill kal", "bachon ki fees jumme tak": a bare thing with its day is a task of that
 * day; the task of that very title, where there is one, gets the day (plan.ts, sameTaskAgain).
 */
function datedThing(said: Said, clock: Clock): Intent | undefined {
  const task = newTask(said.text, clock, false);
  const { title, details } = task.read ?? {};
  if (!title || !(details?.due_date || details?.due_time)) return undefined;
  const words = title.toLowerCase().split(/\s+/);
  if (words.length > 3 || !isThing(words)) return undefined;
  // "aaj bohat kaam hai yaar": a verb the reading of the date took away makes it a sentence.
  const dropped = said.lower.split(/\s+/).filter((word) => !words.includes(word));
  if (dropped.some((word) => NOT_THING.has(word))) return undefined;
  return { kind: "add", tasks: [task], again: true };
}

/** Between the items of a bare list: a comma, "+", "&", a slash, "aur", "phir". */
const ITEM_BREAK = pattern`\s*(?:[,،+&/]\s*(?:(?:${THEN}|${f.and})\s+)?|\s+(?:${THEN}|${f.and})\s+)`;
const JOINED_BY_COMMA = /[,،+&/]/u;

/**
 * "آٹا\nچاول\nدال", "rassi, tape aur gatta", "1. darzi se kapray lene 2. …": lines or a
 * list of bare things and deeds, a task each. Joined by "aur" alone, the items must be alike,
 * short things ("anday aur dahi") or deeds each with its verb; "ammi aur abbu ko call karna"
 * is one deed done for two people.
 */
function bareList(text: string, clock: Clock): Intent | undefined {
  const items = text.split(ITEM_BREAK).filter(Boolean);
  if (items.length < 2) return undefined;
  const thing = (item: string) => isThing(item.toLowerCase().split(/\s+/));
  const deed = (item: string) =>
    !!mustTask(item, clock) || (item.split(/\s+/).length >= 2 && INFINITIVE_END.test(item));
  const commas = JOINED_BY_COMMA.test(text);
  const alike =
    commas ||
    items.every((item) => thing(item) && item.split(/\s+/).length <= 2) ||
    items.every(deed);
  if (!alike || !items.every((item) => thing(item) || deed(item))) return undefined;
  return {
    kind: "add",
    tasks: items.map((item) => mustTask(item, clock) ?? newTask(item, clock, false)),
  };
}

// "shukriya beta" is "beta" once thanks are dropped: a word said to the reader is no thing.
const NOT_THING = new Set([...f.notThing, ...ur.list.verbs, ...ur.list.all, ...CLOSING]);
/** "dekhao", "bhejiye", "لاؤ": the shape of a request's verb, never a thing's name. */
const IMPERATIVE_SHAPE = /(?:ao|iye|اؤ|ئیے)$/u;
const STOPWORD = new Set(ur.stopwords);

/**
 * "abbu ki report", "جوتے پالش": a few words of letters, none a verb, an auxiliary or a
 * question word, one at least not a stop word, name a thing to do, as English bare things do.
 */
function isThing(words: string[]): boolean {
  return (
    words.every(
      (word) =>
        /^\p{L}[\p{L}\p{M}'-]*$/u.test(word) &&
        !NOT_THING.has(word) &&
        !IMPERATIVE_SHAPE.test(word),
    ) && words.some((word) => !STOPWORD.has(word))
  );
}

const ASKS = pattern`^(?:kya|kia|کیا)\s+(?<rest>.+)$`;
/** "doodh wala ho gaya kya?", "fee jama hui ke nahi?": the question word said last. */
const ASKS_LAST = pattern`^(?<rest>.+?)\s+(?:kya|kia|کیا|(?:ya|yaa|یا|ke|ki|kay|کہ|کے)\s+(?:nahi|nahin|nai|nhi|نہیں))$`;
/** "bill jama hua?": the plain past, asked about, is "ho gaya" (never after "nahi"). */
const HAPPENED = pattern`(?<!(?:^|\s)(?:nahi|nahin|nhi|نہیں))\s+(?:${f.happened})$`;
/** "cheque wala kaam abhi baqi hai?": still open, the same question as "ho gaya?". */
const STILL_LEFT = pattern`\s+(?:${f.stillLeft})$`;
const ONLY_ASKS = pattern`^(?:(?:kya|kia|کیا)\s*)*$`;

/** "X abhi list mein hai?", "X ابھی باقی ہے؟": whether a task is still on the list. */
const ASK_LISTED = pattern`^(?:(?:kya|kia|کیا)\s+)?(?<target>.+?)\s+(?:(?:${f.soFar}|abhi|ابھی)\s+)?(?:${[...f.inList, ...ur.status.pending]})(?:\s+(?:hai|he|hy|ہے))?(?:\s+(?:kya|kia|کیا))?$`;

/** "kya baqi hai", "aaj kitne kaam reh gaye": a question word anywhere asks about the list, not one task. */
const ASKS_WHICH = pattern`(?:^|\s)(?:kya|kia|koi|kuch|kuchh|کچھ|kaun|kaunse|kaun se|kon|kon se|konse|kitne|kitna|کیا|کوئی|کون|کتنے)(?:\s|$)`;

/** What a question about a task asks after: "kya bill jama hua?" → "bill jama ho gaya". */
function questionAbout(lower: string): string | undefined {
  const rest = lower.match(ASKS)?.groups?.rest ?? lower.match(ASKS_LAST)?.groups?.rest;
  if (!rest) return undefined;
  const urduScript = /\p{Script=Arabic}/u.test(rest);
  const done = urduScript ? " ہو گیا" : " ho gaya";
  const left = rest.replace(STILL_LEFT, "");
  // "kya kya baqi hai": what is left, a look at the list, no task asked about.
  if (left !== rest) return ASKS.test(left) || ONLY_ASKS.test(left) ? undefined : `${left}${done}`;
  return rest.replace(HAPPENED, done);
}

/** "نوٹ: …", "iski detail: …": a note for the task just talked about. */
const NOTE_FOR_IT = pattern`^(?:(?:is ki|iski|is ka|iska|اس کی|اسکی|اس کا)\s+)?(?:${[...ur.fields.followUps, ...ur.fields.description]})\s*[:\-–—]\s*(?<value>\S.*)$`;
/** "pehle …": the first of steps said in order, not part of its task. */
const FIRST_OF_STEPS = pattern`^(?:pehle|pehlay|pehly|پہلے)\s+`;
const NEXT_REQUEST = pattern`\s*[,،]?\s+(?:${THEN}|aur|or|اور)\s+|\s*[,،]\s*(?:ab|اب)\s+`;

/** "doodh add kar do aur kaam 2 mukammal kar do": each request on its own, when each is clear. */
function severalRequests(said: Said, clock: Clock): Intent | undefined {
  const parts = said.text.replace(FIRST_OF_STEPS, "").split(NEXT_REQUEST);
  if (parts.length < 2) return undefined;
  const read = parts.map((part) =>
    single({ text: part, lower: part.toLowerCase(), whole: part.toLowerCase() }, clock),
  );
  // "kal adalat jana hai, phir bar room mein meeting": a thing after a task is one too (before
  // one, "khamir aur makhan mangwana hai", it shares the task's verb; after a note, "…, note:
  // aloo aur tamatar", it is more of the note).
  const afterTask = (before: Intent | undefined) =>
    before?.kind === "add" && !before.tasks.at(-1)?.description;
  const intents = read.map((intent, i): Intent =>
    intent.kind === "unknown" && intent.vague?.thing && afterTask(read[i - 1])
      ? { kind: "add", tasks: [newTask(intent.vague.title, clock, false)] }
      : intent,
  );
  const clear = (intent: Intent) =>
    (intent.kind === "add" && intent.tasks.length > 0) ||
    ((intent.kind === "complete" || intent.kind === "delete" || intent.kind === "update") &&
      intent.ref !== undefined);
  // "chawal add karo aur list dikhao": clear requests, and at most one look at the list.
  const isLook = (intent: Intent) => intent.kind === "list" || intent.kind === "query";
  const looks = intents.filter(isLook).length;
  if (looks > 1 || looks === intents.length) return undefined;
  if (!intents.every((intent) => clear(intent) || isLook(intent))) return undefined;
  // "pehle bank jana hai phir supplier ko call karni hai": things to do, one after another.
  // Two things each closed by its own "hai" share a day (parseAdd reads them).
  if (intents.every((intent) => intent.kind === "add") && !MUST_AND_MUST.test(said.text))
    return {
      kind: "add",
      tasks: intents.flatMap((intent) => (intent.kind === "add" ? intent.tasks : [])),
    };
  const kinds = new Set(intents.map((intent) => intent.kind));
  return kinds.size === intents.length ? { kind: "multi", parts: intents } : undefined;
}

/** Words around details that say nothing else: "kal tak", "jumma ko kar do", "کل تک". */
const AROUND_DETAILS_ALL = patternWith(
  "g",
)`(?:^|\s)(?:tak|ko|se|ke liye|kar do|kardo|kr do|karo|rakh do|rakho|hai|due|تک|کو|سے|کے لیے|کر دو|رکھ دو|ہے|${refs.pronouns})(?=\s|$)`;

/**
 * "kal tak", "jumma ko", "subah 9 baje": a message of only a task's details, said after an
 * add, changes the task just mentioned and is never a title (as parse-fragment.ts in English).
 */
function detailsOnly(said: Said, clock: Clock): Intent | undefined {
  const { title, details } = readUrduDetails(said.text, clock);
  if (title.toLowerCase().replace(AROUND_DETAILS_ALL, " ").trim()) return undefined;
  const changes: DetailChanges = {};
  if (details.priority && details.priority !== "none") changes.priority = details.priority;
  if (details.due_date) changes.due_date = details.due_date;
  if (details.due_time) changes.due_time = details.due_time;
  if (Object.keys(changes).length === 0) return undefined;
  return { kind: "schedule", ref: { kind: "pronoun", plural: false }, changes };
}

function understandUrdu(said: Said, clock: Clock): Intent {
  const { lower, whole } = said;
  if (CONFIRM.test(whole)) return { kind: "confirm" };
  if (CANCEL.test(whole) || CANCEL.test(lower)) return { kind: "cancel" };
  if (HELP.test(whole) || HELP.test(lower)) return { kind: "help" };
  if (said.smalltalk) return { kind: said.smalltalk };
  const chat = chatOf(whole, ur);
  if (chat) return chat;
  if (!lower || ACK.test(lower)) return { kind: "ack" };
  if (UNDO.test(lower)) return { kind: "undo" };
  // "bhai ki list se …": a word that opens as an address ("bhai, …") names a person before "ki".
  if (OTHERS.some((names) => names.test(lower) || names.test(whole))) return { kind: "others" };
  const errand = errandForMe(said);
  if (errand) return errand;
  // "koi joke sunao", "aaj mausam kaisa hai": a question about the world, before any request.
  const world = TOPICS.find(([, words]) => words.test(lower))?.[0];
  if (world && ASKED_WORLD.test(lower) && !OF_THE_LIST.test(lower))
    return { kind: "unknown", topic: world };
  const ref = urduRef(lower);
  if (ref && ref.kind !== "words" && ref.kind !== "all") return { kind: "select", ref };
  // "2 karo", "pehla wala kar do": a choice picked with the verb that carries it out.
  const picked = lower.match(PICK_DONE)?.groups?.ref;
  const pick = picked ? urduRef(picked) : undefined;
  if (pick?.kind === "numbers" || pick?.kind === "position") return { kind: "select", ref: pick };
  // "ho gaya" alone, as "done" alone: the task just talked about (after several, which one is
  // asked); "mukammal" alone, as "complete" alone, still asks which.
  if (DEED_ALONE.test(lower)) return { kind: "complete", ref: { kind: "pronoun", plural: false } };
  if (DONE_ALONE.test(lower)) return { kind: "complete" };
  // "kya bijli ka bill jama ho gaya?": a question about a task, answered from the list.
  const asked = questionAbout(lower);
  const deed = asked ? parseComplete({ text: asked, lower: asked, whole: asked }) : undefined;
  if (deed?.kind === "complete" && deed.ref) return { kind: "ask", ref: deed.ref, about: "done" };
  // "kashti ka rang abhi list mein hai?", "آٹا منگوانا ابھی باقی ہے؟": is it still there.
  // A colon starts a value ("X mein note daal do: 2 lakh baqi hain"): a request, not a question.
  const listed = lower.match(ASK_LISTED)?.groups?.target;
  const listedRef =
    listed && !listed.includes(":") && !ONLY_LIST_WORDS.test(listed) && !ASKS_WHICH.test(listed)
      ? urduRef(listed)
      : undefined;
  if (listedRef?.kind === "words") return { kind: "ask", ref: listedRef, about: "listed" };
  const fragment = detailsOnly(said, clock);
  if (fragment) return fragment;
  const note = said.text.match(NOTE_FOR_IT)?.groups?.value;
  if (note)
    return { kind: "update", ref: { kind: "pronoun", plural: false }, description: note.trim() };

  // "zaroori: supplier ko payment", "فوری: …": a task led by its priority, as in English; the
  // task of that very title, where there is one, is made urgent (plan.ts, sameTaskAgain).
  const led = ledByPriority(said, clock);
  if (led) return { kind: "add", tasks: [led], again: true };

  const read = severalRequests(said, clock) ?? single(said, clock);
  return (needsClauses(read, said) && requestInClauses(said, clock)) || read;
}

const PRIORITY_LEAD = (["high", "low"] as const).map(
  (level) => [level, pattern`^(?:${ur.priority[level]})\s*[:\-–—]\s*(?=\S)`] as const,
);

function ledByPriority(said: Said, clock: Clock): NewTask | undefined {
  for (const [level, lead] of PRIORITY_LEAD) {
    const match = said.text.match(lead);
    if (!match) continue;
    const task = newTask(said.text.slice(match[0].length), clock, false);
    if (!task.read?.title) return undefined;
    return { ...task, read: { ...task.read, details: { ...task.read.details, priority: level } } };
  }
  return undefined;
}

/** "mere liye supplier ko message kar do": the errand, then its verb before "kar do". */
const FOR_ME = pattern`^(?:${f.forMe})\s+(?<task>\S.*?)\s+(?:${f.do})$`;

/**
 * An errand asked of us ("mere liye bank ko call kar do", "میرے لیے بینک کو فون کر دو"): we
 * cannot run it, so it is offered as the task "Bank ko call karna", as English errands are
 * (parse-talk.ts); "haan kar do" takes it up.
 */
function errandForMe(said: Said): Intent | undefined {
  const task = said.text.match(new RegExp(FOR_ME.source, "iu"))?.groups?.task;
  if (!task) return undefined;
  const verb = /\p{Script=Arabic}/u.test(task) ? "کرنا" : "karna";
  return { kind: "unknown", offer: { errand: "do", task: { title: tidy(`${task} ${verb}`) } } };
}

const CLAUSE_BREAK = /\s*[,;]\s*/;

/** Read whole, the message was not understood, or its task's words ran over a comma. */
function needsClauses(intent: Intent, said: Said): boolean {
  if (!CLAUSE_BREAK.test(said.text)) return false;
  // "galti ho gayi, iska naam … kar do": talk read whole may still hold a request.
  if (intent.kind === "unknown" || intent.kind === "chat") return true;
  return "ref" in intent && intent.ref?.kind === "words" && /[,;]/.test(intent.ref.words);
}

/**
 * "beti ko phone kar liya, sab khairiyat hai", "teesra wala ho gaya, beti se baat ho
 * gayi": a clause that is a request of its own; the others are news around it. A clause
 * that points by number or place wins, else the first.
 */
function requestInClauses(said: Said, clock: Clock): Intent | undefined {
  // "galti ho gayi, iska naam … kar do": an apology or thanks around the request is talk.
  const clauses = said.text
    .split(CLAUSE_BREAK)
    .filter((clause) => clause && !chatOf(clause.toLowerCase(), ur));
  const intents = clauses
    .map((clause) => single(cleaned(clause), clock))
    .filter(
      (intent) =>
        (intent.kind === "complete" ||
          intent.kind === "delete" ||
          intent.kind === "update" ||
          intent.kind === "schedule") &&
        intent.ref !== undefined,
    );
  const pointed = intents.find(
    (intent) => "ref" in intent && ["numbers", "position", "positions"].includes(intent.ref!.kind),
  );
  return pointed ?? intents[0];
}

/** "ek kaam", "koi task", "ایک کام": a task not yet named, so the request asks which. */
const ANY_TASK = source`(?:(?:ek|aik|koi|ایک|کوئی)\s+)?(?:kaam|task|کام)`;
/** "… karna hai", "… کرنا ہے": what the person needs to do, said as a need. */
const NEED_TO = source`(?:karna|krna|کرنا)(?:\s+(?:hai|he|hy|ہے))?`;
const UNNAMED = [
  ["delete", pattern`^${ANY_TASK}\s+(?:${f.deleteTail}|(?:delete|remove|حذف|ڈیلیٹ)\s+${NEED_TO})$`],
  ["complete", pattern`^${ANY_TASK}\s+(?:${f.complete})(?:\s+(?:${DO}|${NEED_TO}))?$`],
] as const;

/** "ek kaam delete karna hai", "kaam mukammal kar do": the request, and which task is asked. */
function unnamedTask(said: Said): Intent | undefined {
  const found = UNNAMED.find(([, frame]) => frame.test(said.lower));
  return found ? { kind: found[0] } : undefined;
}

/** One request: the frames in the order that keeps titles intact. */
function single(said: Said, clock: Clock): Intent {
  return (
    unnamedTask(said) ??
    parseList(said, clock) ??
    parseUpdate(said, clock) ??
    parseDelete(said) ??
    parseComplete(said) ??
    parseAdd(said, clock) ??
    notUnderstood(said, clock)
  );
}

/** "ghalat,", "غلط ہو گیا،": the last change was wrong, said (with a comma) before the task meant. */
const WRONG = source`(?:ghalat|galat|غلط)(?:\s+(?:ho gaya|ho gya|hai|tha|ہو گیا|ہے|تھا))?`;
/**
 * "woh nahi,", "teesra nahi,", "یہ نہیں،": the task wrongly changed, named as not meant before
 * the one meant. A comma closes it, so "dawai abhi nahi li" (news) is never read as one.
 */
const NOT_THAT = source`(?:\S+\s+){0,2}?(?:nahi|nahin|nai|nhi|نہیں)\s*[,.!]\s*`;
/**
 * "nahi nahi doosra wala", "نہیں، دوسرا والا", "nahi woh nahi, bilal wala", "ghalat, tuning wala
 * tha": no (or wrong), then the task meant instead of the last.
 */
const NO_INSTEAD = pattern`^(?:(?:nahi|nahin|nai|na|nhi|نہیں|نہ)[\s,.!]+|${WRONG}\s*[,.!]\s*)+(?:(?:${f.address})[\s,.!]+)?(?:(?:sorry|maaf|galti se|mera matlab|matlab|میرا مطلب)[\s,.!]+)*(?:${NOT_THAT})?(?<rest>\S.*)$`;
/** "… wala tha", "… والا تھا": "it was the … one", the task meant without its "was". */
const WAS_END = pattern`\s+(?:tha|thi|the|تھا|تھی|تھے)$`;

/**
 * A correction in Urdu: after a change, "nahi, doosra wala" takes it back and makes it
 * again for the task named (plan-correction.ts); with no change before, it means what it
 * says (context.ts).
 */
function urduCorrection(message: string, otherwise: Intent): Intent {
  // Read as typed (cleaning drops a leading "nahi," as politeness), with Urdu commas as commas.
  const lower = cleanUrdu(message).toLowerCase();
  const rest = lower
    .match(NO_INSTEAD)
    ?.groups?.rest?.replace(/[\s,.!?]+$/u, "")
    .replace(WAS_END, "");
  // "nahi galti se, wapis kar do": the take-back alone, read by the frames as an undo.
  const ref = rest && !UNDO.test(rest) ? urduRef(rest) : undefined;
  if (!ref || ref.kind === "all" || ref.kind === "pronoun") return otherwise;
  return { kind: "correct", ref, otherwise };
}

/** An Urdu or Roman Urdu message, read as the English frames read English ones. */
export function readUrdu(message: string, clock: Clock): Reading {
  const said = cleaned(message);
  const title = tidy(said.text);
  // "aur chaaval bhi" after an add: another task, "Chaaval", without the "aur … bhi".
  const added = alsoText(said.text) ?? said.text;
  return {
    intent: urduCorrection(message, understandUrdu(said, clock)),
    answer: {
      kind: "answer",
      text: title,
      words: said.lower,
      bareTodo: false,
      add: title ? { kind: "add", tasks: [newTask(added, clock, false)] } : undefined,
      also: alsoRef(said.lower),
      not: undefined,
    },
  };
}

const ALSO = pattern`^(?:(?:${f.and})\s+)?(?<words>.+?)\s+(?:${refs.also.filter((w) => !f.and.includes(w))})$`;

/** The words between "aur" and "bhi" as typed: "aur Chaaval bhi" → "Chaaval". */
function alsoText(text: string): string | undefined {
  const words = text.toLowerCase().match(ALSO)?.groups?.words?.trim();
  if (!words) return undefined;
  const at = text.toLowerCase().indexOf(words);
  return at < 0 ? undefined : text.slice(at, at + words.length);
}

/** "safai wala bhi", "aur cheeni wala": the same again, for the task these words name. */
function alsoRef(lower: string): TaskRef | undefined {
  const words = lower.match(ALSO)?.groups?.words?.trim();
  if (!words || words.split(" ").length > 5) return undefined;
  const ref = urduRef(words);
  return ref?.kind === "all" ? undefined : ref;
}
