/**
 * The words of one language that the local model understands, as data. Patterns are
 * compiled from these lists (see compile.ts), so a language is added by writing its
 * lexicon, not by editing regular expressions. Every list holds plain words or
 * phrases (lowercase, single spaces), matched whole.
 */
export interface Lexicon {
  /** BCP 47 tag: "en", "ur". */
  language: string;
  smalltalk: {
    greetings: string[];
    thanks: string[];
    /** Goodbyes and "that's all": the conversation is over for now. */
    goodbyes: string[];
    /** After "gotta …": leaving ("gotta go"), not a task. */
    leaving: string[];
  };
  politeness: {
    /** "please", "kindly": said before a request, never part of it. */
    please: string[];
    /** Words said around a request that mean nothing for it ("ok", "so", "actually"). */
    fillers: string[];
    /** Sounds whose last letter may repeat ("um", "ummm"). */
    hesitations: string[];
    /** Said after a request: "… for me", "… if you can", "… asap please". */
    trailing: string[];
    /** "you" as typed to a chat ("u", "ya"). */
    you: string[];
  };
  wish: {
    /** "really", "probably": adverbs around "I need to …", not part of the task. */
    adverbs: string[];
  };
  /** Leading verbs worth correcting when misspelled ("delet" → "delete"), by edit distance. */
  correctableVerbs: string[];
  /** Words too short for edit distance, or other forms, mapped to the verb meant ("del" → "delete"). */
  verbForms: Record<string, string>;
  /** Contractions typed without the apostrophe, and only those that are no other word ("dont"). */
  contractions: Record<string, string>;
}
