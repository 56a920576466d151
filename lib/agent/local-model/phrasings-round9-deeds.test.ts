import {
  add,
  complete,
  conversation,
  nothing,
  one,
  remove,
  update,
  runPhrasingRounds,
  type PhrasingCase,
  TODAY,
  TOMORROW,
  FRIDAY,
  SATURDAY,
  MONDAY,
  TUESDAY,
  SHOW,
} from "@/test/support/phrasing-cases";

// A ninth round, on the families the latest blind held-out set found weakest: several tasks in
// one message (lists on lines, "+", "then", "and also", a day for each item, Roman Urdu "aur"),
// completions told as news (past tense, paraphrase, typos, check marks, "finally", "sorted",
// "knocked out", "took care of", Roman Urdu "ho gaya", "kar liya", "de diya", several deeds in
// one message), places in a list ("the last one", "second to last", "top 2", "3rd from the
// top", places in a list filtered to what is left, done or due today, "dusra wala", "آخری
// والا"), deletions and updates ("scratch", "nvm about", "rename", "push … to next week", "make
// … high priority"). Written before any rule was changed for them, by people not met in
// earlier rounds: a couple moving house, a yoga teacher, a carpenter, a physiotherapist, a
// shopkeeper in Multan typing Roman Urdu and a grandmother writing Urdu script. The
// expectations say what a sensible assistant does; where a message could damage the list, the
// safe reading (change nothing) is expected. Each conversation runs through the local model
// with the contract's task tools on a fixed clock (Wednesday 9 December 2026, 10:00 UTC). The
// scores are in eval/README.md, "Development rounds".

const MOVING = [
  "Book the removal van",
  "Cancel the old broadband",
  "Pack the kitchen",
  "Change address at the bank",
  "Return the landlord's keys",
];
const YOGA = [
  "Renew the studio lease",
  "Email the Sunday class",
  "Buy new mats",
  "Pay the cleaner",
  "Post the schedule on Instagram",
];
const CARPENTER = [
  "Quote for the Malik kitchen",
  "Buy wood glue",
  "Fix the Rana door",
  "Sharpen the chisels",
  "Invoice Mrs Dar",
];
const PHYSIO = [
  "Call the insurance company",
  "Order resistance bands",
  "Write up Farah's notes",
  "Renew my HCPC registration",
];
const DUKAAN = [
  "Dukaan ka kiraya dena",
  "Supplier ko call karna",
  "Cheeni ka order dena",
  "Bijli ka bill bharna",
  "Naye shelf lagwana",
];
const NANI = ["دوائی لینی ہے", "بیٹی کو فون کرنا", "گیس کا بل جمع کرنا", "درزی کے پاس جانا"];
// "next week" in English is a week from today (the date parser's reading), Wednesday the 16th.
const NEXT_WEEK = "2026-12-16";

const ROUND: Record<string, Record<string, PhrasingCase>> = {
  "several tasks in one message": {
    "need to buy printer paper, call the landlord and renew my car tax": one(
      [],
      "need to buy printer paper, call the landlord and renew my car tax",
      { changes: [add("Buy printer paper"), add("Call the landlord"), add("Renew my car tax")] },
    ),
    "add bleach + sponges + bin liners": one([], "add bleach + sponges + bin liners", {
      changes: [add("Bleach"), add("Sponges"), add("Bin liners")],
    }),
    "bulleted lines after add": one([], "add:\n• oat milk\n• bananas\n• peanut butter", {
      tasks: { "1": "Oat milk", "2": "Bananas", "3": "Peanut butter" },
    }),
    "numbered lines with brackets": one(
      [],
      "1) ring the dentist\n2) pay council tax\n3) book flu jab",
      { tasks: { "1": "Ring the dentist", "2": "Pay council tax", "3": "Book flu jab" } },
    ),
    "pick up the dry cleaning, water the plants and also text Bilal": one(
      [],
      "pick up the dry cleaning, water the plants and also text Bilal",
      {
        changes: [add("Pick up the dry cleaning"), add("Water the plants"), add("Text Bilal")],
      },
    ),
    "add mop the hallway then defrost the fridge": one(
      [],
      "add mop the hallway then defrost the fridge",
      { changes: [add("Mop the hallway"), add("Defrost the fridge")] },
    ),
    "dentist tues, gym thursday": one([], "dentist tues, gym thursday", {
      changes: [add("Dentist", { due_date: TUESDAY }), add("Gym", { due_date: TOMORROW })],
    }),
    "haircut friday and car wash saturday": one([], "haircut friday and car wash saturday", {
      changes: [add("Haircut", { due_date: FRIDAY }), add("Car wash", { due_date: SATURDAY })],
    }),
    "eggs, milk, coffee pls": one([], "eggs, milk, coffee pls", {
      changes: [add("Eggs"), add("Milk"), add("Coffee")],
    }),
    "add call the bank and then email the accountant": one(
      [],
      "add call the bank and then email the accountant",
      { changes: [add("Call the bank"), add("Email the accountant")] },
    ),
    "today: laundry; hoover; call nana": one([], "today: laundry; hoover; call nana", {
      changes: [
        add("Laundry", { due_date: TODAY }),
        add("Hoover", { due_date: TODAY }),
        add("Call nana", { due_date: TODAY }),
      ],
    }),
    "add fish and chips for friday dinner": one([], "add fish and chips for dinner on friday", {
      changes: [add("Fish and chips for dinner", { due_date: FRIDAY })],
    }),
    "gotta renew the van insurance and order more screws": one(
      CARPENTER,
      "gotta renew the van insurance and order more screws",
      { changes: [add("Renew the van insurance"), add("Order more screws")] },
    ),
    "dash lines without a heading": one([], "- buy tape\n- label the boxes\n- book the van", {
      tasks: { "1": "Buy tape", "2": "Label the boxes", "3": "Book the van" },
    }),
    "moving: add two, and also sellotape": conversation(
      MOVING,
      ["add bubble wrap and marker pens", { changes: [add("Bubble wrap"), add("Marker pens")] }],
      ["and also sellotape", { changes: [add("Sellotape")] }],
    ),
    "yoga: hi, then two tasks with days": conversation(
      YOGA,
      ["hey there", nothing],
      [
        "print flyers monday and call the landlord friday",
        {
          changes: [
            add("Print flyers", { due_date: MONDAY }),
            add("Call the landlord", { due_date: FRIDAY }),
          ],
        },
      ],
    ),
    "physio: 3 things then show": conversation(
      PHYSIO,
      [
        "i need to: book a room, restock towels, phone Mr Lodhi",
        { changes: [add("Book a room"), add("Restock towels"), add("Phone Mr Lodhi")] },
      ],
      ["show my list", { list: "all", reply_includes: ["Phone Mr Lodhi"] }],
    ),
  },

  "completions told as news": {
    "booked the removal van finally": one(MOVING, "booked the removal van finally", {
      changes: [complete(1)],
    }),
    "broadband cancelled ✔": one(MOVING, "broadband cancelled ✔", { changes: [complete(2)] }),
    "done with packing the kitchen": one(MOVING, "done with packing the kitchen", {
      changes: [complete(3)],
    }),
    "knocked out the bank address change": one(MOVING, "knocked out the bank address change", {
      changes: [complete(4)],
    }),
    "took care of the keys": one(MOVING, "took care of the keys", { changes: [complete(5)] }),
    "sorted the cleaner": one(YOGA, "sorted the cleaner", { changes: [complete(4)] }),
    "paid the cleaner and emailed the sunday class": one(
      YOGA,
      "paid the cleaner and emailed the sunday class",
      { changes: [complete(4), complete(2)] },
    ),
    "finally renewd the studio lease 🎉": one(YOGA, "finally renewd the studio lease 🎉", {
      changes: [complete(1)],
    }),
    "bought the mats": one(YOGA, "bought the mats", { changes: [complete(3)] }),
    "wood glue ✔": one(CARPENTER, "wood glue ✔", { changes: [complete(2)] }),
    "fixed the rana door today, took ages": one(CARPENTER, "fixed the rana door today, took ages", {
      changes: [complete(3)],
    }),
    "invoiced mrs dar": one(CARPENTER, "invoiced mrs dar", { changes: [complete(5)] }),
    "sharpned the chisels": one(CARPENTER, "sharpned the chisels", { changes: [complete(4)] }),
    "the malik quote is done": one(CARPENTER, "the malik quote is done", {
      changes: [complete(1)],
    }),
    "called the insurance co": one(PHYSIO, "called the insurance co", { changes: [complete(1)] }),
    "farah's notes written up": one(PHYSIO, "farah's notes written up", {
      changes: [complete(3)],
    }),
    "ordered the bands and renewed my registration": one(
      PHYSIO,
      "ordered the bands and renewed my registration",
      { changes: [complete(2), complete(4)] },
    ),
    "HCPC renewal done ✅": one(PHYSIO, "HCPC renewal done ✅", { changes: [complete(4)] }),
    "bought a new phone today (no such task)": one(MOVING, "bought a new phone today", nothing),
    "got my nails done (no such task)": one(YOGA, "got my nails done, feel fancy", nothing),
    "carpenter: list, then the 2nd one's sorted": conversation(CARPENTER, SHOW, [
      "the 2nd one's sorted",
      { changes: [complete(2)] },
    ]),
    "yoga: add, then posted it": conversation(
      YOGA,
      ["add post the new timetable", { changes: [add("Post the new timetable")] }],
      ["posted it 👍", { changes: [complete(6)] }],
    ),
    "moving: van booked, then keys too": conversation(
      MOVING,
      ["van booked!", { changes: [complete(1)] }],
      ["keys returned too", { changes: [complete(5)] }],
    ),
  },

  "places in a list": {
    "the last one's done": conversation(MOVING, SHOW, [
      "the last one's done",
      { changes: [complete(5)] },
    ]),
    "second to last, delete it": conversation(YOGA, SHOW, [
      "second to last, delete it",
      { changes: [remove(4)] },
    ]),
    "tick off the top 2": conversation(CARPENTER, SHOW, [
      "tick off the top 2",
      { changes: [complete(1), complete(2)] },
    ]),
    "first and third are done": conversation(PHYSIO, SHOW, [
      "first and third are done",
      { changes: [complete(1), complete(3)] },
    ]),
    "the one at the bottom can go": conversation(MOVING, SHOW, [
      "the one at the bottom can go",
      { changes: [remove(5)] },
    ]),
    "3rd from the top is finished": conversation(YOGA, SHOW, [
      "3rd from the top is finished",
      { changes: [complete(3)] },
    ]),
    "pending list, then the first one is done": conversation(
      ["[x] Book the removal van", ...MOVING.slice(1)],
      ["what's pending", { list: "pending" }],
      ["the first one is done", { changes: [complete(2)] }],
    ),
    "done list, then reopen the second one": conversation(
      ["[x] Renew the studio lease", "Email the Sunday class", "[x] Buy new mats"],
      ["what have i finished", { list: "completed" }],
      ["reopen the second one", { changes: [update(3, { completed: false })] }],
    ),
    "today list, then the last one is done": conversation(
      CARPENTER,
      [
        "add glue the drawers today and varnish the shelf today",
        {
          changes: [
            add("Glue the drawers", { due_date: TODAY }),
            add("Varnish the shelf", { due_date: TODAY }),
          ],
        },
      ],
      ["what's due today", { list_args: { due: "today" } }],
      ["the last one is done", { changes: [complete(7)] }],
    ),
    "delete the last two": conversation(PHYSIO, SHOW, [
      "delete the last two",
      { changes: [remove(3), remove(4)] },
    ]),
    "the penultimate one is done": conversation(CARPENTER, SHOW, [
      "the penultimate one is done",
      { changes: [complete(4)] },
    ]),
    "carpenter: what's left, then knocked out the first two": conversation(
      ["[x] Quote for the Malik kitchen", ...CARPENTER.slice(1)],
      ["what's left", { list: "pending" }],
      ["knocked out the first two", { changes: [complete(2), complete(3)] }],
    ),
    "physio: list, 2nd and 4th can go": conversation(PHYSIO, SHOW, [
      "2nd and 4th can go",
      { changes: [remove(2), remove(4)] },
    ]),
    "no list shown: the last one is done": one(MOVING, "the last one is done", {
      changes: [complete(5)],
    }),
  },

  "deletions and updates": {
    "get rid of the cleaner one": one(YOGA, "get rid of the cleaner one", {
      changes: [remove(4)],
    }),
    "scratch the instagram thing": one(YOGA, "scratch the instagram thing", {
      changes: [remove(5)],
    }),
    "nvm about the mats": one(YOGA, "nvm about the mats", { changes: [remove(3)] }),
    "forget the chisels": one(CARPENTER, "forget the chisels, got new ones", {
      changes: [remove(4)],
    }),
    "rename the glue one": one(CARPENTER, "rename the glue one to buy wood glue and screws", {
      changes: [update(2, { title: "Buy wood glue and screws" })],
    }),
    "change fix the rana door to fix the rana door hinges": one(
      CARPENTER,
      "change fix the rana door to fix the rana door hinges",
      { changes: [update(3, { title: "Fix the Rana door hinges" })] },
    ),
    "push the keys to next week": one(MOVING, "push the keys to next week", {
      changes: [update(5, { due_date: NEXT_WEEK })],
    }),
    "make the insurance call high priority": one(PHYSIO, "make the insurance call high priority", {
      changes: [update(1, { priority: "high" })],
    }),
    "move the bank address change to friday": one(
      MOVING,
      "move the bank address change to friday",
      { changes: [update(4, { due_date: FRIDAY })] },
    ),
    "farah's notes are urgent": one(PHYSIO, "farah's notes are urgent", {
      changes: [update(3, { priority: "high" })],
    }),
    "delete it, with nothing said before": one(YOGA, "delete it", nothing),
    "moving: add, then scratch that": conversation(
      MOVING,
      ["add buy boxes", { changes: [add("Buy boxes")] }],
      ["scratch that, got some from work", { changes: [remove(6)] }],
    ),
    "physio: add, then rename it": conversation(
      PHYSIO,
      ["add call Dr Imran", { changes: [add("Call Dr Imran")] }],
      [
        "rename it to call Dr Imran about the MRI",
        { changes: [update(5, { title: "Call Dr Imran about the MRI" })] },
      ],
    ),
    "carpenter: list, push the 5th to monday": conversation(CARPENTER, SHOW, [
      "push the 5th to monday",
      { changes: [update(5, { due_date: MONDAY })] },
    ]),
  },

  "Roman Urdu": {
    "chawal aur daal add kar do": one([], "chawal aur daal add kar do", {
      changes: [add("Chawal"), add("Daal")],
    }),
    "kiraya de diya": one(DUKAAN, "kiraya de diya", { changes: [complete(1)] }),
    "supplier ko call kar liya": one(DUKAAN, "supplier ko call kar liya", {
      changes: [complete(2)],
    }),
    "cheeni ka order de diya": one(DUKAAN, "cheeni ka order de diya", {
      changes: [complete(3)],
    }),
    "bijli ka bill bhar diya aur shelf lagwa liye": one(
      DUKAAN,
      "bijli ka bill bhar diya aur shelf lagwa liye",
      { changes: [complete(4), complete(5)] },
    ),
    "shelf wala kaam ho gaya": one(DUKAAN, "shelf wala kaam ho gaya", { changes: [complete(5)] }),
    "shelf wala kaam delete kar do": one(DUKAAN, "shelf wala kaam delete kar do", {
      changes: [remove(5)],
    }),
    "supplier wala kaam high priority kar do": one(
      DUKAAN,
      "supplier wala kaam high priority kar do",
      { changes: [update(2, { priority: "high" })] },
    ),
    "cheeni ka order kal pe kar do": one(DUKAAN, "cheeni wala kaam kal pe kar do", {
      changes: [update(3, { due_date: TOMORROW })],
    }),
    "list, dusra wala ho gaya": conversation(
      DUKAAN,
      ["meri list dikhao", { list: "all" }],
      ["dusra wala ho gaya", { changes: [complete(2)] }],
    ),
    "list, aakhri wala delete kar do": conversation(
      DUKAAN,
      ["meri list dikhao", { list: "all" }],
      ["aakhri wala delete kar do", { changes: [remove(5)] }],
    ),
    "list, pehle do done kar do": conversation(
      DUKAAN,
      ["sab kaam dikhao", { list: "all" }],
      ["pehle do done kar do", { changes: [complete(1), complete(2)] }],
    ),
    "kya pending hai, phir teesra wala ho gaya": conversation(
      ["[x] Dukaan ka kiraya dena", ...DUKAAN.slice(1)],
      ["kya kya pending hai", { list: "pending" }],
      ["teesra wala ho gaya", { changes: [complete(4)] }],
    ),
    "dahi, anday aur chai patti add kar do": one([], "dahi, anday aur chai patti add kar do", {
      changes: [add("Dahi"), add("Anday"), add("Chai patti")],
    }),
    "kal dentist aur jumma ko gym": one([], "kal dentist jana hai aur jumma ko gym", {
      changes: [add("Dentist jana", { due_date: TOMORROW }), add("Gym jana", { due_date: FRIDAY })],
    }),
    "add, phir ho gaya": conversation(
      DUKAAN,
      ["rassi khareedna add kar do", { changes: [add("Rassi khareedna")] }],
      ["ho gaya", { changes: [complete(6)] }],
    ),
    "bill wala nahi rehne do, hata do": one(DUKAAN, "bijli ke bill wala kaam hata do", {
      changes: [remove(4)],
    }),
  },

  "Urdu script": {
    "دوائی لے لی": one(NANI, "دوائی لے لی", { changes: [complete(1)] }),
    "بیٹی کو فون کر لیا": one(NANI, "بیٹی کو فون کر لیا", { changes: [complete(2)] }),
    "گیس کا بل جمع ہو گیا": one(NANI, "گیس کا بل جمع ہو گیا", { changes: [complete(3)] }),
    "آٹا اور چینی شامل کر دو": one([], "آٹا اور چینی شامل کر دو", {
      changes: [add("آٹا"), add("چینی")],
    }),
    "درزی والا کام ہٹا دو": one(NANI, "درزی والا کام ہٹا دو", { changes: [remove(4)] }),
    "list, آخری والا ہو گیا": conversation(
      NANI,
      ["میری فہرست دکھاؤ", { list: "all" }],
      ["آخری والا ہو گیا", { changes: [complete(4)] }],
    ),
    "list, دوسرا والا حذف کر دو": conversation(
      NANI,
      ["سارے کام دکھاؤ", { list: "all" }],
      ["دوسرا والا حذف کر دو", { changes: [remove(2)] }],
    ),
    "add, then ہو گیا": conversation(
      NANI,
      ["سبزی لانا شامل کر دو", { changes: [add("سبزی لانا")] }],
      ["ہو گیا", { changes: [complete(5)] }],
    ),
  },
};

// A second batch, written after the first was tuned and scored before any rule was changed for
// it: new wordings of the same families, by a café owner, a hockey mum, a tax adviser and a
// student in Peshawar typing Roman Urdu.
const CAFE = [
  "Order oat milk",
  "Fix the espresso machine",
  "Pay the rent",
  "Call the health inspector",
  "Update the menu board",
];
const HOCKEY = ["Wash the kit", "Book the minibus", "Collect match fees", "Email the coach"];
const TAX = ["File the VAT return", "Chase Mr Butt for receipts", "Renew the ICAP membership"];
const HOSTEL = ["Mess ka bill dena", "Assignment print karwana", "Ammi ko call karna"];

const SECOND: Record<string, Record<string, PhrasingCase>> = {
  "second batch": {
    "numbered lines with dots after 'pls add'": one(
      [],
      "pls add\n1. order cups\n2. descale kettle\n3. ring the landlord",
      { tasks: { "1": "Order cups", "2": "Descale kettle", "3": "Ring the landlord" } },
    ),
    "shin pads, gum shields and also water bottles": one(
      HOCKEY,
      "shin pads, gum shields and also water bottles",
      { changes: [add("Shin pads"), add("Gum shields"), add("Water bottles")] },
    ),
    "to do: vat on monday, payroll on friday": one(
      TAX,
      "to do: payroll on friday, pension forms on monday",
      {
        changes: [add("Payroll", { due_date: FRIDAY }), add("Pension forms", { due_date: MONDAY })],
      },
    ),
    "got the oat milk in ✔️": one(CAFE, "got the oat milk in ✔️", { changes: [complete(1)] }),
    "espresso machine's fixed finally!!": one(CAFE, "espresso machine's fixed finally!!", {
      changes: [complete(2)],
    }),
    "rent sorted and menu board updated": one(CAFE, "rent sorted and menu board updated", {
      changes: [complete(3), complete(5)],
    }),
    "spoke with the health inspector this morning": one(
      CAFE,
      "spoke with the health inspector this morning",
      { changes: [complete(4)] },
    ),
    "washed the kit 🧺": one(HOCKEY, "washed the kit 🧺", { changes: [complete(1)] }),
    "took care of the minibus booking": one(HOCKEY, "took care of the minibus booking", {
      changes: [complete(2)],
    }),
    "all fees collected": one(HOCKEY, "match fees all collected", { changes: [complete(3)] }),
    "vat return filed ✅ and chased mr butt": one(TAX, "vat return filed ✅ and chased mr butt", {
      changes: [complete(1), complete(2)],
    }),
    "list, the second-last one is done": conversation(CAFE, SHOW, [
      "the second-last one is done",
      { changes: [complete(4)] },
    ]),
    "list, bottom two are done": conversation(HOCKEY, SHOW, [
      "bottom two are done",
      { changes: [complete(3), complete(4)] },
    ]),
    "list, 2nd from the end can go": conversation(TAX, SHOW, [
      "2nd from the end can go",
      { changes: [remove(2)] },
    ]),
    "pending, then tick the top one": conversation(
      ["[x] Order oat milk", ...CAFE.slice(1)],
      ["what's still open", { list: "pending" }],
      ["tick the top one", { changes: [complete(2)] }],
    ),
    "bin the minibus one": one(HOCKEY, "bin the minibus one", { changes: [remove(2)] }),
    "nevermind the coach email": one(HOCKEY, "nevermind the coach email", {
      changes: [remove(4)],
    }),
    "rename 'pay the rent' to 'pay the december rent'": one(
      CAFE,
      "rename pay the rent to pay the december rent",
      { changes: [update(3, { title: "Pay the december rent" })] },
    ),
    "push the inspector call to next week": one(CAFE, "push the inspector call to next week", {
      changes: [update(4, { due_date: NEXT_WEEK })],
    }),
    "the ICAP one is high priority": one(TAX, "make the ICAP one top priority", {
      changes: [update(3, { priority: "high" })],
    }),
    "mess ka bill de diya ✅": one(HOSTEL, "mess ka bill de diya ✅", { changes: [complete(1)] }),
    "ammi ko call kar li thi": one(HOSTEL, "ammi ko call kar li", { changes: [complete(3)] }),
    "list, teesra wala hata do": conversation(
      HOSTEL,
      ["sab dikhao", { list: "all" }],
      ["teesra wala hata do", { changes: [remove(3)] }],
    ),
    "notes aur stapler add kar do": one([], "notes photocopy karwana aur stapler lena add kar do", {
      changes: [add("Notes photocopy karwana"), add("Stapler lena")],
    }),
    "assignment wala kaam urgent kar do": one(HOSTEL, "assignment wala kaam urgent kar do", {
      changes: [update(2, { priority: "high" })],
    }),
    "list, آخری دو ہو گئے": conversation(
      NANI,
      ["میری فہرست دکھاؤ", { list: "all" }],
      ["آخری دو ہو گئے", { changes: [complete(3), complete(4)] }],
    ),
  },
};

// A third batch, written after the second was tuned and not tuned to: a dentist's receptionist,
// a gardener, a newly-wed couple and a shop owner in Faisalabad typing Roman Urdu.
const CLINIC = ["Confirm Mrs Lee's appointment", "Order gloves", "Post the rota", "Call the lab"];
const GARDEN = ["Mow the Hussain lawn", "Buy compost", "Prune the roses", "Invoice the school"];
const KARKHANA = ["Kapray ka order bhejna", "Mazdooron ki tankhwah dena", "Gaari ki service"];

const THIRD: Record<string, Record<string, PhrasingCase>> = {
  "third batch": {
    "add thank-you cards then book the honeymoon": one(
      [],
      "add send thank-you cards then book the honeymoon",
      { changes: [add("Send thank-you cards"), add("Book the honeymoon")] },
    ),
    "lines with asterisks": one([], "* seed trays\n* twine\n* hose connector", {
      tasks: { "1": "Seed trays", "2": "Twine", "3": "Hose connector" },
    }),
    "rota posted and lab called 👍": one(CLINIC, "rota posted and lab called 👍", {
      changes: [complete(3), complete(4)],
    }),
    "finally got round to pruning the roses": one(
      GARDEN,
      "finally got round to pruning the roses",
      { changes: [complete(3)] },
    ),
    "done with the hussain lawn": one(GARDEN, "done with the hussain lawn", {
      changes: [complete(1)],
    }),
    "compost bought ✔": one(GARDEN, "compost bought ✔", { changes: [complete(2)] }),
    "list, the second from last can go": conversation(CLINIC, SHOW, [
      "the second from last can go",
      { changes: [remove(3)] },
    ]),
    "list, top three done": conversation(GARDEN, SHOW, [
      "top three done",
      { changes: [complete(1), complete(2), complete(3)] },
    ]),
    "scrap the gloves": one(CLINIC, "scrap the gloves, we have loads", { changes: [remove(2)] }),
    "change order gloves to order gloves size M": one(
      CLINIC,
      "change order gloves to order gloves size M",
      { changes: [update(2, { title: "Order gloves size M" })] },
    ),
    "make the lab call urgent": one(CLINIC, "make the lab call urgent", {
      changes: [update(4, { priority: "high" })],
    }),
    "tankhwah de di": one(KARKHANA, "mazdooron ki tankhwah de di", { changes: [complete(2)] }),
    "gaari ki service ho gayi ✅": one(KARKHANA, "gaari ki service ho gayi ✅", {
      changes: [complete(3)],
    }),
    "list, pehla wala hata do": conversation(
      KARKHANA,
      ["meri list dikhao", { list: "all" }],
      ["pehla wala hata do", { changes: [remove(1)] }],
    ),
    "dhaaga aur button add kr do": one([], "dhaaga aur button add kr do", {
      changes: [add("Dhaaga"), add("Button")],
    }),
    "آخری کام مکمل کر دو after a list": conversation(
      NANI,
      ["سارے کام دکھاؤ", { list: "all" }],
      ["آخری کام مکمل کر دو", { changes: [complete(4)] }],
    ),
  },
};

// Seen while tuning and read since (written with the rule, so no score of their own): a day
// said once after the last of several things is the day of each.
const AFTER: Record<string, PhrasingCase> = {
  "add milk and eggs tomorrow": one([], "add milk and eggs tomorrow", {
    changes: [add("Milk", { due_date: TOMORROW }), add("Eggs", { due_date: TOMORROW })],
  }),
  "call the bank and pay the plumber on friday": one(
    [],
    "call the bank and pay the plumber on friday",
    {
      changes: [
        add("Call the bank", { due_date: FRIDAY }),
        add("Pay the plumber", { due_date: FRIDAY }),
      ],
    },
  ),
  "dentist tues, gym, laundry saturday keeps each its own": one(
    [],
    "dentist tues, gym thursday, laundry saturday",
    {
      changes: [
        add("Dentist", { due_date: TUESDAY }),
        add("Gym", { due_date: TOMORROW }),
        add("Laundry", { due_date: SATURDAY }),
      ],
    },
  ),
};

// Seen while tuning and read since: a move told as news changes the task's day or time.
const MOVED: Record<string, PhrasingCase> = {
  "the dentist moved to friday": one(["Dentist", "Buy milk"], "the dentist moved to friday", {
    changes: [update(1, { due_date: FRIDAY })],
  }),
  "standup's been pushed back to 10am": one(
    ["Buy milk", "Standup with the team"],
    "standup's been pushed back to 10am",
    { changes: [update(2, { due_time: "10:00" })] },
  ),
};

// Seen while tuning and read since: an English noun and number closed by a Roman Urdu verb.
const CODE_SWITCHED: Record<string, PhrasingCase> = {
  "task 2 high priority kar do": one(DUKAAN, "task 2 high priority kar do", {
    changes: [update(2, { priority: "high" })],
  }),
  "task 4 delete kar do": one(DUKAAN, "task 4 delete kar do", { changes: [remove(4)] }),
};

runPhrasingRounds("round9 deeds", ROUND);
runPhrasingRounds("round9 deeds, second batch", SECOND);
runPhrasingRounds("round9 deeds, third batch", THIRD);
runPhrasingRounds("round9 deeds, read after", {
  "a day for every thing": AFTER,
  "a move told as news": MOVED,
  "a Roman Urdu verb after an English task number": CODE_SWITCHED,
});
