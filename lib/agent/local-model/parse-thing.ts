import { lexicon } from "./lexicon";
import { notThings } from "./lexicon/things";

/**
 * Whether a few bare words name a thing to do or to buy ("milk", "Laundry", "pharmacy
 * run"): words of letters with at least one that is neither a stop word nor talk, none
 * that is talk ("maybe", "I like turtles"), and nothing typed by mashing keys ("asdfgh":
 * no English word runs five consonants together).
 */
export function namesAThing(words: string): boolean {
  // "birthday card for nani", "flowers for the teacher": a thing and who or what it is for.
  const given = words.toLowerCase().match(FOR_SOMEONE)?.groups;
  if (given && isThing(given.thing!)) {
    const whom = given.whom!.split(/\s+/).filter((word) => !DETERMINERS.has(word));
    // "sheet music for grade 3", "keys for flat 9": a number may follow the word it counts.
    const named = whom.filter((word, i) => i === 0 || !/^\d+$/.test(word));
    return whom.length > 0 && whom.length <= 2 && isThing(named.join(" "));
  }
  return isThing(words);
}

/** A thing, then "for" and at most a determiner and two words. */
const FOR_SOMEONE = /^(?<thing>\S+(?:\s+\S+){0,2})\s+for\s+(?<whom>\S+(?:\s+\S+){0,2})$/u;
const DETERMINERS = new Set(["the", "my", "our", "his", "her", "their", "a", "an"]);

function isThing(words: string): boolean {
  const list = words.toLowerCase().split(/\s+/).filter(Boolean);
  if (list.length === 0 || list.length > 3) return false;
  if (!list.every((word) => /^\p{L}[\p{L}\p{M}'-]*$/u.test(word))) return false;
  if (list.some((word) => NOT_THINGS.has(word) || !pronounceable(word))) return false;
  return list.some((word) => !STOPWORDS.has(word));
}

const NOT_THINGS = new Set(notThings);
const STOPWORDS = new Set([...lexicon.stopwords, ...lexicon.references.fillers]);

function pronounceable(word: string): boolean {
  // Only Latin words are checked; other scripts have no such rule here.
  if (!/^[a-z'-]+$/.test(word)) return true;
  return /[aeiouy]/.test(word) && !/[^aeiouy'-]{5}/.test(word);
}
