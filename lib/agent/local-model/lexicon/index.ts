import { en } from "./en";
import type { Lexicon } from "./types";

export type { Lexicon } from "./types";

/** Every language the local model has words for. */
export const lexicons: readonly Lexicon[] = [en];

/**
 * The language the local model reads. One today; a second (Urdu is next) is a lexicon
 * file beside en.ts, chosen here (see docs/local-model.md, "Adding a language").
 */
export const lexicon: Lexicon = en;
