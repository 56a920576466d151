import type { StoredToolCall } from "@/db/schema";
import { normalize } from "@/lib/agent/local-model/normalize";
import { titleFromMessage } from "./history";
import { isChangingTool } from "@/lib/tasks/tool-results";

/**
 * Conversation titles that name the topic ("Groceries and dentist"), not the first words
 * typed. A conversation opens titled from its first message, or "New chat" when that is
 * small talk ("hi there" never becomes a title); once a turn changes tasks, the title
 * becomes the tasks it touched. Deterministic: the same turn gives the same title, with
 * the local model or a real one. A title the person chose is never replaced (only
 * "New chat" and the opening message's own title are).
 */

export const UNTITLED = "New chat";

// Greetings, thanks and fillers: a message made only of these is small talk.
const SMALL_TALK =
  /^(?:hi+|hey+|hello+|hiya|yo|howdy|good (?:morning|afternoon|evening|day)|morning|evening|thanks?|thank you|thx|ty|cheers|ok(?:ay)?|sure|cool|great|nice|yes|no|yep|nope|bye|goodbye|see you|there|again|all|everyone|folks|taskchat|assistant|bot|how are you|how's it going|what's up|sup|please|pls|assalam[ou] ?alaikum|salam|as-salamu alaykum)$/;

/**
 * Whether a message is only greetings, thanks or fillers (with punctuation or emoji): as the
 * local model reads small talk (its lexicon, every language it knows), or made of the words above.
 */
export function isSmallTalk(message: string): boolean {
  if (normalize(message).smalltalk) return true;
  const words = message
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!words) return true;
  // Read greedily from the start, longest phrase first.
  let rest = words;
  while (rest) {
    const parts = rest.split(" ");
    let matched = 0;
    for (let n = Math.min(4, parts.length); n > 0; n--) {
      if (SMALL_TALK.test(parts.slice(0, n).join(" "))) {
        matched = n;
        break;
      }
    }
    if (!matched) return false;
    rest = parts.slice(matched).join(" ");
  }
  return true;
}

/** The title a conversation opens with. */
export function openingTitle(message: string): string {
  return isSmallTalk(message) ? UNTITLED : titleFromMessage(message);
}

// A task title's leading errand verb, dropped to leave its topic ("Buy groceries" → "Groceries").
// Verbs that carry the topic ("Call mom", "Pay rent", "Water the plants") stay.
const LEADING =
  /^(?:(?:remember to|don't forget to|need to|have to)\s+)?(?:buy|get|grab|pick up|order|book|schedule|make|do|finish)\s+(?:(?:the|a|an|my|our|some)\s+)?/i;

/** The topic of one task title: its words without the leading verb, first letter capitalised. */
export function taskTopic(title: string): string {
  const trimmed = title.trim().replace(/[.!?]+$/, "");
  const stripped = trimmed.replace(LEADING, "").trim();
  const short = (stripped || trimmed).split(/\s+/).slice(0, 5).join(" ");
  // A title's first letter is capitalised as a sentence's; a name after a verb keeps its case.
  return stripped && stripped !== trimmed ? short : short.charAt(0).toLowerCase() + short.slice(1);
}

/** "Groceries and dentist" from the tasks a turn changed; undefined when it changed none. */
export function topicTitle(calls: StoredToolCall[]): string | undefined {
  const topics: string[] = [];
  for (const call of calls) {
    if (!isChangingTool(call.name)) continue;
    const result = call.result as { status?: unknown; title?: unknown } | null;
    if (typeof result?.status !== "string" || typeof result.title !== "string") continue;
    const topic = taskTopic(result.title);
    if (topic && !topics.some((t) => t.toLowerCase() === topic.toLowerCase())) topics.push(topic);
  }
  if (topics.length === 0) return undefined;
  const named = topics.length > 3 ? [...topics.slice(0, 2), "more"] : topics;
  const words =
    named.length === 1 ? named[0]! : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  return titleFromMessage(words.charAt(0).toUpperCase() + words.slice(1));
}

/**
 * The title after a turn, or undefined to keep it: a conversation still titled "New chat"
 * or by its opening message gets the topic of the tasks this turn changed.
 */
export function retitle(
  current: string,
  opening: string | undefined,
  calls: StoredToolCall[],
): string | undefined {
  const automatic =
    current === UNTITLED || (opening !== undefined && current === openingTitle(opening));
  if (!automatic) return undefined;
  const topic = topicTitle(calls);
  return topic && topic !== current ? topic : undefined;
}
