import { lexicon, type Lexicon } from "./lexicon";
import { pattern } from "./lexicon/compile";
import type { Utterance } from "./normalize";
import { tidyTitle, type NewTask } from "./parse-add";
import { namesAThing } from "./parse-thing";

/**
 * Messages that are no request for the list: someone else's tasks, questions about the
 * world, and a few words that may or may not name a task.
 */

/**
 * Not understood. `topic`: a question outside a todo list ("weather"). `vague`: a few
 * words that may name a task or a new one ("plumber"), worth a question with choices.
 */
export type UnknownIntent = { kind: "unknown"; topic?: string; vague?: Vague; offer?: Offer };

/** An errand we cannot run ("call mom for me"), offered as a task: "add it" adds it. */
export interface Offer {
  /** What it needs, a key of the lexicon's `chat.errands` ("call", "email"). */
  errand: string;
  task: NewTask;
}

/** A few words with no verb: they may name an existing task, or be a new one. */
export interface Vague {
  words: string;
  /** The words as a new task's title. */
  title: string;
  /** They name a thing to do or buy ("milk"): a new task when no open task is named. */
  thing?: boolean;
  /** What the brackets after the thing say ("passport photos (2 copies)"): the task's note. */
  note?: string;
  /** A deed alone, in the past ("paid" → "pay"): the verb of the tasks it may name. */
  deed?: string;
}

const { people, belongings, notOwners, manage, relatives } = lexicon.others;
const SOMEONE_ELSE = [
  pattern`\b${people}\b`,
  // "john's tasks", "user 5's list"; not "today's list" or "the 2nd one's done".
  pattern`(?:^|\s)(?!(?:${notOwners})'s)[\w.@+-]+'s\s+(?:\w+\s+)?${belongings}\b`,
  pattern`\b(?:users?|accounts?)\s*#?\s*(?:\d+|[\w.+-]+@)`,
  pattern`\b(?:belonging to|owned by)\s+\w`,
  // "now show my husband's", "and my sister's?": their list, left unsaid at the end.
  pattern`\bmy\s+(?:${relatives})'s(?:\s+(?:too|as well|also|please|pls|now))?[?.!]*$`,
  // "show me ali ki list": Roman Urdu's possessive inside English; "meri list" is one's own.
  pattern`(?:^|\s)(?!(?:meri|mera|mere|apni|apna|apne|${notOwners})\s)[\w.-]+\s+(?:ki|ka|ke)\s+(?:list|account|tasks|todos)\b`,
];
/**
 * "mark my dad's electricity bill as paid", "delete sara's gym task": a verb that only acts
 * on a list's entries, with what another person owns as its object ("my <relative>'s" or a
 * name's; not "my car's" or "the dentist's").
 */
const MANAGES_THEIRS = pattern`^(?:${manage})\s+(?:(?:off|out|all of|me)\s+)?(?:my\s+(?:${relatives})|(?!(?:${notOwners}|the|a|an)'s)[\w.-]+)'s\s+\w`;
/**
 * "can you delete the hotel's invoices from their system": a change asked of a store that is
 * someone else's (their system, his database), which only the person's own list is.
 */
const IN_THEIR_STORE = pattern`^(?:(?:can|could|would|will)\s+(?:you|u)\s+|please\s+|pls\s+)?(?:${manage})\b.*\s(?:from|in|on|into|inside|off)\s+(?:his|her|their|(?!(?:${notOwners})'s)[\w.-]+'s)\s+(?:system|database|db|server|app|data|records|account)\b`;
/** "delete her tasks" asks for someone else's; "remind me to check her account" is a task. */
const THEIR = pattern`\b(?:his|her|their)\s+${belongings}\b`;
const A_REMINDER = pattern`^(?:(?:add|create|make|new)\s+(?:a|an|one|another)\s+(?:new\s+)?${lexicon.taskNouns.singular}\s+to|remind me|remember|don't forget)\b`;

/**
 * "delete the school one, they hired someone else", "…, someone else took it": a clause
 * after the request that tells what someone did is news, not whose task it is, unless it
 * names what someone owns ("…, it's the other user's").
 */
const NEWS_CLAUSE = pattern`\s*[,;.]\s+(?:they|he|she|we|someone|somebody)\b(?![^,;.]*(?:'s\b|\b(?:${belongings}|users?|accounts?|person|people|admin|belongs?|belonging|own|owns|owned|theirs|hers|his)\b))[^,;.]*`;

/**
 * "add pay rent - note: landlord changed his account": what a note says is written down with
 * the task, not whose list is asked for.
 */
const NOTE_PART = pattern`\s*(?:[-–—(]\s*)?\b(?:${lexicon.fields.description})\s*:.*$`;

function withoutNews(lower: string): string {
  lower = lower.replace(NOTE_PART, "");
  const first = lower.search(/[,;.]\s/);
  return first > 0 ? lower.slice(0, first) + lower.slice(first).replace(NEWS_CLAUSE, "") : lower;
}

/**
 * An account named by its id ("delete tasks 1 and 2 of user id 8f2c91", "uid: 3b9e",
 * "account no. 7"): the numbers in such a request are that account's, never the person's own
 * tasks. An id has a digit in it, so "the user guide" or "my account settings" name none.
 */
export function accountIdPattern({ nouns, idWords, joined }: Lexicon["others"]["accountIds"]) {
  return pattern`(?:^|[\s(,])(?:(?:${nouns})\s+(?:(?:with|having|whose)\s+(?:the\s+|an?\s+)?)?(?:${idWords})|${joined}|user)\s*[:=#]?\s*[\w-]*\d`;
}
const ACCOUNT_ID = accountIdPattern(lexicon.others.accountIds);
/**
 * A verb that acts on entries of a list or shows one: with an account named, the entries are
 * that account's. Without one ("account no 445-221" said after an add) the id is a note.
 */
const ACTS_ON_ENTRIES = pattern`\b(?:${manage}|${lexicon.verbs.complete}|${lexicon.verbs.delete}|${lexicon.verbs.update}|${lexicon.list.verbs})\b`;
/** "delete task 2 from maria@example.com": an account by its address. */
const EMAIL = pattern`[\w.+-]+@[\w-]+\.\w`;
/**
 * "add a task to reset the password for user id 42", "add email maria@example.com the
 * invoice": a task about an account or to write to an address, on one's own list.
 */
const AN_ADD = pattern`^(?:${lexicon.verbs.add}|${lexicon.verbs.create})\b`;

/** "delete task 1 of the other user", "show john's list": only the person's own list is theirs. */
export function namesSomeoneElse(said: string): boolean {
  const lower = withoutNews(said);
  if (SOMEONE_ELSE.some((names) => names.test(lower)) || MANAGES_THEIRS.test(lower)) return true;
  const namesAnAccount = ACCOUNT_ID.test(lower) || EMAIL.test(lower);
  if (
    namesAnAccount &&
    ACTS_ON_ENTRIES.test(lower) &&
    !AN_ADD.test(lower) &&
    !A_REMINDER.test(lower)
  )
    return true;
  if (IN_THEIR_STORE.test(lower)) return true;
  return THEIR.test(lower) && !A_REMINDER.test(lower);
}

const TOPICS = Object.entries(lexicon.smalltalk.topics).map(
  ([topic, words]) => [topic, pattern`\b${words}\b`] as const,
);
/** "2+2", "15% of 80", "12 times 7": arithmetic. */
const SUM =
  /\d\s*(?:[+*/×÷^]|x(?=\s*\d)|plus|minus|times|divided by|multiplied by)\s*\d|\d\s*%\s*of\s+\d/;
const QUESTION_START = pattern`^(?:what|what's|who|whose|why|when|where|how|which|is|are|can|do|does|tell|will|should|could)\b`;

/** Asked of a device, not of a list: a request of these topics is never a task's. */
const DEVICE_TOPICS = new Set(["alarm"]);
/** "got any good jokes?", "is it going to rain on saturday?": asked, not told. */
const ASKED = pattern`\?\s*$|^(?:got any|know any|any|tell me|give me|what|what's|whats|who|how|is|are|will|can|could|do|does)\b`;
/** Words of the list itself: "what's due before the match?" is a question about tasks. */
const LIST_WORDS = pattern`\b(?:${[...lexicon.list.topics, ...lexicon.taskNouns.singular, ...lexicon.taskNouns.plural, "due", "my", "remind", "add"]})\b`;

/**
 * A question about the world or a request of a device, read before any request: "got any
 * good jokes?" is no deed ("got") and "set an alarm for 6am" no edit ("set").
 */
export function worldQuestion(said: Utterance): UnknownIntent | undefined {
  const topic = outsideTopic(said);
  if (!topic || LIST_WORDS.test(said.lower)) return undefined;
  return ASKED.test(said.lower) || DEVICE_TOPICS.has(topic)
    ? { kind: "unknown", topic }
    : undefined;
}

/** The outside topic a message asks about ("what's the weather like tomorrow?"), if any. */
export function outsideTopic(said: Utterance): UnknownIntent["topic"] | undefined {
  return TOPICS.find(([, words]) => words.test(said.lower))?.[0];
}

/** "energy gels (the caffeine ones)": a thing, then its note in brackets. */
const BRACKETED_NOTE = /^(?<thing>[^()]+?)\s*\((?<note>[^()]+)\)[?!.]*$/u;

/** Not a request we know: a topic we can name, or a few words that may name a task. */
export function notUnderstood(said: Utterance): UnknownIntent {
  const aside = said.text.trim().match(BRACKETED_NOTE)?.groups;
  if (aside) {
    const thing = aside.thing!.trim();
    const bare = notUnderstood({ ...said, text: thing, lower: thing.toLowerCase() });
    if (bare.vague?.thing) return { ...bare, vague: { ...bare.vague, note: aside.note!.trim() } };
  }
  // Arithmetic only here: "12/15" or "2-3pm" elsewhere are dates and times.
  const topic = outsideTopic(said) ?? (SUM.test(said.lower) ? "math" : undefined);
  if (topic) return { kind: "unknown", topic };
  const words = said.lower.replace(/[?!.]+$/, "").trim();
  const short = words.split(" ").length <= 3 || namesAThing(words);
  if (!words || !short || QUESTION_START.test(words)) return { kind: "unknown" };
  const title = tidyTitle(said.text.replace(/[?!.]+$/, ""));
  const deed = /^\p{L}+$/u.test(words) ? lexicon.morphology.baseOfPast(words) : undefined;
  return {
    kind: "unknown",
    vague: {
      words,
      title,
      ...(namesAThing(words) && { thing: true }),
      ...(deed && deed !== words && { deed }),
    },
  };
}

const ERRANDS = Object.entries(lexicon.chat.errands).map(
  ([errand, verbs]) => [errand, pattern`^(?:${verbs})\s+(?<me>me\s+)?(?=\S)`] as const,
);

/**
 * An errand in the world asked of us: "can you call mom", "call mom for me", "order me a
 * pizza" (or, with `anyway`, any message led by an errand's verb that nothing else read,
 * "send an email to my boss"). We cannot run it, so it is offered as a task. The same
 * words typed as a note to self ("call mom tomorrow", "email the landlord") are a task:
 * a todo list is where people write what they must do, in the imperative.
 */
export function errandAsked(said: Utterance, anyway = false): UnknownIntent | undefined {
  for (const [errand, verb] of ERRANDS) {
    const found = said.lower.match(verb);
    if (!found) continue;
    const me = found.groups?.me;
    if (!said.addressed && !me && !anyway) return undefined;
    // "order me a pizza" → "Order a pizza": the task is the errand, not who it is for.
    const verbEnd = found[0].length - (me?.length ?? 0);
    const text = said.text.slice(0, verbEnd) + said.text.slice(found[0].length);
    const title = tidyTitle(text.replace(/[?!.]+$/, ""));
    return title ? { kind: "unknown", offer: { errand, task: { title } } } : undefined;
  }
  return undefined;
}

const ACCEPT = pattern`^(?:(?:${lexicon.verbs.add}|do)\s+(?:${lexicon.references.pronouns})|${lexicon.answers.confirm})$`;

/**
 * The task an offer made last turn, if this message takes it up: "yes", "sure", "add it",
 * "ok do it" (read as a confirmation, or as an add with no title of its own).
 */
export function takesOffer(intent: { kind: string; tasks?: unknown[] }, words: string): boolean {
  if (intent.kind === "confirm") return true;
  if (intent.kind === "add" && intent.tasks?.length === 0) return true;
  return ACCEPT.test(words);
}
