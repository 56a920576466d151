import { en } from "./en";
import type { Lexicon } from "./types";
import { ur } from "./ur";

export type { Lexicon } from "./types";

/** Every language the local model has words for (language.ts tells which a message is in). */
export const lexicons: readonly Lexicon[] = [en, ur];

/**
 * The lexicon of the English frames (parse-*.ts, understand.ts, normalize.ts). Urdu and
 * Roman Urdu have frames of their own (understand-ur.ts), chosen per message by
 * `read()`; see docs/local-model.md, "Adding a language".
 */
export const lexicon: Lexicon = en;
