import type { ListedTask } from "./conversation";
import { lexicons } from "./lexicon";
import { damerauDistance } from "./normalize";
import type { TaskGroup } from "./lexicon/groups";

/** Stop words of every language: a title may be in any of them. */
const STOPWORDS = new Set(lexicons.flatMap((lexicon) => lexicon.stopwords));

/**
 * "called her", "rang him": a person said by pronoun stands for whoever a title names, so it
 * asks nothing of the title; the other words choose the task.
 */
const PERSONS = new Set(
  lexicons.flatMap((lexicon) => lexicon.references.persons.filter((p) => !p.includes(" "))),
);

/**
 * "rang the plumber" names "Call the plumber": verbs of one errand (call, phone, ring; text,
 * message) are one word for matching. Only single words, so "get me" joins nothing.
 */
const SAME_ERRAND = lexicons.flatMap((lexicon) =>
  Object.values(lexicon.chat.errands).map(
    (verbs) => new Set(verbs.filter((verb) => !verb.includes(" "))),
  ),
);
const sameErrand = (a: string, b: string) =>
  SAME_ERRAND.some((verbs) => verbs.has(a) && verbs.has(b));

/** Lowercase words without accents or words that name nothing. */
export function keywords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !STOPWORDS.has(word));
}

/**
 * Same word, with plural/verb endings folded ("meetings", "calling"), a typo ("meting"),
 * or in another script ("doodh" and "دودھ", by the language's `sameWord`).
 */
function similar(a: string, b: string): boolean {
  return (
    close(a, b) ||
    lexicons.some(
      ({ morphology }) => sameErrand(a, b) || sameErrand(morphology.stem(a), morphology.stem(b)),
    ) ||
    lexicons.some(
      ({ morphology }) =>
        close(morphology.stem(a), morphology.stem(b)) || !!morphology.sameWord?.(a, b),
    )
  );
}

/** A word in the title as said, or another form of it ("meetings"), not a slip for another. */
function foundAsSaid(word: string, title: string): boolean {
  return keywords(title).some(
    (t) =>
      t === word ||
      lexicons.some(
        ({ morphology }) =>
          morphology.stem(word) === morphology.stem(t) || !!morphology.sameWord?.(word, t),
      ),
  );
}

function close(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a))) return true;
  // Typos in title words: one slip in a word of 4+ letters, two in a long one.
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  return damerauDistance(a, b) <= (shorter >= 8 ? 2 : 1);
}

/**
 * The tasks whose titles (or descriptions) best match the words, best score only:
 * none, one, or several equally good (the caller then asks which).
 */
export function matchTasks(words: string, tasks: ListedTask[]): ListedTask[] {
  const wanted = keywords(words).filter((word) => !PERSONS.has(word));
  if (wanted.length === 0) return [];
  let best: ListedTask[] = [];
  let bestScore = 0;
  for (const task of tasks) {
    const title = keywords(task.title);
    const described = keywords(task.description ?? "");
    const exact = task.title.trim().toLowerCase() === words.trim().toLowerCase();
    let score = exact ? 10 : 0;
    for (const word of wanted) {
      if (title.some((t) => similar(word, t))) score += 1;
      else if (described.some((t) => similar(word, t))) score += 0.5;
    }
    // Most of what was said must be found, so "the meeting" does not pick "buy milk".
    if (score < Math.max(1, wanted.length * 0.6)) continue;
    if (score > bestScore) {
      best = [task];
      bestScore = score;
    } else if (score === bestScore) {
      best.push(task);
    }
  }
  // "the hall one" with "Book the church hall", "Pay the hall deposit" and "Call Priya": a word
  // found as said beats the same word read as a slip for another ("hall" for "call").
  const asSaid = best.map((task) => wanted.filter((word) => foundAsSaid(word, task.title)).length);
  const most = Math.max(0, ...asSaid);
  return best.filter((_, i) => asSaid[i] === most);
}

/**
 * Tasks whose whole title is in the words, for a deed told with more than the title holds
 * ("bought the groceries from the store" → "Buy groceries"): a title of two words or more,
 * all found, the longest such title only.
 */
export function titlesWithin(words: string, tasks: ListedTask[]): ListedTask[] {
  const said = keywords(words);
  let best: ListedTask[] = [];
  let bestSize = 2;
  for (const task of tasks) {
    const title = keywords(task.title);
    if (title.length < bestSize || !title.every((t) => said.some((w) => similar(w, t)))) continue;
    if (title.length > bestSize) best = [];
    best.push(task);
    bestSize = title.length;
  }
  return best;
}

/** Tasks of a kind ("the shopping ones"): a title that holds one of the kind's words. */
export function tasksOfGroup(group: TaskGroup, tasks: ListedTask[]): ListedTask[] {
  return tasks.filter((task) => {
    const title = ` ${keywords(task.title).join(" ")} `;
    return group.titleWords.some((word) => title.includes(` ${keywords(word).join(" ")} `));
  });
}
