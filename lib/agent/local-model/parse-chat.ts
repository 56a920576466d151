import type { Lexicon } from "./lexicon";
import { oneOf, pattern } from "./lexicon/compile";

/**
 * Small talk that asks nothing of the list: "how are you", "who are you", "my bad",
 * "lol", "sounds good", a face or an emoji on its own, and annoyance ("ugh this is not
 * working"). Each gets a short answer of its own kind and never a list or a change.
 * Read from the words of a language's lexicon (`chat`), so English and Urdu share it.
 */

/** What a piece of small talk is about, beyond greetings and thanks. */
export type ChatAbout = "howAreYou" | "identity" | "sorry" | "upset" | "laugh" | "mood";

export type ChatIntent = { kind: "chat"; about: ChatAbout };
export type ChatReading =
  ChatIntent | { kind: "greet" } | { kind: "thanks" } | { kind: "ack" } | { kind: "bye" };

interface ChatPatterns {
  whole: [ChatReading, RegExp][];
  /** Greetings and fillers before the talk ("hey, how are you", "oh sorry, ignore that"). */
  lead: RegExp;
  faces: [ChatReading, RegExp][];
  upset: RegExp;
  sorry: RegExp;
}

/** Said after a question to us and meaning nothing more: "how are you today", "… mate". */
const TAIL = "(?:\\s+(?:today|tonight|now|lately|mate|buddy|bro|bot|man|dude|yaar|bhai|ji))*";
/** Text faces and emoji, the letters of a face included (":D", "xD"): the face list's own. */
const escape = (face: string) => face.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Text faces, the same in every language; a language's emoji are in its lexicon. */
const TEXT_FACES: Record<keyof Lexicon["chat"]["faces"], string[]> = {
  thanks: [],
  laugh: [":d", ":-d", "xd", ":p", ":-p"],
  upset: [":(", ":-(", ":/", ":'(", ":-/"],
  ack: [":)", ":-)", ";)", ";-)", "(:"],
  greet: [],
};

const compiled = new Map<string, ChatPatterns>();

function patternsOf(lex: Lexicon): ChatPatterns {
  const known = compiled.get(lex.language);
  if (known) return known;
  const { chat, smalltalk } = lex;
  const whole = (words: string[]) => pattern`^(?:${words})${TAIL}$`;
  const faces = Object.entries(chat.faces).map(
    ([kind, emoji]) =>
      [
        kind === "upset" || kind === "laugh"
          ? { kind: "chat", about: kind }
          : { kind: kind as "thanks" | "ack" | "greet" },
        new RegExp(
          [...emoji, ...TEXT_FACES[kind as keyof typeof TEXT_FACES]].map(escape).join("|"),
          "u",
        ),
      ] as [ChatReading, RegExp],
  );
  const patterns: ChatPatterns = {
    whole: [
      [{ kind: "chat", about: "howAreYou" }, whole(chat.howAreYou)],
      [{ kind: "chat", about: "identity" }, whole(chat.identity)],
      [{ kind: "chat", about: "sorry" }, whole(chat.apologies)],
      [{ kind: "chat", about: "laugh" }, whole(chat.laughs)],
      // "i'm so behind lol": a laugh after a mood is part of it.
      [
        { kind: "chat", about: "mood" },
        pattern`^(?:${chat.moods})(?:\s+(?:${chat.laughs}))?${TAIL}$`,
      ],
      [{ kind: "ack" }, whole(chat.acks)],
      // "that's all for now": whole, before "now" is read as a filler.
      [{ kind: "bye" }, whole(smalltalk.goodbyes)],
      [{ kind: "thanks" }, whole([...smalltalk.thanks, ...smalltalk.compliments])],
      [{ kind: "greet" }, whole(smalltalk.greetings)],
    ],
    // "lol sorry, my nephew typed that": a laugh before the talk leads it as a greeting does.
    lead: pattern`^(?:(?:${oneOf([...smalltalk.greetings, ...lex.politeness.fillers, ...chat.laughs])})[\s,!.:;?-]+)`,
    // Sympathy first: "😂😭" is more upset than amused.
    faces: [...faces].sort(([a], [b]) => Number(isUpset(b)) - Number(isUpset(a))),
    upset: pattern`(?:^|\s)(?:${chat.frustration})(?=$|[\s,.!?])`,
    sorry: pattern`^(?:${chat.apologies})\b`,
  };
  compiled.set(lex.language, patterns);
  return patterns;
}

const isUpset = (reading: ChatReading) => reading.kind === "chat" && reading.about === "upset";

/** The message without its end punctuation, lowercased, with single spaces. */
function words(message: string): string {
  return message
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/(?<=\p{L})[,!.?;]+(?=\s)/gu, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s,.!?;:~-]+|[\s,.!?;:~-]+$/g, "");
}

const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu;

/**
 * A message that is only small talk of one kind ("how are you?", "hey, how r u today",
 * "my bad", "lol", "👍", ":)"), or undefined. Greetings and thanks said with words are
 * normalize's business; this reads faces and the other kinds.
 */
export function chatOf(message: string, lex: Lexicon): ChatReading | undefined {
  const p = patternsOf(lex);
  const raw = message.toLowerCase().trim();
  // "✅ plumber", "✅": a check mark says done (normalize.ts), not "ok".
  if (/[\u2705\u2714\u2611]/u.test(raw)) return undefined;
  // A face or an emoji on its own: what it shows.
  const bare = raw.replace(EMOJI, "").replace(/[\s:;()<>\/3dpx'!.-]/g, "");
  if (bare === "" && (new RegExp(EMOJI.source, "u").test(raw) || /[:;<]/.test(raw))) {
    return p.faces.find(([, face]) => face.test(raw))?.[0] ?? { kind: "ack" };
  }
  const text = words(raw.replace(EMOJI, " "));
  if (!text) return undefined;
  // "thank youuu", "lmaooo": a stretched letter is the same word.
  const unstretched = text.replace(/(\p{L})\1{2,}/gu, "$1");
  const candidates = [text, unstretched].flatMap((t) => withoutLeads(t, p.lead));
  for (const candidate of candidates) {
    const found = p.whole.find(([, whole]) => whole.test(candidate));
    if (found) return found[0];
  }
  return undefined;
}

/** The words, then without each leading greeting or filler in turn: "hey, how are you" → "how are you". */
function withoutLeads(text: string, lead: RegExp): string[] {
  const found = [text];
  for (let rest = text, at = rest.match(lead); at; at = rest.match(lead)) {
    rest = rest.slice(at[0].length);
    found.push(rest);
  }
  return found;
}

/**
 * In a message that asks nothing: an apology first ("sorry wrong button"), then annoyance
 * ("ugh this is not working", "you're useless").
 */
export function upsetOf(message: string, lex: Lexicon): ChatIntent | undefined {
  const said = words(message);
  const p = patternsOf(lex);
  if (withoutLeads(said, p.lead).some((rest) => p.sorry.test(rest)))
    return { kind: "chat", about: "sorry" };
  return p.upset.test(said) ? { kind: "chat", about: "upset" } : undefined;
}
