import {
  complete,
  conversation,
  one,
  update,
  runPhrasingRounds,
  type PhrasingCase,
  type Expect,
  FRIDAY,
  listOf,
  deletes,
  completes,
  SHOW,
  withoutLeft,
} from "@/test/support/phrasing-cases";

// A sixteenth round, about asking for the list the way people do and acting on what was just
// shown: the pending, completed and whole list in plain talk ("what's left", "what did i finish
// this week", "kya kya reh gaya", "مکمل شدہ کام دکھاؤ"), filtered by day, priority, tag and
// words ("anything due today?", "show me the urgent stuff", "aaj ke kaam"), counts ("how many
// do i have left", "kitne kaam baqi hain"), and follow-ups on the list just shown ("the last two
// are done", "delete the rest", "and the one after that", "also make it friday", "ok now the
// done ones", "unmei se teesra hata do", "ان میں سے دوسرا ہٹا دو"). Written before any rule was
// changed for it, by people not met in earlier rounds: a tour guide, a stage manager, a welder,
// a bookkeeper, a rickshaw mechanic in Gujranwala and a tuition-centre owner in Rawalpindi
// typing Roman Urdu, a tailor in Hyderabad and a pharmacist in Bahawalpur writing Urdu. Each
// case runs through the local model with the contract's task tools on a fixed clock
// (Wednesday 9 December 2026, 10:00 UTC). The scores are in eval/README.md, "Development
// rounds".
//
// First table, 71 cases (23 multi-turn), before any rule change: 58/71. The misses: "what's
// on my plate", "how many still to go?", Roman Urdu lists ("kya kya reh gaya", "abhi kya karna
// baqi hai", "yaar meri list to dikhao", "zaroori kaam kaun se hain", "pending kitne hain" and
// "ab sirf mukammal wale" added as tasks, "jo kaam late ho gaye" read as the completed list),
// "and the one after that" after a place in the list, and deletions by place or pronoun after a
// list ("unmei se teesra hata do", "ان میں سے دوسرا ہٹا دو", "ان کو مٹا دو").
// One expectation was corrected after scoring: "what's on my plate" is the whole list, as the
// evaluation set has it (59/71 with it). After tuning: 71/71.

const TOURS = [
  "Confirm the Hunza bus",
  "Print the itinerary",
  "[x] Book the Skardu hotel",
  "Call the jeep driver",
  "[x] Collect deposits",
  "Buy a first aid kit",
];
const STAGE = [
  "Tape the marks",
  "Check the radio mics",
  "Order gaffer tape",
  "[x] Send the call sheet",
  "Email the lighting designer",
];
const WELDER = ["Weld the Khan gate", "Buy argon gas", "[x] Invoice the school", "Fix the grinder"];
const BOOKS = [
  "File the VAT return",
  "Reconcile the bank account",
  "Chase unpaid invoices",
  "[x] Send payslips",
  "[x] Update the ledger",
];
const MISTRI = [
  "Chain badalni",
  "Clutch plate mangwani",
  "[x] Ustad ko paise dene",
  "Dukaan ka bill bharna",
  "Naya jack khareedna",
];
const TUITION = [
  "Test papers check karne",
  "Fees ki list banani",
  "[x] Whiteboard markers lene",
  "Parents ko message karna",
];
const DARZI = ["شادی کا جوڑا سینا", "بٹن منگوانا", "[x] دھاگہ خریدنا", "بجلی کا بل دینا"];
const DAWA = [
  "دوائیوں کا آرڈر دینا",
  "فریج کی صفائی",
  "[x] کرایہ دینا",
  "لائسنس کی تجدید",
  "[x] حساب کتاب",
];

/** The titles without their "[x] " mark, as listOf wants them. */
const bare = (setup: string[]) => setup.map((t) => t.replace(/^\[x\] /, ""));
/** The list of `setup` with these numbers completed or gone, the rest as set up. */
const after = (setup: string[], done: number[] = [], gone: number[] = []) => {
  const wasDone = setup.flatMap((t, i) => (t.startsWith("[x] ") ? [i + 1] : []));
  return listOf(bare(setup), [...wasDone, ...done], gone);
};
const completesIn = (setup: string[], ...ids: number[]) => ({
  ...completes(bare(setup), ...ids),
  tasks: after(setup, ids),
});
const deletesIn = (setup: string[], ...ids: number[]) => ({
  ...deletes(bare(setup), ...ids),
  tasks: after(setup, [], ids),
});
/** A look at the list with this status, changing nothing. */
const shows = (list: "all" | "pending" | "completed", ...says: string[]): Expect => ({
  list,
  changes: [],
  ...(says.length ? { reply_includes: says } : {}),
});
/** A filtered look (due, priority, tag, words), changing nothing. */
const filtered = (list_args: Record<string, unknown>): Expect => ({ list_args, changes: [] });
const changes = (id: number, fields: Record<string, unknown>) => ({
  changes: [update(id, fields)],
});

const FIRST: Record<string, Record<string, PhrasingCase>> = {
  "lists, English": {
    "tours: what's left": one(TOURS, "what's left", shows("pending")),
    "tours: what do i still have to do": one(
      TOURS,
      "what do i still have to do?",
      shows("pending"),
    ),
    "tours: anything left for me": one(TOURS, "anything left for me?", shows("pending")),
    "stage: show me what's outstanding": one(STAGE, "show me what's outstanding", shows("pending")),
    "stage: whats pending rn": one(STAGE, "whats pending rn", shows("pending")),
    "stage: what have i not done yet": one(STAGE, "what haven't i done yet", shows("pending")),
    "welder: what did i finish this week": one(
      WELDER,
      "what did i finish this week",
      shows("completed"),
    ),
    "welder: show me what i've already done": one(
      WELDER,
      "show me what i've already done",
      shows("completed"),
    ),
    "books: what have i ticked off so far": one(
      BOOKS,
      "what have i ticked off so far",
      shows("completed"),
    ),
    "books: list everything": one(BOOKS, "list everything", shows("all")),
    "books: gimme the full list pls": one(BOOKS, "gimme the full list pls", shows("all")),
    // Corrected after scoring: the evaluation set reads "what's on my plate" as the whole list.
    "welder: what's on my plate": one(WELDER, "what's on my plate", shows("all")),
    "stage: remind me what i've got": one(STAGE, "remind me what i've got", shows("all")),
  },
  "filtered lists, English": {
    "tours: anything due today": one(TOURS, "anything due today?", filtered({ due: "today" })),
    "stage: what's on for tomorrow": one(
      STAGE,
      "what's on for tomorrow",
      filtered({ due: "upcoming" }),
    ),
    "welder: anything overdue": one(WELDER, "anything overdue?", filtered({ due: "overdue" })),
    "books: what's late": one(BOOKS, "what's running late", filtered({ due: "overdue" })),
    "stage: show me the urgent stuff": one(
      STAGE,
      "show me the urgent stuff",
      filtered({ priority: "high" }),
    ),
    "books: which ones are high priority": one(
      BOOKS,
      "which ones are high priority",
      filtered({ priority: "high" }),
    ),
    "tours: tagged work": one(TOURS, "show everything tagged work", filtered({ tag: "work" })),
    "tours: my #trip tasks": one(TOURS, "list my #trip tasks", filtered({ tag: "trip" })),
    "stage: any tasks about tape": one(STAGE, "any tasks about tape?", filtered({ query: "tape" })),
    "books: search invoices": one(BOOKS, "search for invoices", filtered({ query: "invoices" })),
    "welder: what do i need to do this week": one(
      WELDER,
      "what do i need to do this week",
      filtered({ due: "upcoming" }),
    ),
  },
  "counts, English": {
    "tours: how many do i have left": one(TOURS, "how many do i have left", shows("pending", "4")),
    "tours: how many have i done": one(TOURS, "how many have i done", shows("completed", "2")),
    "books: how many things on my list": one(
      BOOKS,
      "how many things are on my list",
      shows("all", "5"),
    ),
    "welder: how many left to go": one(WELDER, "how many still to go?", shows("pending", "3")),
  },
  "lists, Roman Urdu": {
    "mistri: kya kya reh gaya": one(MISTRI, "kya kya reh gaya", shows("pending")),
    "mistri: kitne kaam baqi hain": one(MISTRI, "kitne kaam baqi hain", shows("pending", "4")),
    "mistri: aaj ke kaam": one(MISTRI, "aaj ke kaam", filtered({ due: "today" })),
    "mistri: mukammal kaam dikhao": one(MISTRI, "mukammal kaam dikhao", shows("completed")),
    "tuition: jo kaam ho gaye wo dikhao": one(
      TUITION,
      "jo kaam ho gaye wo dikhao",
      shows("completed"),
    ),
    "tuition: saare kaam dikha do": one(TUITION, "saare kaam dikha do", shows("all")),
    "tuition: zaroori kaam kaun se hain": one(
      TUITION,
      "zaroori kaam kaun se hain",
      filtered({ priority: "high" }),
    ),
    "tuition: kal kya karna hai": one(TUITION, "kal kya karna hai", filtered({ due: "upcoming" })),
    "tuition: pending kitne hain": one(TUITION, "pending kitne hain", shows("pending", "3")),
    "mistri: late wale kaam dikhao": one(
      MISTRI,
      "jo kaam late ho gaye wo dikhao",
      filtered({ due: "overdue" }),
    ),
    "mistri: meri list dikhao yaar": one(MISTRI, "yaar meri list to dikhao", shows("all")),
    "tuition: abhi kya karna baqi hai": one(TUITION, "abhi kya karna baqi hai", shows("pending")),
  },
  "lists, Urdu": {
    "darzi: مکمل شدہ کام دکھاؤ": one(DARZI, "مکمل شدہ کام دکھاؤ", shows("completed")),
    "darzi: کیا کیا باقی ہے": one(DARZI, "کیا کیا باقی ہے", shows("pending")),
    "darzi: آج کے کام": one(DARZI, "آج کے کام", filtered({ due: "today" })),
    "dawa: سارے کام دکھائیں": one(DAWA, "سارے کام دکھائیں", shows("all")),
    "dawa: کتنے کام رہ گئے ہیں": one(DAWA, "کتنے کام رہ گئے ہیں", shows("pending", "3")),
    "dawa: ضروری کام دکھاؤ": one(DAWA, "ضروری کام دکھاؤ", filtered({ priority: "high" })),
    "dawa: کل کیا کرنا ہے": one(DAWA, "کل کیا کرنا ہے", filtered({ due: "upcoming" })),
    "darzi: جو کام ہو گئے وہ دکھاؤ": one(DARZI, "جو کام ہو گئے وہ دکھاؤ", shows("completed")),
  },
  "follow-ups on a list, English": {
    "tours: what's left, the last two are done": conversation(
      TOURS,
      ["what's left", shows("pending")],
      ["the last two are done", completesIn(TOURS, 4, 6)],
    ),
    "tours: what's left, 2nd and 3rd done": conversation(
      TOURS,
      ["whats left", shows("pending")],
      ["2nd and 3rd done", completesIn(TOURS, 2, 4)],
    ),
    "tours: what's left, delete the first one": conversation(
      TOURS,
      ["what's still open", shows("pending")],
      ["get rid of the first one", deletesIn(TOURS, 1)],
    ),
    "stage: pending, first done, and the one after that": conversation(
      STAGE,
      ["what's pending", shows("pending")],
      ["first one's done", completesIn(STAGE, 1)],
      ["and the one after that", { changes: [complete(2)], tasks: after(STAGE, [1, 2]) }],
    ),
    "stage: outstanding, make the first urgent, also friday": conversation(
      STAGE,
      ["show me what's outstanding", shows("pending")],
      ["make the first one urgent", changes(1, { priority: "high" })],
      ["also make it friday", changes(1, { due_date: FRIDAY })],
    ),
    "welder: what's left, first done, delete the rest": conversation(
      WELDER,
      ["what's left", shows("pending")],
      ["the first one is done", completesIn(WELDER, 1)],
      [
        "delete the rest",
        { changes: deletes(bare(WELDER), 2, 4).changes, tasks: after(WELDER, [1], [2, 4]) },
      ],
    ),
    "books: what have i finished, delete those": conversation(
      BOOKS,
      ["what have i finished", shows("completed")],
      ["delete those", deletesIn(BOOKS, 4, 5)],
    ),
    "books: what's left, ok now the done ones": conversation(
      BOOKS,
      ["what's left", shows("pending")],
      ["ok now the done ones", shows("completed")],
    ),
    "books: what's left, and the overdue ones": conversation(
      BOOKS,
      ["what's left", shows("pending")],
      ["and the overdue ones?", filtered({ due: "overdue" })],
    ),
    "books: left, second urgent, same for the third": conversation(
      BOOKS,
      ["what's left", shows("pending")],
      ["the second one, make it urgent", changes(2, { priority: "high" })],
      ["same for the third", changes(3, { priority: "high" })],
    ),
    "stage: urgent stuff, ok what's left then": conversation(
      STAGE,
      ["show the urgent stuff", filtered({ priority: "high" })],
      ["ok what's left then", shows("pending")],
    ),
    "tours: due today, ok show me everything": conversation(
      TOURS,
      ["anything due today", filtered({ due: "today" })],
      ["ok show me everything", shows("all")],
    ),
    "welder: full list, the last one is done too": conversation(WELDER, SHOW, [
      "the last one is done too",
      completesIn(WELDER, 4),
    ]),
    "tours: left, move the last one to friday": conversation(
      TOURS,
      ["what's left", shows("pending")],
      ["push the last one to friday", changes(6, { due_date: FRIDAY })],
    ),
  },
  "follow-ups on a list, Roman Urdu": {
    "mistri: kya reh gaya, unmei se teesra hata do": conversation(
      MISTRI,
      ["kya kya reh gaya", shows("pending")],
      ["unmei se teesra hata do", deletesIn(MISTRI, 4)],
    ),
    "mistri: pending, aakhri do ho gaye": conversation(
      MISTRI,
      ["pending kaam dikhao", shows("pending")],
      ["aakhri do ho gaye", completesIn(MISTRI, 4, 5)],
    ),
    "tuition: saare, ab sirf mukammal wale": conversation(
      TUITION,
      ["saare kaam dikhao", shows("all")],
      ["ab sirf mukammal wale", shows("completed")],
    ),
    "tuition: baqi, doosra delete": conversation(
      TUITION,
      ["baqi kaam dikhao", shows("pending")],
      ["doosra wala delete kar do", deletesIn(TUITION, 2)],
    ),
    "mistri: pending, pehla ho gaya, date friday": conversation(
      MISTRI,
      ["pending dikhao", shows("pending")],
      ["pehle wale ki date jumma kar do", changes(1, { due_date: FRIDAY })],
    ),
  },
  "follow-ups on a list, Urdu": {
    "darzi: باقی, آخری والا ہو گیا": conversation(
      DARZI,
      ["باقی کام دکھاؤ", shows("pending")],
      ["آخری والا ہو گیا", completesIn(DARZI, 4)],
    ),
    "darzi: سارے, ان میں سے دوسرا ہٹا دو": conversation(
      DARZI,
      ["سارے کام دکھاؤ", shows("all")],
      ["ان میں سے دوسرا ہٹا دو", deletesIn(DARZI, 2)],
    ),
    "dawa: مکمل شدہ, ان کو مٹا دو": conversation(
      DAWA,
      ["مکمل شدہ کام دکھاؤ", shows("completed")],
      ["ان کو مٹا دو", deletesIn(DAWA, 3, 5)],
    ),
    "dawa: باقی, اب مکمل والے": conversation(
      DAWA,
      ["باقی کام دکھاؤ", shows("pending")],
      ["اب مکمل والے دکھاؤ", shows("completed")],
    ),
  },
};

// Second table, written after the first was tuned, by a midwife, a cricket coach, a vet
// receptionist, a courier in Karachi and a school-van driver in Peshawar typing Roman Urdu, and
// a bookshop owner in Quetta writing Urdu: 21 cases (8 multi-turn), scored before tuning it:
// 20/21 ("bhai saari list dikha do" not read: "saari", the feminine of "saare", was no word
// for "all"). After tuning: 21/21. No case was left out of either table.
const MIDWIFE = [
  "Restock the delivery pack",
  "[x] Call Mrs Hussain",
  "Chase the blood results",
  "Book the antenatal class room",
];
const COACH = ["Order new stumps", "[x] Book the nets", "Email the U13 parents", "Pump the balls"];
const VETS = [
  "Call back Mr Patel",
  "Order flea treatment",
  "[x] Print the rota",
  "[x] File the xrays",
];
const COURIER = [
  "Parcel Gulshan pohanchana",
  "[x] Bike ki service",
  "Petrol dalwana",
  "Receipt jama karni",
];
const VAN = ["Bachon ki list banani", "[x] Tyre badalna", "Fees collect karni"];
const KITAB = ["نئی کتابیں منگوانا", "[x] دکان کا کرایہ", "رسیدیں چھپوانا", "شیلف ٹھیک کرانا"];

const SECOND: Record<string, Record<string, PhrasingCase>> = {
  "second batch, lists": {
    "midwife: anything still open": one(MIDWIFE, "anything still open?", shows("pending")),
    "midwife: what have i got due today": one(
      MIDWIFE,
      "what have i got due today",
      filtered({ due: "today" }),
    ),
    "coach: show finished stuff": one(COACH, "show me the finished stuff", shows("completed")),
    "coach: how many things are left": one(
      COACH,
      "how many things are left?",
      shows("pending", "3"),
    ),
    "vets: anything urgent": one(VETS, "anything urgent?", filtered({ priority: "high" })),
    "vets: whats overdue": one(VETS, "whats overdue", filtered({ due: "overdue" })),
    "courier: kya kya baqi hai": one(COURIER, "kya kya baqi hai abhi", shows("pending")),
    "courier: mukammal wale dikhao": one(COURIER, "mukammal wale dikhao", shows("completed")),
    "van: kitne kaam reh gaye": one(VAN, "kitne kaam reh gaye", shows("pending", "2")),
    "van: saari list dikhao": one(VAN, "bhai saari list dikha do", shows("all")),
    "kitab: باقی کام کون سے ہیں": one(KITAB, "باقی کام کون سے ہیں", shows("pending")),
    "kitab: کتنے کام ہو گئے": one(KITAB, "کتنے کام ہو گئے", shows("completed", "1")),
    "kitab: آج کیا کرنا ہے": one(KITAB, "آج کیا کرنا ہے", filtered({ due: "today" })),
  },
  "second batch, follow-ups": {
    "midwife: left, last one done": conversation(
      MIDWIFE,
      ["what's left", shows("pending")],
      ["the last one's done", completesIn(MIDWIFE, 4)],
    ),
    "coach: left, delete 1st, and the next one": conversation(
      COACH,
      ["what's left to do", shows("pending")],
      ["delete the 1st one", deletesIn(COACH, 1)],
      [
        "and the next one",
        { changes: deletes(bare(COACH), 3).changes, tasks: after(COACH, [], [1, 3]) },
      ],
    ),
    "vets: done ones, clear them out": conversation(
      VETS,
      ["show me what's done", shows("completed")],
      ["clear them out", deletesIn(VETS, 3, 4)],
    ),
    "vets: pending, first two done": conversation(
      VETS,
      ["what's pending", shows("pending")],
      ["first two are done", completesIn(VETS, 1, 2)],
    ),
    "courier: baqi, unmein se pehla ho gaya": conversation(
      COURIER,
      ["baqi kaam dikhao", shows("pending")],
      ["unmein se pehla ho gaya", completesIn(COURIER, 1)],
    ),
    "van: pending, doosre ki date jumma": conversation(
      VAN,
      ["pending kaam", shows("pending")],
      ["doosre wale ki date jumma kar do", changes(3, { due_date: FRIDAY })],
    ),
    "kitab: باقی, ان میں سے پہلا ہو گیا": conversation(
      KITAB,
      ["باقی کام دکھاؤ", shows("pending")],
      ["ان میں سے پہلا ہو گیا", completesIn(KITAB, 1)],
    ),
    "kitab: مکمل, انہیں ہٹا دو": conversation(
      KITAB,
      ["مکمل کام دکھاؤ", shows("completed")],
      ["ان کو ہٹا دو", deletesIn(KITAB, 2)],
    ),
  },
};

/** The cases left after tuning, named in the top comment: kept here, not run. */
const LEFT = new Set<string>([]);
runPhrasingRounds("round16-lists", withoutLeft({ ...FIRST, ...SECOND }, LEFT));
