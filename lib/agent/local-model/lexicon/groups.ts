/**
 * Kinds of task people name as a group: "delete the shopping ones", "all the grocery
 * stuff", "mark the calls done". Each kind has the names people give it and the words a
 * title of that kind holds ("Buy milk", "Get bread" are shopping). Kept beside the core
 * lexicon (types.ts, en.ts) so each can grow on its own.
 */
export interface TaskGroup {
  /** What people call the kind: "shopping", "grocery", "groceries". */
  names: string[];
  /** Words in a title of that kind: its verbs and nouns. */
  titleWords: string[];
}

export const en: TaskGroup[] = [
  {
    names: ["shopping", "grocery", "groceries", "store", "buying", "supermarket", "market"],
    titleWords: [
      ...["buy", "get", "grab", "pick up", "order", "purchase", "shop", "shopping", "groceries"],
      ...["grocery", "supermarket", "store"],
    ],
  },
  {
    names: ["bill", "bills", "payment", "payments", "paying"],
    titleWords: ["pay", "bill", "bills", "rent", "fees", "fee", "invoice", "payment", "dues"],
  },
  {
    names: ["call", "calls", "phone", "phone call", "phone calls", "calling"],
    titleWords: ["call", "phone", "ring", "dial", "video call"],
  },
  {
    names: ["email", "emails", "mail", "e-mail", "e-mails", "emailing"],
    titleWords: ["email", "e-mail", "mail", "reply", "write to"],
  },
];
