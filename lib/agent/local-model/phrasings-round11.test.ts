import {
  add,
  complete,
  conversation,
  one,
  remove,
  update,
  runPhrasingRounds,
  type PhrasingCase,
  TOMORROW,
  FRIDAY,
  MONDAY,
  talk,
  asks,
} from "@/test/support/phrasing-cases";

// An eleventh round, about the families a blind held-out set found weakest: a message that is
// only a thing to do, pronouns after an add, a list, a completion or a thanks, several tasks in
// one message, renames and updates, and adds with a description. Written before any rule was
// changed for it, by people not met in earlier rounds: a piano teacher, a plumber, a night-shift
// nurse, a baker in Faisalabad typing Roman Urdu, a retired teacher in Hyderabad writing Urdu, a
// translator, a marathon runner. The expectations say what a sensible assistant does, asking
// rather than guessing when unsure, never damaging. Each case runs through the local model with
// the contract's task tools on a fixed clock (Wednesday 9 December 2026, 10:00 UTC). The scores
// are in eval/README.md, "Development rounds".

const PIANO = ["Tune the studio piano", "Email Ayesha's mum", "Print the recital programme"];
const PLUMBER = ["Invoice Mr Dar", "Order copper pipe", "Fix the van's wiper"];
const NURSE = ["Renew my badge", "Swap shift with Kiran", "Buy compression socks"];
const BAKER = ["Maida mangwana", "Oven ki safai", "Bilal ko paise dene"];
const USTAD = ["اخبار کا بل دینا", "بجلی کا بل جمع کرنا", "دوائی لانا"];
const RUNNER = ["Buy gels", "Book a sports massage", "Register for the 10k"];

const FIRST: Record<string, Record<string, PhrasingCase>> = {
  "bare titles": {
    "piano: tuner visit": one(PIANO, "metronome batteries", {
      changes: [add("Metronome batteries")],
    }),
    "plumber: tyre rotation thurs": one(PLUMBER, "tyre rotation thurs", {
      changes: [add("Tyre rotation", { due_date: TOMORROW })],
    }),
    "nurse: new lanyard": one(NURSE, "new lanyard", { changes: [add("New lanyard")] }),
    "runner: gift with exclamations": one(RUNNER, "Gift for Coach Imran!!", {
      changes: [add("Gift for Coach Imran")],
    }),
    "plumber: water bill": one(PLUMBER, "internet bill", { changes: [add("Internet bill")] }),
    "translator: passport renewal": one([], "passport renewal", {
      changes: [add("Passport renewal")],
    }),
    "nurse: flu jab friday": one(NURSE, "flu jab friday", {
      changes: [add("Flu jab", { due_date: FRIDAY })],
    }),
    "piano: lowercase thing": one([], "sheet music for grade 3", {
      changes: [add("Sheet music for grade 3")],
    }),
    "baker: abbu ki report": one(BAKER, "abbu ki report", { changes: [add("Abbu ki report")] }),
    "baker: cheeni ki bori": one(BAKER, "cheeni ki bori", { changes: [add("Cheeni ki bori")] }),
    "ustad: جوتے پالش": one(USTAD, "جوتے پالش", { changes: [add("جوتے پالش")] }),
    "ustad: نواسے کا تحفہ": one(USTAD, "نواسے کا تحفہ", { changes: [add("نواسے کا تحفہ")] }),
    "runner: after a thanks, a bare thing": conversation(
      RUNNER,
      ["add foam roller", { changes: [add("Foam roller")] }],
      ["thanks", talk],
      ["electrolyte tabs", { changes: [add("Electrolyte tabs")] }],
    ),
    "plumber: bare thing after a list": conversation(
      PLUMBER,
      ["show everything", { list: "all" }],
      ["drain rods", { changes: [add("Drain rods")] }],
    ),
    "ustad: bare thing after a completion": conversation(
      USTAD,
      ["دوائی لے آیا", { changes: [complete(3)] }],
      ["عینک کی مرمت", { changes: [add("عینک کی مرمت")] }],
    ),
  },
  pronouns: {
    "runner: add, just did it lol": conversation(
      RUNNER,
      ["add stretch my calves", { changes: [add("Stretch my calves")] }],
      ["just did it lol", { changes: [complete(4)] }],
    ),
    "plumber: add, move that to friday pls": conversation(
      PLUMBER,
      ["add quote for the Rana bathroom", { changes: [add("Quote for the Rana bathroom")] }],
      ["move that to friday pls", { changes: [update(4, { due_date: FRIDAY })] }],
    ),
    "nurse: add two, actually delete them both": conversation(
      NURSE,
      [
        "add buy plasters and order scrubs",
        { changes: [add("Buy plasters"), add("Order scrubs")] },
      ],
      ["actually delete them both", { changes: [remove(4), remove(5)] }],
    ),
    "translator: the last one i added": conversation(
      [],
      ["add translate the lease", { changes: [add("Translate the lease")] }],
      ["add proofread chapter 4", { changes: [add("Proofread chapter 4")] }],
      ["delete the last one i added", { changes: [remove(2)] }],
    ),
    "runner: across a thanks, mark it high": conversation(
      RUNNER,
      ["add buy new trainers", { changes: [add("Buy new trainers")] }],
      ["thank you!", talk],
      ["make it high priority", { changes: [update(4, { priority: "high" })] }],
    ),
    "plumber: complete, then undo it": conversation(
      PLUMBER,
      ["invoice Mr Dar is done", { changes: [complete(1)] }],
      ["oops, undo it", { changes: [update(1, { completed: false })] }],
    ),
    "nurse: list, those two are done": conversation(
      NURSE,
      ["what's pending", { list: "pending" }],
      ["first two are done", { changes: [complete(1), complete(2)] }],
    ),
    "baker: add, isko kal pe kar do": conversation(
      BAKER,
      ["ande mangwane add kar do", { changes: [add("Ande mangwane")] }],
      ["isko kal pe kar do", { changes: [update(4, { due_date: TOMORROW })] }],
    ),
    "baker: add, usko delete kar do": conversation(
      BAKER,
      ["dukaan ka board rangwana add karo", { changes: [add("Dukaan ka board rangwana")] }],
      ["nahi usko delete kar do", { changes: [remove(4)] }],
    ),
    "baker: list, ye wala ho gaya": conversation(
      BAKER,
      ["sab kaam dikhao", { list: "all" }],
      ["doosra wala ho gaya", { changes: [complete(2)] }],
    ),
    "ustad: add, اسے مکمل کر دو": conversation(
      USTAD,
      ["گیس کا بل جمع کرنا شامل کرو", { changes: [add("گیس کا بل جمع کرنا")] }],
      ["اسے مکمل کر دو", { changes: [complete(4)] }],
    ),
    "piano: question, then mark it done": conversation(
      PIANO,
      ["did i email ayesha's mum?", { changes: [] }],
      ["ok mark it done then", { changes: [complete(2)] }],
    ),
    "runner: it with no task before asks": one(RUNNER, "delete it", asks),
  },
  "several tasks in one message": {
    "translator: add these: commas": one(
      [],
      "add these: invoice Lina, renew the domain, back up laptop",
      {
        changes: [add("Invoice Lina"), add("Renew the domain"), add("Back up laptop")],
      },
    ),
    "nurse: todo: with newlines": one(
      NURSE,
      "todo:\nwash uniform\ncall pharmacy\npay parking fine",
      {
        changes: [add("Wash uniform"), add("Call pharmacy"), add("Pay parking fine")],
      },
    ),
    "plumber: dash bullets": one(PLUMBER, "- buy flux\n- call Mrs Qureshi\n- van MOT", {
      changes: [add("Buy flux"), add("Call Mrs Qureshi"), add("Van MOT")],
    }),
    "piano: dot bullets": one(PIANO, "• order rosin\n• reply to the school", {
      changes: [add("Order rosin"), add("Reply to the school")],
    }),
    "runner: star bullets": one(RUNNER, "* ice bath\n* new socks\n* plan long run", {
      changes: [add("Ice bath"), add("New socks"), add("Plan long run")],
    }),
    "translator: numbered 1)": one([], "1) send quote to Bosch 2) update CV 3) call accountant", {
      changes: [add("Send quote to Bosch"), add("Update CV"), add("Call accountant")],
    }),
    "nurse: numbered 1.": one(NURSE, "1. book eye test\n2. return library books", {
      changes: [add("Book eye test"), add("Return library books")],
    }),
    "plumber: ampersand": one(PLUMBER, "add buy sealant & pick up the ladder", {
      changes: [add("Buy sealant"), add("Pick up the ladder")],
    }),
    "piano: also": one(PIANO, "add call the venue, also order flowers for the recital", {
      changes: [add("Call the venue"), add("Order flowers for the recital")],
    }),
    "translator: plus word": one([], "remind me to file taxes plus renew car insurance", {
      changes: [add("File taxes"), add("Renew car insurance")],
    }),
    "baker: aur": one(BAKER, "khamir aur makhan mangwana hai", {
      changes: [add("Khamir mangwana"), add("Makhan mangwana")],
    }),
    "baker: phir": one(BAKER, "pehle bank jana hai phir supplier ko call karni hai", {
      changes: [add("Bank jana"), add("Supplier ko call karni")],
    }),
    "ustad: اور": one(USTAD, "چینی اور چائے کی پتی لانی ہے", {
      changes: [add("چینی لانی"), add("چائے کی پتی لانی")],
    }),
    "translator: add two, then both done": conversation(
      [],
      [
        "add pay the translator fee, send the glossary",
        { changes: [add("Pay the translator fee"), add("Send the glossary")] },
      ],
      ["both done", { changes: [complete(1), complete(2)] }],
    ),
    "nurse: and inside a name stays one": one(NURSE, "add lunch with Sara and Tom", {
      changes: [add("Lunch with Sara and Tom")],
    }),
  },
  "renames and updates": {
    "piano: rename X to Y": one(PIANO, "rename tune the studio piano to tune the upright piano", {
      changes: [update(1, { title: "Tune the upright piano" })],
    }),
    "plumber: change X to Y": one(PLUMBER, "change order copper pipe to order plastic pipe", {
      changes: [update(2, { title: "Order plastic pipe" })],
    }),
    "nurse: X should be Y": one(NURSE, "swap shift with kiran should be swap shift with kinza", {
      changes: [update(2, { title: "Swap shift with kinza" })],
    }),
    "runner: add, call it Y instead": conversation(
      RUNNER,
      ["add book physio", { changes: [add("Book physio")] }],
      [
        "call it book physio for my knee instead",
        { changes: [update(4, { title: "Book physio for my knee" })] },
      ],
    ),
    "piano: make the title": one(
      PIANO,
      "make the title of task 3 print the winter recital programme",
      {
        changes: [update(3, { title: "Print the winter recital programme" })],
      },
    ),
    "nurse: change the 3rd one to": one(NURSE, "change the 3rd one to buy knee socks", {
      changes: [update(3, { title: "Buy knee socks" })],
    }),
    "baker: naam badal ke … kar do": one(
      BAKER,
      "teesre kaam ka naam badal ke Bilal ko 5000 dene kar do",
      {
        changes: [update(3, { title: "Bilal ko 5000 dene" })],
      },
    ),
    "plumber: update the description": one(
      PLUMBER,
      "update the description of invoice mr dar: 3 hours labour plus parts",
      {
        changes: [update(1, { description: "3 hours labour plus parts" })],
      },
    ),
    "runner: push X to monday": one(RUNNER, "push the sports massage to monday", {
      changes: [update(2, { due_date: MONDAY })],
    }),
    "nurse: X is urgent": one(NURSE, "badge renewal is urgent", {
      changes: [update(1, { priority: "high" })],
    }),
    "translator: a date never replaces a title": conversation(
      [],
      ["add submit the invoice", { changes: [add("Submit the invoice")] }],
      ["change it to friday", { changes: [update(1, { due_date: FRIDAY })] }],
    ),
    "ustad: نام بدل دو": one(USTAD, "تیسرے کام کا نام بدل کر دوائی اور پٹی لانا کر دو", {
      changes: [update(3, { title: "دوائی اور پٹی لانا" })],
    }),
    "baker: kal tak kar do": one(BAKER, "maida wala kaam parson tak kar do", {
      changes: [update(1, { due_date: "2026-12-11" })],
    }),
    "nurse: add, change that to tomorrow": conversation(
      NURSE,
      ["add collect payslip", { changes: [add("Collect payslip")] }],
      ["change that to tomorrow", { changes: [update(4, { due_date: TOMORROW })] }],
    ),
    "piano: list, then rename the 2nd": conversation(
      PIANO,
      ["list", { list: "all" }],
      [
        "rename the 2nd to email ayesha's dad",
        { changes: [update(2, { title: "Email ayesha's dad" })] },
      ],
    ),
    "piano: rename to a pronoun asks": one(PIANO, "rename task 2 to it", asks),
  },
  "adds with a description": {
    "plumber: X - Y": one(PLUMBER, "add fix the Khans' boiler - pressure keeps dropping", {
      changes: [add("Fix the Khans' boiler", { description: "pressure keeps dropping" })],
    }),
    "nurse: X: Y": one(NURSE, "add call occupational health: about the back injury form", {
      changes: [add("Call occupational health", { description: "about the back injury form" })],
    }),
    "piano: X (Y)": one(PIANO, "add buy a new bench (adjustable one)", {
      changes: [add("Buy a new bench", { description: "adjustable one" })],
    }),
    "runner: X, note: Y": one(
      RUNNER,
      "add renew gym membership, note: ask about the student rate",
      {
        changes: [add("Renew gym membership", { description: "ask about the student rate" })],
      },
    ),
    "translator: X with details: Y": one(
      [],
      "add quote for the Ahmed contract with details: 12 pages, legal",
      {
        changes: [add("Quote for the Ahmed contract", { description: "12 pages, legal" })],
      },
    ),
    "plumber: X. remember to Y": one(
      PLUMBER,
      "add service the boiler at flat 9. remember to bring the spare valve",
      {
        changes: [add("Service the boiler at flat 9", { description: "bring the spare valve" })],
      },
    ),
    "baker: X - Y roman": one(BAKER, "cake ka order likh lo - mrs Javed, saturday", {
      changes: [add("Cake ka order", { description: "mrs Javed, saturday" })],
    }),
    "ustad: X: Y urdu": one(USTAD, "ڈاکٹر سے وقت لینا شامل کرو: آنکھوں کا معائنہ", {
      changes: [add("ڈاکٹر سے وقت لینا", { description: "آنکھوں کا معائنہ" })],
    }),
    "runner: add, then a note for it": conversation(
      RUNNER,
      ["add collect my race bib", { changes: [add("Collect my race bib")] }],
      ["note: bring photo id", { changes: [update(4, { description: "bring photo id" })] }],
    ),
    "baker: add, note roman": conversation(
      BAKER,
      [
        "naan ka tandoor theek karwana add karo",
        { changes: [add("Naan ka tandoor theek karwana")] },
      ],
      [
        "iski detail: mistri ka number 0300-1234567",
        { changes: [update(4, { description: "mistri ka number 0300-1234567" })] },
      ],
    ),
  },
};

// A second batch, written after the first was tuned, with new wordings of the same families.
// Cases left failing after tuning are taken out and named in eval/README.md.
const GARDENER = ["Prune the roses", "Order compost", "Fix the shed door"];
const SECOND: Record<string, Record<string, PhrasingCase>> = {
  "second batch": {
    "gardener: bare thing with a day": one(GARDENER, "hedge trimmer service mon", {
      changes: [add("Hedge trimmer service", { due_date: MONDAY })],
    }),
    "gardener: bare thing with emoji": one(GARDENER, "bird seed 🐦", {
      changes: [add("Bird seed")],
    }),
    "baker: roman bare thing": one(BAKER, "naye dabbe", { changes: [add("Naye dabbe")] }),
    "ustad: urdu bare thing": one(USTAD, "پوتی کی فیس", { changes: [add("پوتی کی فیس")] }),
    "gardener: add, tick that off": conversation(
      GARDENER,
      ["add water the seedlings", { changes: [add("Water the seedlings")] }],
      ["done that already, tick it", { changes: [complete(4)] }],
    ),
    "gardener: list, scrap the last two": conversation(
      GARDENER,
      ["show list", { list: "all" }],
      ["scrap the last two", { changes: [remove(2), remove(3)] }],
    ),
    "baker: add, usay kal kar do": conversation(
      BAKER,
      ["dahi mangwana add karo", { changes: [add("Dahi mangwana")] }],
      ["usay high priority kar do", { changes: [update(4, { priority: "high" })] }],
    ),
    "gardener: heading then numbered lines": one(
      GARDENER,
      "to do:\n1. buy twine\n2. sharpen shears\n3. rake leaves",
      {
        changes: [add("Buy twine"), add("Sharpen shears"), add("Rake leaves")],
      },
    ),
    "gardener: bare things with and": one(GARDENER, "slug pellets and gloves", {
      changes: [add("Slug pellets"), add("Gloves")],
    }),
    "ustad: urdu lines": one(USTAD, "آٹا\nچاول\nدال", {
      changes: [add("آٹا"), add("چاول"), add("دال")],
    }),
    "gardener: retitle": one(GARDENER, "retitle fix the shed door to replace the shed door hinge", {
      changes: [update(3, { title: "Replace the shed door hinge" })],
    }),
    "gardener: X needs to be Y": one(GARDENER, "order compost needs to say order bark mulch", {
      changes: [update(2, { title: "Order bark mulch" })],
    }),
    "gardener: bump to tomorrow": one(GARDENER, "bump pruning the roses to tomorrow", {
      changes: [update(1, { due_date: TOMORROW })],
    }),
    "baker: roman rename by number": one(
      BAKER,
      "pehle kaam ka naam maida aur suji mangwana kar do",
      {
        changes: [update(1, { title: "Maida aur suji mangwana" })],
      },
    ),
    "gardener: X – note with because": one(
      GARDENER,
      "add buy netting - the pigeons keep eating the peas",
      {
        changes: [add("Buy netting", { description: "the pigeons keep eating the peas" })],
      },
    ),
    "gardener: X. don't forget Y": one(
      GARDENER,
      "add book the tree surgeon. don't forget to ask about the stump",
      {
        changes: [add("Book the tree surgeon", { description: "ask about the stump" })],
      },
    ),
    "ustad: add, then its note in Urdu": conversation(
      USTAD,
      ["درزی کے پاس جانا شامل کرو", { changes: [add("درزی کے پاس جانا")] }],
      [
        "نوٹ: قمیض کا ناپ لے کر جانا",
        { changes: [update(4, { description: "قمیض کا ناپ لے کر جانا" })] },
      ],
    ),
  },
};

runPhrasingRounds("round11", { ...FIRST, ...SECOND });
