import type { Clock } from "./clock";
/**
 * The words of every answer the local model gives, per language. Planning asks
 * `wordingFor(language)` and never words an answer itself, so a language's replies are
 * one module (replies.ts and replies-chat.ts for English, replies-ur.ts for Urdu in
 * Urdu script and in Roman Urdu), chosen by the language of the person's message.
 */
import type { ListedTask, SeenToolCall } from "./conversation";
import type { ChatAbout } from "./parse-chat";
import type { StatusFilter } from "./parse-list";
import type { QueryFilter } from "./parse-schedule";
import * as reply from "./replies";
import * as talk from "./replies-chat";
import type { Choice } from "./replies-chat";
import { urduChat } from "./replies-chat-ur";
import { urduWording } from "./replies-ur";

/** The language of the answer: the script the person wrote in. */
export type ReplyLanguage = "en" | "ur" | "ur-Latn";

export interface Wording {
  greeting(turn: number): string;
  thanks(turn: number): string;
  acknowledge(turn: number): string;
  bye: string;
  help: string;
  cancelled: string;
  cannotReopen: string;
  askTitle: string;
  oneAtATime: string;
  noPronounTarget: string;
  /** The verb of "which one should I …?" per action. */
  verb: Record<"complete" | "delete" | "update", string>;
  notUnderstood(turn: number, topic?: string): string;
  othersRefused(turn: number): string;
  aboutTasks(tasks: ListedTask[], words: string, about: "done" | "listed"): string;
  noSuchTask(taskId: number): string;
  askChoice(choices: Choice[]): string;
  /** `now` (the person's date and time) lets an answer say what is overdue or due today. */
  describeList(
    tasks: ListedTask[],
    total: number,
    status: StatusFilter,
    countOnly: boolean,
    now?: { date: string; time: string },
  ): string;
  /**
   * "kal ke liye kuch hai?": how many a filtered list holds and by what, in a language whose
   * query answers are not English; `named` are the rows a day's list names. Without it the
   * English query answer of plan-schedule.ts is used.
   */
  describeQuery?(filter: QueryFilter, total: number, named: ListedTask[]): string;
  describeResults(calls: SeenToolCall[]): string;
  /** `clock` lets dates be said relative to the person's today ("tomorrow 17:00"). */
  describeChanges(calls: SeenToolCall[], clock?: Clock): string;
  describeAmbiguous(words: string, candidates: ListedTask[], verb: string): string;
  /** `similar`: what a search for the words found, to offer. */
  describeNoMatch(words: string, listed: ListedTask[], similar?: ListedTask[]): string;
  describeNoPosition(position: number | "last", listed: ListedTask[]): string;
  askWhich(verb: string): string;
  askWhichOfIds(ids: number[]): string;
  askNewValue(
    taskId: number,
    field: "title" | "description",
    tasks: ListedTask[] | undefined,
  ): string;
  nothingToDo(kind: "complete" | "delete" | "update", status: StatusFilter): string;
  /** `whole`: the tasks are the whole list, not those of a day. */
  confirmDeleteAll(tasks: ListedTask[], whole?: boolean): string;
  /** Nothing is due on the day said ("tomorrow", "kal"). */
  nothingDueOn(when: string): string;
}

/** Small talk beyond greetings and thanks, and errands offered as tasks (replies-chat*.ts). */
export interface ChatWording {
  /** Small talk of its own kind ("how are you", "my bad", "ugh"). */
  chat(about: ChatAbout, turn: number): string;
  /** An errand we cannot run, offered as the task `title`. */
  offer(errand: string, title: string, turn: number): string;
}

export const english: Wording & ChatWording = {
  greeting: talk.greeting,
  thanks: talk.thanks,
  acknowledge: talk.acknowledge,
  bye: reply.BYE,
  help: reply.HELP_TEXT,
  cancelled: reply.CANCELLED,
  cannotReopen: reply.CANNOT_REOPEN,
  askTitle: reply.ASK_TITLE,
  oneAtATime: reply.ONE_AT_A_TIME,
  noPronounTarget: reply.NO_PRONOUN_TARGET,
  verb: reply.VERB,
  notUnderstood: talk.notUnderstood,
  chat: talk.chat,
  offer: talk.offer,
  othersRefused: talk.othersRefused,
  aboutTasks: talk.aboutTasks,
  noSuchTask: talk.noSuchTask,
  askChoice: talk.askChoice,
  describeList: reply.describeList,
  describeResults: reply.describeResults,
  describeChanges: reply.describeChanges,
  describeAmbiguous: reply.describeAmbiguous,
  describeNoMatch: reply.describeNoMatch,
  describeNoPosition: reply.describeNoPosition,
  askWhich: reply.askWhich,
  askWhichOfIds: reply.askWhichOfIds,
  askNewValue: reply.askNewValue,
  nothingToDo: reply.nothingToDo,
  confirmDeleteAll: reply.confirmDeleteAll,
  nothingDueOn: reply.nothingDueOn,
};

const WORDINGS: Record<ReplyLanguage, Wording & ChatWording> = {
  en: english,
  ur: { ...urduWording("ur"), ...urduChat("ur") },
  "ur-Latn": { ...urduWording("ur-Latn"), ...urduChat("ur-Latn") },
};

export function wordingFor(language: ReplyLanguage): Wording & ChatWording {
  return WORDINGS[language];
}

/**
 * A message in a language the local model does not read ("añade comprar leche"): said in
 * English, which languages it reads, and that an AI model reads them all. Nothing changes.
 */
export const OTHER_LANGUAGE =
  "Sorry, I can only understand English, Urdu (اردو) and Roman Urdu here, so I haven't changed anything. Please write your request in one of those. With an AI model configured (OPENAI_API_KEY), Taskchat understands every language.";
