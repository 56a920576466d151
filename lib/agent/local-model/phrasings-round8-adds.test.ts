import {
  add,
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

// An eighth round, on the families the latest blind held-out set found weakest: bare things and
// shorthand typed as a note ("eggs", "oil change!!"), several tasks in one message (lines, a
// day said before the wish, fillers, "and" inside a title or between tasks), renames, moves and
// priority changes, lists by state, day and tag, questions that change nothing, and deletions.
// Written before any rule was changed for them, by people not met in earlier rounds: a
// mechanic, a new father, a flatmate sharing chores, a wedding planner, a bookkeeper, a
// student in Lahore typing Roman Urdu and an aunt writing Urdu script. The expectations are
// what the person would want: titles in their words without the request around them, the
// first letter capitalised, no day words in titles. Each conversation runs through the local
// model with the contract's task tools on a fixed clock (Wednesday 9 December 2026, 10:00 UTC)
// and checks the changes and the list after each message. Before and after: eval/README.md,
// "Development rounds".

const MECHANIC = [
  "Order brake pads",
  "Call Mr Qureshi about the Corolla",
  "Pay the parts supplier",
  "Clean the workshop",
  "Renew garage insurance",
];
const FATHER = ["Buy diapers", "Book the pediatrician", "Assemble the crib", "Thank-you cards"];
const FLAT = ["Take out the recycling", "Pay the wifi bill", "Buy dish soap", "Clean the bathroom"];
const PLANNER = [
  "Call the florist",
  "Confirm the DJ",
  "Send seating chart to the venue",
  "Pick up the cake samples",
  "Email the photographer",
];
const STUDENT = [
  "Physics assignment submit karna",
  "Library ki kitaab wapas karna",
  "Ammi ke liye dawai lana",
  "Bike ki service karwana",
];
const KHALA = ["سبزی لانا", "بجلی کا بل جمع کرنا", "درزی سے کپڑے لینا", "نماز کی چٹائی دھونا"];

const ROUND: Record<string, Record<string, PhrasingCase>> = {
  "bare things and shorthand": {
    eggs: one([], "eggs", { changes: [add("Eggs")] }),
    "dentist appt thurs": one([], "dentist appt thurs", {
      changes: [add("Dentist appt", { due_date: TOMORROW })],
    }),
    "oil change!!": one([], "oil change!!", { changes: [add("Oil change")] }),
    "bin bags": one(FLAT, "bin bags", { changes: [add("Bin bags")] }),
    "haircut sat": one([], "haircut sat", { changes: [add("Haircut", { due_date: SATURDAY })] }),
    "car insurance renewal fri": one(MECHANIC, "car insurance renewal fri", {
      changes: [add("Car insurance renewal", { due_date: FRIDAY })],
    }),
    "birthday card for nani 🎂": one([], "birthday card for nani 🎂", {
      changes: [add("Birthday card for nani")],
    }),
    "passport photos.": one([], "passport photos.", { changes: [add("Passport photos")] }),
    "printer ink pls": one([], "printer ink pls", { changes: [add("Printer ink")] }),
    "dry cleaning pickup tmrw": one([], "dry cleaning pickup tmrw", {
      changes: [add("Dry cleaning pickup", { due_date: TOMORROW })],
    }),
    "gas bill due friday": one([], "gas bill due friday", {
      changes: [add("Gas bill", { due_date: FRIDAY })],
    }),
    "father: list, then formula milk": conversation(FATHER, SHOW, [
      "formula milk",
      { changes: [add("Formula milk")] },
    ]),
    "planner: add ribbon, then balloons too": conversation(
      PLANNER,
      ["add ribbon for the chairs", { changes: [add("Ribbon for the chairs")] }],
      ["balloons too", { changes: [add("Balloons")] }],
    ),
    "mechanic: tyre pressure gauge!": one(MECHANIC, "tyre pressure gauge!", {
      changes: [add("Tyre pressure gauge")],
    }),
  },

  "several tasks in one message": {
    "tomorrow i need to get gas and drop off the parcel and also call HR": one(
      [],
      "ok so tomorrow i need to get gas and drop off the parcel and also call HR",
      {
        changes: [
          add("Get gas", { due_date: TOMORROW }),
          add("Drop off the parcel", { due_date: TOMORROW }),
          add("Call HR", { due_date: TOMORROW }),
        ],
      },
    ),
    "on friday i have to return the library books and pick up my suit": one(
      [],
      "on friday i have to return the library books and pick up my suit",
      {
        changes: [
          add("Return the library books", { due_date: FRIDAY }),
          add("Pick up my suit", { due_date: FRIDAY }),
        ],
      },
    ),
    "uh add buy stamps uh and post the letters": one(
      [],
      "uh add buy stamps uh and post the letters",
      { changes: [add("Buy stamps"), add("Post the letters")] },
    ),
    "groceries lines with dashes": one([], "groceries:\n- rice\n- lentils\n- yogurt", {
      tasks: { "1": "Rice", "2": "Lentils", "3": "Yogurt" },
    }),
    "add these: lines": one([], "add these:\nbook flights\nrenew visa\nexchange currency", {
      tasks: { "1": "Book flights", "2": "Renew visa", "3": "Exchange currency" },
    }),
    "add pick up the kids and drop off the laundry": one(
      [],
      "add pick up the kids and drop off the laundry",
      { changes: [add("Pick up the kids"), add("Drop off the laundry")] },
    ),
    "add meeting with Sara and Tom": one([], "add meeting with Sara and Tom", {
      changes: [add("Meeting with Sara and Tom")],
    }),
    "add research pros and cons of solar panels": one(
      [],
      "add research pros and cons of solar panels",
      { changes: [add("Research pros and cons of solar panels")] },
    ),
    "need to: wash the car, buy dog food, and call grandma": one(
      [],
      "need to: wash the car, buy dog food, and call grandma",
      { changes: [add("Wash the car"), add("Buy dog food"), add("Call grandma")] },
    ),
    "tomorrow: gym, laundry, call dad": one([], "tomorrow: gym, laundry, call dad", {
      changes: [
        add("Gym", { due_date: TOMORROW }),
        add("Laundry", { due_date: TOMORROW }),
        add("Call dad", { due_date: TOMORROW }),
      ],
    }),
    "put eggs, flour & sugar on the list": one([], "put eggs, flour & sugar on the list", {
      tasks: { "1": "Eggs", "2": "Flour", "3": "Sugar" },
    }),
    "numbered invoices on one line": one(
      [],
      "add 1. invoice acme 2. invoice globex 3. chase late payments",
      {
        tasks: { "1": "Invoice acme", "2": "Invoice globex", "3": "Chase late payments" },
      },
    ),
    "bookkeeper: a few things for today, lines": one(
      [],
      "few things for today\nreconcile the bank account\nfile the VAT return",
      {
        changes: [
          add("Reconcile the bank account", { due_date: TODAY }),
          add("File the VAT return", { due_date: TODAY }),
        ],
      },
    ),
    "flatmate: add pay rent and renew gym membership, then show": conversation(
      FLAT,
      [
        "add pay rent and renew gym membership",
        { changes: [add("Pay rent"), add("Renew gym membership")] },
      ],
      ["show my list", { list: "all", reply_includes: ["Renew gym membership"] }],
    ),
    "planner: then i need to order chairs and book the caterer next monday": conversation(
      PLANNER,
      ["morning!", nothing],
      [
        "next monday i need to order the chairs and book the caterer",
        {
          changes: [
            add("Order the chairs", { due_date: MONDAY }),
            add("Book the caterer", { due_date: MONDAY }),
          ],
        },
      ],
    ),
    "father: i gotta sterilise the bottles and wash the onesies": one(
      FATHER,
      "i gotta sterilise the bottles and wash the onesies",
      { changes: [add("Sterilise the bottles"), add("Wash the onesies")] },
    ),
  },

  "renames, moves and priorities": {
    "rename task 2 to Pay the wifi and electricity bills": one(
      FLAT,
      "rename task 2 to Pay the wifi and electricity bills",
      { changes: [update(2, { title: "Pay the wifi and electricity bills" })] },
    ),
    "the crib one should say assemble the cot": one(
      FATHER,
      "the crib one should say assemble the cot",
      { changes: [update(3, { title: "Assemble the cot" })] },
    ),
    "change 'call the florist' to 'call the florist about peonies'": one(
      PLANNER,
      "change 'call the florist' to 'call the florist about peonies'",
      { changes: [update(1, { title: "Call the florist about peonies" })] },
    ),
    "renaem 4 to deep clean the workshop": one(MECHANIC, "renaem 4 to deep clean the workshop", {
      changes: [update(4, { title: "Deep clean the workshop" })],
    }),
    "move the pediatrician to friday": one(FATHER, "move the pediatrician to friday", {
      changes: [update(2, { due_date: FRIDAY })],
    }),
    "push the cake samples to next tuesday": one(PLANNER, "push the cake samples to next tuesday", {
      changes: [update(4, { due_date: TUESDAY })],
    }),
    "make the supplier one high priority": one(MECHANIC, "make the supplier one high priority", {
      changes: [update(3, { priority: "high" })],
    }),
    "set the bathroom one to low priority": one(FLAT, "set the bathroom one to low priority", {
      changes: [update(4, { priority: "low" })],
    }),
    "the DJ thing is due on saturday": one(PLANNER, "the DJ thing is due on saturday", {
      changes: [update(2, { due_date: SATURDAY })],
    }),
    "tag the insurance one as admin": one(MECHANIC, "tag the insurance one as admin", {
      changes: [update(5, { tags: ["admin"] })],
    }),
    "change task 1's title to Buy diapers size 2": one(
      FATHER,
      "change task 1's title to Buy diapers size 2",
      { changes: [update(1, { title: "Buy diapers size 2" })] },
    ),
    "mechanic: list, change the 2nd one to Call Mr Qureshi about the Civic": conversation(
      MECHANIC,
      SHOW,
      [
        "change the 2nd one to call Mr Qureshi about the Civic",
        { changes: [update(2, { title: "Call Mr Qureshi about the Civic" })] },
      ],
    ),
    "flatmate: add, actually rename it": conversation(
      FLAT,
      ["add buy sponges", { changes: [add("Buy sponges")] }],
      [
        "actually rename it to buy sponges and scrubbers",
        { changes: [update(5, { title: "Buy sponges and scrubbers" })] },
      ],
    ),
    "planner: add, then move it, then urgent": conversation(
      PLANNER,
      ["add print the place cards", { changes: [add("Print the place cards")] }],
      ["move it to tomorrow", { changes: [update(6, { due_date: TOMORROW })] }],
      ["and bump it to high priority", { changes: [update(6, { priority: "high" })] }],
    ),
    "father: typo fix with the right word": one(
      ["Thank-you crads"],
      "typo in task 1, it should be thank-you cards",
      { changes: [update(1, { title: "Thank-you cards" })] },
    ),
  },

  "lists and questions that change nothing": {
    "show me everything": one(FLAT, "show me everything", { list: "all" }),
    "whats still pending": one(["[x] Buy diapers", ...FATHER.slice(1)], "whats still pending", {
      list: "pending",
    }),
    "what have i ticked off so far": one(
      ["[x] Call the florist", ...PLANNER.slice(1)],
      "what have i ticked off so far",
      { list: "completed" },
    ),
    "anything due today?": one(MECHANIC, "anything due today?", { list_args: { due: "today" } }),
    "what's overdue": one(MECHANIC, "what's overdue", { list_args: { due: "overdue" } }),
    "show my #work stuff": one(MECHANIC, "show my #work stuff", { list_args: { tag: "work" } }),
    "list completed pls": one(["[x] Buy dish soap", ...FLAT], "list completed pls", {
      list: "completed",
    }),
    "what's left for me to do": one(FLAT, "what's left for me to do", { list: "pending" }),
    "is the wifi bill still on my list?": one(FLAT, "is the wifi bill still on my list?", {
      changes: [],
      reply_includes: ["Pay the wifi bill"],
    }),
    "did i confirm the DJ already?": one(PLANNER, "did i confirm the DJ already?", nothing),
    "father: show, then what's done, then how many left": conversation(
      ["[x] Buy diapers", ...FATHER.slice(1)],
      SHOW,
      ["what's done", { list: "completed" }],
      ["how many left", { changes: [], reply_includes: ["3"] }],
    ),
  },

  deletions: {
    "delete the cake samples one": one(PLANNER, "delete the cake samples one", {
      changes: [remove(4)],
    }),
    "get rid of #3": one(MECHANIC, "get rid of #3", { changes: [remove(3)] }),
    "take dish soap off my list": one(FLAT, "take dish soap off my list", {
      changes: [remove(3)],
    }),
    "don't need the crib one anymore, bin it": one(
      FATHER,
      "don't need the crib one anymore, bin it",
      { changes: [remove(3)] },
    ),
    "planner: list, erase the last one": conversation(PLANNER, SHOW, [
      "erase the last one",
      { changes: [remove(5)] },
    ]),
    "flatmate: add, scrap that": conversation(
      FLAT,
      ["add buy a plunger", { changes: [add("Buy a plunger")] }],
      ["scrap that", { changes: [remove(5)] }],
    ),
    "delete both bills": one(
      ["Pay the gas bill", "Call mom", "Pay the water bill"],
      "delete both bills",
      { changes: [remove(1), remove(3)] },
    ),
    "remove the florist and the DJ": one(PLANNER, "remove the florist and the DJ", {
      changes: [remove(1), remove(2)],
    }),
  },

  "Roman Urdu": {
    "anday aur double roti add kar do": one([], "anday aur double roti add kar do", {
      tasks: { "1": "Anday", "2": "Double roti" },
    }),
    "kal bijli ka bill jama karwana hai": one([], "kal bijli ka bill jama karwana hai", {
      changes: [add("Bijli ka bill jama karwana", { due_date: TOMORROW })],
    }),
    "ghar mein paani hai (a statement)": one(STUDENT, "ghar mein paani hai", nothing),
    "fridge mein khana hai (a statement)": one(STUDENT, "fridge mein khana hai", nothing),
    "teesre kaam ka naam badal ke 'Ammi ki dawai lana' kar do": one(
      STUDENT,
      "teesre kaam ka naam badal ke 'Ammi ki dawai lana' kar do",
      { changes: [update(3, { title: "Ammi ki dawai lana" })] },
    ),
    "bike wala kaam jumme ko kar do": one(STUDENT, "bike wala kaam jumme ko kar do", {
      changes: [update(4, { due_date: FRIDAY })],
    }),
    "mere pending kaam dikhao": one(
      ["[x] Physics assignment submit karna", ...STUDENT.slice(1)],
      "mere pending kaam dikhao",
      { list: "pending" },
    ),
    "jo kaam ho gaye wo dikhao": one(
      ["[x] Physics assignment submit karna", ...STUDENT.slice(1)],
      "jo kaam ho gaye wo dikhao",
      { list: "completed" },
    ),
    "library wala kaam delete kar do": one(STUDENT, "library wala kaam delete kar do", {
      changes: [remove(2)],
    }),
    "student: list, doosra hata do": conversation(
      STUDENT,
      ["sab kaam dikhao", { list: "all" }],
      ["doosra hata do", { changes: [remove(2)] }],
    ),
    "kal subah dhobi se kapray lene hain aur gas cylinder bharwana hai": one(
      [],
      "kal subah dhobi se kapray lene hain aur gas cylinder bharwana hai",
      {
        changes: [
          add("Dhobi se kapray lene", { due_date: TOMORROW }),
          add("Gas cylinder bharwana", { due_date: TOMORROW }),
        ],
      },
    ),
    "student: add, phir iska naam badlo": conversation(
      STUDENT,
      ["notes photocopy karwane hain", { changes: [add("Notes photocopy karwane")] }],
      [
        "iska naam 'Chemistry notes photocopy karwane' kar do",
        { changes: [update(5, { title: "Chemistry notes photocopy karwane" })] },
      ],
    ),
  },

  "Urdu script": {
    "انڈے اور ڈبل روٹی شامل کرو": one([], "انڈے اور ڈبل روٹی شامل کرو", {
      tasks: { "1": "انڈے", "2": "ڈبل روٹی" },
    }),
    "کل گیس کا بل جمع کرنا ہے": one([], "کل گیس کا بل جمع کرنا ہے", {
      changes: [add("گیس کا بل جمع کرنا", { due_date: TOMORROW })],
    }),
    "گھر میں پانی ہے (a statement)": one(KHALA, "گھر میں پانی ہے", nothing),
    "میرے باقی کام دکھاؤ": one(KHALA, "میرے باقی کام دکھاؤ", { list: "pending" }),
    "تیسرا کام حذف کر دو": one(KHALA, "تیسرا کام حذف کر دو", { changes: [remove(3)] }),
    "پہلے کام کا نام بدل کر 'سبزی اور پھل لانا' کر دو": one(
      KHALA,
      "پہلے کام کا نام بدل کر 'سبزی اور پھل لانا' کر دو",
      { changes: [update(1, { title: "سبزی اور پھل لانا" })] },
    ),
    "درزی والا کام جمعہ کو کر دو": one(KHALA, "درزی والا کام جمعہ کو کر دو", {
      changes: [update(3, { due_date: FRIDAY })],
    }),
    "khala: add, then list": conversation(
      KHALA,
      ["دوائی لانی ہے", { changes: [add("دوائی لانی")] }],
      ["سارے کام دکھاؤ", { list: "all", reply_includes: ["دوائی لانی"] }],
    ),
  },
};

// A second batch, written after the first was tuned and scored once before any rule was
// changed for it: new wordings of the same families (12/15 before tuning, 15/15 after).
const SECOND: Record<string, Record<string, PhrasingCase>> = {
  "second batch: adds": {
    "tmrw morning i have to drop the car at the garage and collect the dry cleaning": one(
      [],
      "tmrw morning i have to drop the car at the garage and collect the dry cleaning",
      {
        changes: [
          add("Drop the car at the garage", { due_date: TOMORROW }),
          add("Collect the dry cleaning", { due_date: TOMORROW }),
        ],
      },
    ),
    "light bulbs": one([], "light bulbs", { changes: [add("Light bulbs")] }),
    "vet appt for rex sat": one([], "vet appt for rex sat", {
      changes: [add("Vet appt for rex", { due_date: SATURDAY })],
    }),
    "add defrost the freezer and descale the kettle": one(
      [],
      "add defrost the freezer and descale the kettle",
      { changes: [add("Defrost the freezer"), add("Descale the kettle")] },
    ),
    "need to: lines with dashes": one([], "need to:\n- renew car tax\n- book MOT", {
      tasks: { "1": "Renew car tax", "2": "Book MOT" },
    }),
  },
  "second batch: changes and lists": {
    "change the title of task 3 to Assemble the cot": one(
      FATHER,
      "change the title of task 3 to Assemble the cot",
      { changes: [update(3, { title: "Assemble the cot" })] },
    ),
    "the plumber one should read call the plumber about the boiler": one(
      ["Call the plumber", "Buy milk"],
      "the plumber one should read call the plumber about the boiler",
      { changes: [update(1, { title: "Call the plumber about the boiler" })] },
    ),
    "bump the florist up to urgent": one(PLANNER, "bump the florist up to urgent", {
      changes: [update(1, { priority: "high" })],
    }),
    "show me the finished ones": one(
      ["[x] Call the florist", ...PLANNER.slice(1)],
      "show me the finished ones",
      { list: "completed" },
    ),
    "remove the wifi one pls": one(FLAT, "remove the wifi one pls", { changes: [remove(2)] }),
    "planner: list, chuck the last two": conversation(PLANNER, SHOW, [
      "chuck the last two",
      { changes: [remove(4), remove(5)] },
    ]),
  },
  "second batch: Urdu and Roman Urdu": {
    "doodh aur cheeni add kardo": one([], "doodh aur cheeni add kardo", {
      tasks: { "1": "Doodh", "2": "Cheeni" },
    }),
    "mere paas purana phone hai (a statement)": one(STUDENT, "mere paas purana phone hai", nothing),
    "پرسوں بینک جانا ہے اور کرایہ دینا ہے": one([], "پرسوں بینک جانا ہے اور کرایہ دینا ہے", {
      changes: [add("بینک جانا", { due_date: FRIDAY }), add("کرایہ دینا", { due_date: FRIDAY })],
    }),
    "kal mujhe gym jana hai aur protein lena hai": one(
      [],
      "kal mujhe gym jana hai aur protein lena hai",
      {
        changes: [
          add("Gym jana", { due_date: TOMORROW }),
          add("Protein lena", { due_date: TOMORROW }),
        ],
      },
    ),
  },
};

runPhrasingRounds("round8-adds", { ...ROUND, ...SECOND });
