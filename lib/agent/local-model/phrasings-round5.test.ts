import {
  add,
  complete,
  conversation,
  nothing,
  remove,
  update,
  runPhrasingRounds,
  type PhrasingCase,
  SHOW,
} from "@/test/support/phrasing-cases";

// A fifth round of fresh phrasings, written before any rule was changed for them, by people
// not met in earlier rounds: a plumber, a DJ, a beekeeper, a hospital porter, and university
// students in Pakistan typing Roman Urdu mixed with English. Families: pronouns and places
// after a list and after a change ("ye wala", "pehle do", "aakhri"), deleting several tasks
// or tasks by what they are about, notes given with an add, notes and titles changed later,
// completions with extra news, and several requests wrapped in small talk. Each conversation
// runs through the local model with the contract's task tools on a fixed clock (Wednesday
// 9 December 2026, 10:00 UTC) and checks the changes and the whole list after each message.
// Scored 43/63 before tuning; the seven still misread are named in eval/README.md.

const PLUMBER = ["Fix the kitchen tap", "Buy pipe fittings", "Invoice Mrs Ahmed"];
const STUDENT = ["Assignment submit karna", "Fee jama karna", "Library book wapas karna"];
const ERRANDS = ["Buy eggs", "Buy bread", "Call the vet", "Wash the car"];
const CLINIC = ["Dentist appointment", "Buy milk"];

const ROUND: Record<string, Record<string, PhrasingCase>> = {
  "pronouns after a change": {
    "he came round and fixed it, tick it off": conversation(
      [],
      [
        "add call the plumber about the boiler",
        { changes: [add("Call the plumber about the boiler")] },
      ],
      ["he came round and fixed it, tick it off", { changes: [complete(1)] }],
    ),
    "done that this morning, cross it off pls": conversation(
      [],
      ["add inspect the hives", { changes: [add("Inspect the hives")] }],
      ["done that this morning, cross it off pls", { tasks: { "1": "[x] Inspect the hives" } }],
    ),
    "ye wala ho gaya": conversation(
      [],
      ["add lab report likhna", { changes: [add("Lab report likhna")] }],
      ["ye wala ho gaya", { tasks: { "1": "[x] Lab report likhna" } }],
    ),
    "rename it to renew the apiary license": conversation(
      [],
      ["add renew the beekeeping license", { changes: [add("Renew the beekeeping license")] }],
      [
        "rename it to renew the apiary license",
        { changes: [update(1, { title: "Renew the apiary license" })] },
      ],
    ),
    "that one's finished ✅": conversation(
      [],
      ["add practice the set for saturday", { changes: [{ name: "add_task" }] }],
      ["that one's finished ✅", { changes: [complete(1)] }],
    ),
    "both done now": conversation(
      [],
      [
        "add sweep the car park and restock gloves",
        { changes: [{ name: "add_task" }, { name: "add_task" }] },
      ],
      ["both done now", { changes: [complete(1), complete(2)] }],
    ),
  },
  "places after a list": {
    "the 2nd one's done, went to the merchant": conversation(PLUMBER, SHOW, [
      "the 2nd one's done, went to the merchant",
      { changes: [complete(2)] },
    ]),
    "first two are sorted": conversation(PLUMBER, SHOW, [
      "first two are sorted",
      { changes: [complete(1), complete(2)] },
    ]),
    "delete the last one": conversation(PLUMBER, SHOW, [
      "delete the last one",
      { tasks: { "1": PLUMBER[0]!, "2": PLUMBER[1]! } },
    ]),
    "pehle do ho gaye": conversation(
      STUDENT,
      ["kaam dikhao", { list: "all" }],
      ["pehle do ho gaye", { changes: [complete(1), complete(2)] }],
    ),
    "aakhri wala delete kar do": conversation(
      STUDENT,
      ["mere kaam dikhao", { list: "all" }],
      ["aakhri wala delete kar do", { changes: [remove(3)] }],
    ),
    "doosra wala ho gaya": conversation(
      STUDENT,
      ["list dikhao", { list: "all" }],
      ["doosra wala ho gaya", { changes: [complete(2)] }],
    ),
    "the first one is done now (pending list)": conversation(
      ["[x] Fix the kitchen tap", "Buy pipe fittings", "Invoice Mrs Ahmed"],
      ["what's left", { list: "pending" }],
      ["the first one is done now", { changes: [complete(2)] }],
    ),
    "first and last are done": conversation(PLUMBER, SHOW, [
      "first and last are done",
      { changes: [complete(1), complete(3)] },
    ]),
    "mark number 3 done, the client paid": conversation(PLUMBER, SHOW, [
      "mark number 3 done, the client paid",
      { changes: [complete(3)] },
    ]),
    "remove the last two": conversation(ERRANDS, SHOW, [
      "remove the last two",
      { tasks: { "1": "Buy eggs", "2": "Buy bread" } },
    ]),
  },
  "deleting several and by what they are about": {
    "delete the two grocery ones": conversation(ERRANDS, [
      "delete the two grocery ones",
      { tasks: { "3": "Call the vet", "4": "Wash the car" } },
    ]),
    "remove whatever is about the car": conversation(ERRANDS, [
      "remove whatever is about the car",
      { changes: [remove(4)] },
    ]),
    "get rid of the vet one and the car one": conversation(ERRANDS, [
      "get rid of the vet one and the car one",
      { tasks: { "1": "Buy eggs", "2": "Buy bread" } },
    ]),
    "delete 1 and 3": conversation(ERRANDS, [
      "delete 1 and 3",
      { tasks: { "2": "Buy bread", "4": "Wash the car" } },
    ]),
    "eggs aur bread wale delete kar do": conversation(ERRANDS, [
      "eggs aur bread wale delete kar do",
      { tasks: { "3": "Call the vet", "4": "Wash the car" } },
    ]),
    "delete both bee ones": conversation(
      ["Inspect the bee hives", "Buy sugar for the bees", "Call the council"],
      ["delete both bee ones", { tasks: { "3": "Call the council" } }],
    ),
    "bin the egg one and the bread one please": conversation(ERRANDS, [
      "bin the egg one and the bread one please",
      { changes: [remove(1), remove(2)] },
    ]),
    "remove anything to do with the gig": conversation(
      ["Load the van for the gig", "Email the gig promoter", "Renew car tax"],
      ["remove anything to do with the gig", { tasks: { "3": "Renew car tax" } }],
    ),
  },
  "notes given with an add": {
    "add service the boiler, details: combi in the loft": conversation(
      [],
      [
        "add service the boiler, details: combi in the loft, code 4471",
        { changes: [add("Service the boiler", { description: "combi in the loft, code 4471" })] },
      ],
    ),
    "add book the DJ - note that they need a 3 pin plug": conversation(
      [],
      [
        "add book the DJ - note that they need a 3 pin plug",
        { changes: [add("Book the DJ", { description: "they need a 3 pin plug" })] },
      ],
    ),
    "add call Mrs Khan about the leak. note: she's only in after 6": conversation(
      [],
      [
        "add call Mrs Khan about the leak. note: she's only in after 6",
        {
          changes: [add("Call Mrs Khan about the leak", { description: "she's only in after 6" })],
        },
      ],
    ),
    "add submit thesis draft, description: chapters 1 to 3 only": conversation(
      [],
      [
        "add submit thesis draft, description: chapters 1 to 3 only",
        { changes: [add("Submit thesis draft", { description: "chapters 1 to 3 only" })] },
      ],
    ),
    "add move patient to ward 7 — notes: needs oxygen": conversation(
      [],
      [
        "add move patient to ward 7 — notes: needs oxygen",
        { changes: [add("Move patient to ward 7", { description: "needs oxygen" })] },
      ],
    ),
    "add fee voucher print karna, note: 2 copies chahiye": conversation(
      [],
      [
        "add fee voucher print karna, note: 2 copies chahiye",
        { changes: [add("Fee voucher print karna", { description: "2 copies chahiye" })] },
      ],
    ),
    "add buy frames for the hives with a note saying get the deep ones": conversation(
      [],
      [
        "add buy frames for the hives with a note saying get the deep ones",
        { changes: [add("Buy frames for the hives", { description: "get the deep ones" })] },
      ],
    ),
  },
  "notes and titles changed later": {
    "add a note to the dentist one: bring x-rays": conversation(CLINIC, [
      "add a note to the dentist one: bring x-rays",
      { changes: [update(1, { description: "bring x-rays" })] },
    ]),
    "change the 2nd to buy oat milk": conversation(CLINIC, SHOW, [
      "change the 2nd to buy oat milk",
      { changes: [update(2, { title: "Buy oat milk" })] },
    ]),
    "rename 1 to dentist checkup": conversation(CLINIC, [
      "rename 1 to dentist checkup",
      { changes: [update(1, { title: "Dentist checkup" })] },
    ]),
    "for the milk one add a description: the lactose free kind": conversation(CLINIC, [
      "for the milk one add a description: the lactose free kind",
      { changes: [update(2, { description: "the lactose free kind" })] },
    ]),
    "update the dentist task, note: ask about the wisdom tooth": conversation(CLINIC, [
      "update the dentist task, note: ask about the wisdom tooth",
      { changes: [update(1, { description: "ask about the wisdom tooth" })] },
    ]),
    "change the title of task 2 to pick up milk and bread": conversation(CLINIC, [
      "change the title of task 2 to pick up milk and bread",
      { changes: [update(2, { title: "Pick up milk and bread" })] },
    ]),
    "add note to #1 - parking is behind the clinic": conversation(CLINIC, [
      "add note to #1 - parking is behind the clinic",
      { changes: [update(1, { description: "parking is behind the clinic" })] },
    ]),
    "task 2 ka naam anday lana kar do": conversation(CLINIC, [
      "task 2 ka naam anday lana kar do",
      { changes: [update(2, { title: "Anday lana" })] },
    ]),
    "the first one, add details: fasting not needed": conversation(CLINIC, SHOW, [
      "the first one, add details: fasting not needed",
      { changes: [update(1, { description: "fasting not needed" })] },
    ]),
  },
  "completions with extra news": {
    "ordered the copper pipe from screwfix, arriving tuesday": conversation(
      ["Fix the leak at Mrs Khan's", "Order copper pipe", "Send invoice"],
      ["ordered the copper pipe from screwfix, arriving tuesday", { changes: [complete(2)] }],
    ),
    "invoice sent, they said they'll pay friday": conversation(
      ["Fix the leak at Mrs Khan's", "Order copper pipe", "Send invoice"],
      ["invoice sent, they said they'll pay friday", { changes: [complete(3)] }],
    ),
    "finished the set list last night, it's 2 hours long": conversation(
      ["Write the set list", "Pick up speakers"],
      ["finished the set list last night, it's 2 hours long", { changes: [complete(1)] }],
    ),
    "picked up the speakers, all working": conversation(
      ["Write the set list", "Pick up speakers"],
      ["picked up the speakers, all working", { changes: [complete(2)] }],
    ),
    "took the bed up to ward 3, mark it done": conversation(
      ["Take the bed to ward 3", "Collect bloods from A&E"],
      ["took the bed up to ward 3, mark it done", { changes: [complete(1)] }],
    ),
  },
  "several requests in small talk": {
    "morning! called the vet already, and add buy dog food": conversation(
      ["Call the vet"],
      [
        "morning! called the vet already, and add buy dog food",
        { tasks: { "1": "[x] Call the vet", "2": "Buy dog food" } },
      ],
    ),
    "hey how's it going, can you show me what's left": conversation(PLUMBER, [
      "hey how's it going, can you show me what's left",
      { list: "pending" },
    ]),
    "lol ok. mark 2 done and remove 1": conversation(PLUMBER, SHOW, [
      "lol ok. mark 2 done and remove 1",
      { tasks: { "2": "[x] Buy pipe fittings", "3": "Invoice Mrs Ahmed" } },
    ]),
    "great thanks, that's all for now": conversation(PLUMBER, SHOW, [
      "great thanks, that's all for now",
      nothing,
    ]),
    "ok perfect. now add order more jars and delete the sugar one": conversation(
      ["Inspect the hives", "Buy sugar syrup"],
      [
        "ok perfect. now add order more jars and delete the sugar one",
        { tasks: { "1": "Inspect the hives", "3": "Order more jars" } },
      ],
    ),
    "shukriya yaar, ab fee wala bhi ho gaya": conversation(STUDENT, [
      "shukriya yaar, ab fee wala bhi ho gaya",
      { changes: [complete(2)] },
    ]),
  },
  "follow-ups after an add": {
    "the extension is 2214": conversation(
      [],
      ["add call the porters desk", { changes: [add("Call the porters desk")] }],
      ["the extension is 2214", { changes: [update(1, { description: "the extension is 2214" })] }],
    ),
    "make it urgent": conversation(
      [],
      ["add fix the boiler at no 12", { changes: [add("Fix the boiler at no 12")] }],
      ["make it urgent", { changes: [update(1, { priority: "high" })] }],
    ),
    "it's on saturday": conversation(
      [],
      ["add gig at the mehfil club", { changes: [{ name: "add_task" }] }],
      ["it's on saturday", { changes: [update(1, { due_date: "2026-12-12" })] }],
    ),
    "note: the queen might be missing": conversation(
      [],
      ["add check hive 3", { changes: [add("Check hive 3")] }],
      [
        "note: the queen might be missing",
        { changes: [update(1, { description: "the queen might be missing" })] },
      ],
    ),
    "details: room 204, 11 baje": conversation(
      [],
      ["add viva ki tayari", { changes: [add("Viva ki tayari")] }],
      [
        "details: room 204, 11 baje",
        { changes: [update(1, { description: "room 204, 11 baje" })] },
      ],
    ),
  },
};

runPhrasingRounds("round5", ROUND);
