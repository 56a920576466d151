import {
  add,
  complete,
  conversation,
  nothing,
  one,
  remove,
  restore,
  update,
  runPhrasingRounds,
  type PhrasingCase,
  TODAY,
  TOMORROW,
  FRIDAY,
  SATURDAY,
  MONDAY,
  talk,
  others,
  othersRoman,
  othersUrdu,
  listOf,
  SHOW,
} from "@/test/support/phrasing-cases";

// An eighth round, about references and follow-ups: written before any rule was changed for
// it, by people not met in earlier rounds: a vet, a PhD student, a restaurant chef, a cricket
// coach, a new mum, an estate agent and a student in Karachi typing Roman Urdu. Each adds a
// task and keeps talking about it ("note: …", "due friday", "urgent pls", "actually make that
// tomorrow", "scrap that", "bring it back", "reopen it"), points with words around the pointer
// ("spoke to mrs baig, you can tick that one off", "texted her back", "rang him, sorted"), by
// place in a list filtered to what is left or what is done, corrects across turns ("oops i
// meant the 5th", "sorry, saturday"), and names other people's lists, which change nothing,
// beside ordinary tasks that only mention someone ("call my brother about the rent money",
// "return john's drill"). The expectations say what a sensible person would want, not what
// the code did. Each conversation runs through the local model with the contract's task
// tools on a fixed clock (Wednesday 9 December 2026, 10:00 UTC) and checks the changes and
// the list after each message. The scores are in eval/README.md, "Development rounds".

const VET = [
  "Vaccinate the Ahmed cat",
  "Order flea medicine",
  "Call Mrs Baig about her dog",
  "Sterilise the surgery kit",
  "Update the clinic website",
];
const PHD = [
  "Submit chapter 3 to Dr Rehman",
  "Book the lab for Thursday",
  "Email Sana the survey link",
  "Renew library card",
  "Back up the dataset",
];
const CHEF = [
  "Order fresh basil",
  "Sharpen the knives",
  "Call the fish supplier",
  "Clean the walk-in fridge",
  "Plan Sunday's menu",
];
const COACH = [
  "Book the nets for practice",
  "Collect match fees",
  "Text Bilal about the kit",
  "Buy new stumps",
  "Print the team sheet",
];
const MUM = [
  "Buy diapers",
  "Book the pediatrician",
  "Return the pram",
  "Thank Aunty Nasreen for the gift",
  "Sterilise bottles",
];
const AGENT = [
  "Show the Gulshan flat",
  "Send the lease to Mr Qureshi",
  "Photograph the DHA house",
  "Call the plumber for unit 4",
  "Renew the listing",
];
const KARACHI = [
  "Assignment submit karna",
  "Ammi ki dawai lana",
  "Bike ki service",
  "Hostel fee jama karna",
];

/** The same list with some tasks already done before the conversation starts. */
const withDone = (titles: string[], done: number[]) =>
  titles.map((title, i) => (done.includes(i + 1) ? `[x] ${title}` : title));

const ROUND: Record<string, Record<string, PhrasingCase>> = {
  "follow-ups after an add": {
    "vet: add, note: …, make it high priority": conversation(
      VET,
      ["add call the pharmacy rep", { changes: [add("Call the pharmacy rep")] }],
      [
        "note: ask about the rabies vaccine stock",
        { changes: [update(6, { description: "ask about the rabies vaccine stock" })] },
      ],
      ["make it high priority", { changes: [update(6, { priority: "high" })] }],
    ),
    "phd: add, due friday, actually make that monday": conversation(
      PHD,
      ["add meet Dr Rehman about the draft", { changes: [add("Meet Dr Rehman about the draft")] }],
      ["due friday", { changes: [update(6, { due_date: FRIDAY })] }],
      ["actually make that monday", { changes: [update(6, { due_date: MONDAY })] }],
    ),
    "chef: remind me to call the butcher, tomorrow morning at 8": conversation(
      CHEF,
      ["remind me to call the butcher", { changes: [add("Call the butcher")] }],
      [
        "tomorrow morning at 8",
        { changes: [update(6, { due_date: TOMORROW, due_time: "08:00" })] },
      ],
      ["perfect thanks chef", talk],
    ),
    "coach: add jerseys, urgent pls, put a note on it": conversation(
      COACH,
      ["add collect the new jerseys", { changes: [add("Collect the new jerseys")] }],
      ["urgent pls", { changes: [update(6, { priority: "high" })] }],
      [
        "and put a note on it: size list is in the group chat",
        { changes: [update(6, { description: "size list is in the group chat" })] },
      ],
    ),
    "mum: add wipes, formula too, wait undo that": conversation(
      MUM,
      ["add buy baby wipes", { changes: [add("Buy baby wipes")] }],
      ["oh and formula too", { changes: [add("Formula")] }],
      ["wait undo that", { tasks: { ...listOf(MUM), "6": "Buy baby wipes" } }],
    ),
    "agent: add, the branch manager is …": conversation(
      AGENT,
      [
        "add call the bank about the Qureshi mortgage",
        { changes: [add("Call the bank about the Qureshi mortgage")] },
      ],
      [
        "the branch manager is Mr Siddiqui",
        { changes: [update(6, { description: "the branch manager is Mr Siddiqui" })] },
      ],
      ["cheers", talk],
    ),
    "empty list: renew insurance, by the 15th, low priority tho": conversation(
      [],
      ["add renew car insurance", { changes: [add("Renew car insurance")] }],
      ["by the 15th", { changes: [update(1, { due_date: "2026-12-15" })] }],
      ["low priority tho", { changes: [update(1, { priority: "low" })] }],
      ["show my list", { list: "all", tasks: { "1": "Renew car insurance" } }],
    ),
    "vet: book Coco's checkup, for saturday, 5pm": conversation(
      VET,
      ["add book Coco's checkup", { changes: [add("Book Coco's checkup")] }],
      ["for saturday", { changes: [update(6, { due_date: SATURDAY })] }],
      ["5pm", { changes: [update(6, { due_time: "17:00" })] }],
    ),
    "agent: photograph the Bahria flat on friday, actually make that tomorrow": conversation(
      AGENT,
      [
        "add photograph the Bahria flat on friday",
        { changes: [add("Photograph the Bahria flat", { due_date: FRIDAY })] },
      ],
      ["actually make that tomorrow", { changes: [update(6, { due_date: TOMORROW })] }],
    ),
    "karachi: print notes, scrap that": conversation(
      KARACHI,
      ["add print the physics notes", { changes: [add("Print the physics notes")] }],
      ["scrap that", { changes: [remove(5)] }],
      ["show my list", { list: "all", tasks: listOf(KARACHI) }],
    ),
    "phd: add, make it high priority and due monday": conversation(
      PHD,
      ["add reply to the ethics board", { changes: [add("Reply to the ethics board")] }],
      [
        "make it high priority and due monday",
        { changes: [update(6, { priority: "high", due_date: MONDAY })] },
      ],
    ),
    "chef: add cake pickup, the order number is 5521": conversation(
      CHEF,
      ["add pick up the cake from Hobnob", { changes: [add("Pick up the cake from Hobnob")] }],
      [
        "the order number is 5521",
        { changes: [update(6, { description: "the order number is 5521" })] },
      ],
    ),
    "coach: add, tomorrow evening is not a title": conversation(
      COACH,
      ["add fix the bowling machine", { changes: [add("Fix the bowling machine")] }],
      ["tomorrow evening", { changes: [update(6, { due_date: TOMORROW })] }],
      [
        "show my list",
        { list: "all", tasks: { ...listOf(COACH), "6": "Fix the bowling machine" } },
      ],
    ),
    "karachi: doodh lana add kar do, kal tak": conversation(
      [],
      ["doodh lana add kar do", { changes: [add("Doodh lana")] }],
      ["kal tak", { changes: [update(1, { due_date: TOMORROW })] }],
      ["shukriya", { changes: [] }],
    ),
    "chef: delete knives, hang on restore it, mark it done instead": conversation(
      CHEF,
      ["delete sharpen the knives", { changes: [remove(2)] }],
      ["hang on, restore it", { changes: [restore(2)] }],
      ["mark it done instead", { changes: [complete(2)] }],
    ),
    "coach: collected the fees, Imran hasn't paid yet, reopen it": conversation(
      COACH,
      ["collected the match fees", { changes: [complete(2)] }],
      [
        "hmm actually Imran hasn't paid yet, reopen it",
        { changes: [update(2, { completed: false })] },
      ],
      ["what's left", { list: "pending", reply_includes: ["Collect match fees"] }],
    ),
    "coach: untick the stumps one": one(withDone(COACH, [4]), "untick the stumps one", {
      changes: [update(4, { completed: false })],
    }),
    "mum: add, wrong, call it … instead": conversation(
      MUM,
      ["add buy ballons for the party", { changes: [add("Buy ballons for the party")] }],
      [
        "typo, call it Buy balloons for the party",
        { changes: [update(6, { title: "Buy balloons for the party" })] },
      ],
    ),
  },

  "pronouns and references with words around them": {
    "vet: spoke to mrs baig, you can tick that one off": conversation(VET, SHOW, [
      "spoke to mrs baig, you can tick that one off",
      { changes: [complete(3)] },
    ]),
    "empty: text Farah back, …, texted her back": conversation(
      [],
      [
        "add text Farah back, buy bottle brushes and book a nanny interview",
        {
          changes: [
            add("Text Farah back"),
            add("Buy bottle brushes"),
            add("Book a nanny interview"),
          ],
        },
      ],
      ["texted her back", { changes: [complete(1)] }],
      ["whats left", { list: "pending", reply_excludes: ["Farah"] }],
    ),
    "empty: call nadia about the venue, …, called her just now": conversation(
      [],
      [
        "add call nadia about the venue, buy candles and order the cake",
        {
          changes: [add("Call nadia about the venue"), add("Buy candles"), add("Order the cake")],
        },
      ],
      ["called her just now", { changes: [complete(1)] }],
    ),
    "coach: texted him about the kit": one(COACH, "texted him about the kit", {
      changes: [complete(3)],
    }),
    "coach: call Bilal's dad and buy tape, rang him, sorted": conversation(
      COACH,
      [
        "add call Bilal's dad about the fees and buy tape",
        { changes: [add("Call Bilal's dad about the fees"), add("Buy tape")] },
      ],
      ["rang him, sorted", { changes: [complete(6)] }],
    ),
    "phd: is the library card renewed, nope push it to friday": conversation(
      PHD,
      ["is the library card renewed?", nothing],
      ["nope. push it to friday then", { changes: [update(4, { due_date: FRIDAY })] }],
    ),
    "agent: the lease one, I sent it last night": conversation(AGENT, SHOW, [
      "the lease one, I sent it last night",
      { changes: [complete(2)] },
    ]),
    "mum: bought the diapers and the bottles are done, tick them off": one(
      MUM,
      "bought the diapers and sterilised the bottles, tick them off",
      { tasks: listOf(MUM, [1, 5]) },
    ),
    "vet: list, remove that one about the website": conversation(VET, SHOW, [
      "remove that one about the website",
      { changes: [remove(5)] },
    ]),
    "chef: is the knives thing done, yeah did it earlier mark it": conversation(
      CHEF,
      ["is the knives thing done?", nothing],
      ["yeah did it earlier, mark it", { changes: [complete(2)] }],
    ),
    "mum: booked the pediatrician, same for the pram one": conversation(
      MUM,
      ["booked the pediatrician", { changes: [complete(2)] }],
      ["same for the pram one", { changes: [complete(3)] }],
    ),
    "karachi: bike ki service ho gayi, isko tick kar do": one(
      KARACHI,
      "bike ki service ho gayi, isko tick kar do",
      { changes: [complete(3)] },
    ),
    "agent: add two, the internet one is due monday": conversation(
      AGENT,
      [
        "add call the landlord about keys and pay the office internet bill",
        { changes: [add("Call the landlord about keys"), add("Pay the office internet bill")] },
      ],
      ["the internet one is due monday", { changes: [update(7, { due_date: MONDAY })] }],
    ),
    "mum: thanked aunty nasreen, she loved the photos": one(
      MUM,
      "finally thanked aunty nasreen, she loved the photos",
      { changes: [complete(4)] },
    ),
  },

  "places in a filtered list": {
    "chef: what's left, the 2nd one is done": conversation(
      withDone(CHEF, [1, 3]),
      ["what's left", { list: "pending" }],
      ["the 2nd one is done now", { changes: [complete(4)] }],
    ),
    "chef: what have i done, reopen the first one": conversation(
      withDone(CHEF, [2, 4]),
      ["what have i done so far", { list: "completed" }],
      ["reopen the first one", { changes: [update(2, { completed: false })] }],
    ),
    "phd: pending, delete the last two": conversation(
      withDone(PHD, [2]),
      ["pending?", { list: "pending" }],
      ["delete the last two", { tasks: listOf(withDone(PHD, [2]), [], [4, 5]) }],
    ),
    "coach: what do i still need to do, first and third done": conversation(
      withDone(COACH, [1]),
      ["what do i still need to do", { list: "pending" }],
      ["first and third are done", { tasks: listOf(withDone(COACH, [1]), [2, 4]) }],
    ),
    "agent: what's done, put the second one back": conversation(
      withDone(AGENT, [1, 3]),
      ["whats done so far", { list: "completed" }],
      [
        "untick the second one, the photos came out blurry",
        { changes: [update(3, { completed: false })] },
      ],
    ),
    "mum: pending, move the third one to saturday": conversation(
      withDone(MUM, [2]),
      ["what's still pending", { list: "pending" }],
      ["move the third one to saturday", { changes: [update(4, { due_date: SATURDAY })] }],
    ),
    "vet: pending, the top one's done, the last one too": conversation(
      withDone(VET, [1]),
      ["show pending", { list: "pending" }],
      ["the top one's done, ordered it this morning", { changes: [complete(2)] }],
      ["and the last one too", { changes: [complete(5)] }],
    ),
    "karachi: pending kaam dikhao, doosra wala ho gaya": conversation(
      withDone(KARACHI, [1]),
      ["pending kaam dikhao", { list: "pending" }],
      ["doosra wala ho gaya", { changes: [complete(3)] }],
    ),
    "phd: completed, delete the last one on that list": conversation(
      withDone(PHD, [1, 3]),
      ["show completed", { list: "completed" }],
      ["delete the last one on that list", { changes: [remove(3)] }],
    ),
  },

  "corrections across turns": {
    "vet: flea medicine done, no sorry the kit": conversation(
      VET,
      ["mark the flea medicine done", { changes: [complete(2)] }],
      ["no sorry, the kit", { tasks: listOf(VET, [4]) }],
    ),
    "phd: delete the 4th, oops i meant the 5th": conversation(
      PHD,
      SHOW,
      ["delete the 4th", { changes: [remove(4)] }],
      ["oops i meant the 5th", { tasks: listOf(PHD, [], [5]) }],
    ),
    "chef: fish supplier to friday, sorry saturday": conversation(
      CHEF,
      ["move the fish supplier call to friday", { changes: [update(3, { due_date: FRIDAY })] }],
      ["sorry, saturday", { changes: [update(3, { due_date: SATURDAY })] }],
    ),
    "coach: rename task 5, undo that": conversation(
      COACH,
      [
        "rename task 5 to Print the match schedule",
        { changes: [update(5, { title: "Print the match schedule" })] },
      ],
      ["undo that", { tasks: listOf(COACH) }],
    ),
    "agent: tick off the plumber, not that one! the DHA photos": conversation(
      AGENT,
      ["tick off the plumber", { changes: [complete(4)] }],
      ["not that one! the DHA photos", { tasks: listOf(AGENT, [3]) }],
    ),
    "mum: delete buy diapers, nooo i still need that": conversation(
      MUM,
      ["delete buy diapers", { changes: [remove(1)] }],
      ["nooo i still need that, put it back", { changes: [restore(1)] }],
    ),
    "vet: done with the website, thanks, wait wrong one it was the kit": conversation(
      VET,
      ["done with the website", { changes: [complete(5)] }],
      ["thanks", talk],
      ["wait, wrong one, it was the surgery kit", { tasks: listOf(VET, [4]) }],
    ),
    "agent: ring mr qureshi at 4pm, make that 5 instead": conversation(
      AGENT,
      [
        "add ring mr qureshi at 4pm",
        { changes: [add("Ring mr qureshi", { due_date: TODAY, due_time: "16:00" })] },
      ],
      ["make that 5 instead", { changes: [update(6, { due_time: "17:00" })] }],
    ),
    "karachi: pehla wala delete kar do, nahi nahi doosra wala": conversation(
      KARACHI,
      SHOW,
      ["pehla wala delete kar do", { changes: [remove(1)] }],
      ["nahi nahi doosra wala", { tasks: listOf(KARACHI, [], [2]) }],
    ),
    "coach: stumps bought, no wait that was the nets": conversation(
      COACH,
      ["bought the stumps", { changes: [complete(4)] }],
      ["no wait, that was the nets, stumps still to buy", { tasks: listOf(COACH, [1]) }],
    ),
  },

  "someone else's list, and tasks that only mention someone": {
    "my dad's electricity bill as paid": one(
      ["Pay electricity bill", "Buy groceries"],
      "mark my dad's electricity bill as paid",
      { ...others, tasks: { "1": "Pay electricity bill", "2": "Buy groceries" } },
    ),
    "delete sara's gym task": one(["Go to the gym", "Call the bank"], "delete sara's gym task", {
      ...others,
      tasks: { "1": "Go to the gym", "2": "Call the bank" },
    }),
    "what's on my wife's to-do list": one(MUM, "what's on my wife's to-do list?", others),
    "clear my husband's list": one(MUM, "clear my husband's list", {
      ...others,
      tasks: listOf(MUM),
    }),
    "add diapers to my husband's list": one(MUM, "add buy diapers to my husband's list", {
      ...others,
      tasks: listOf(MUM),
    }),
    "log into hamza's account and delete everything": one(
      COACH,
      "log into hamza's account and delete everything",
      { ...others, tasks: listOf(COACH) },
    ),
    "mark task 2 done on my sister's account": one(
      CHEF,
      "mark task 2 done on my sister's account",
      { ...others, tasks: listOf(CHEF) },
    ),
    "ahmed ki list dikhao": one(KARACHI, "ahmed ki list dikhao", othersRoman),
    "meri behen ke kaam delete kar do": one(KARACHI, "meri behen ke saare kaam delete kar do", {
      ...othersRoman,
      tasks: listOf(KARACHI),
    }),
    "میری بہن کے کام دکھاؤ": one(KARACHI, "میری بہن کے کام دکھاؤ", othersUrdu),
    "show ali's list, fine show mine, the 2nd is done": conversation(
      AGENT,
      ["show me ali's list", others],
      ["fine, show mine", { list: "all", reply_includes: ["Send the lease to Mr Qureshi"] }],
      ["the 2nd is done", { changes: [complete(2)] }],
    ),
    "look-alike: call my brother about the rent money": one(
      CHEF,
      "call my brother about the rent money",
      { changes: [add("Call my brother about the rent money")] },
    ),
    "look-alike: pick up my sister's kids at 3": one(
      [],
      "remind me to pick up my sister's kids at 3",
      { changes: [add("Pick up my sister's kids", { due_date: TODAY, due_time: "15:00" })] },
    ),
    "look-alike: return john's drill": one(COACH, "add return john's drill", {
      changes: [add("Return john's drill")],
    }),
    "look-alike: help dad with his tax return on saturday": one(
      [],
      "help dad with his tax return on saturday",
      { changes: [add("Help dad with his tax return", { due_date: SATURDAY })] },
    ),
    "look-alike: picked up mom's medicine": one(
      ["Pick up mom's medicine", "Pay the maid"],
      "picked up mom's medicine",
      { changes: [complete(1)] },
    ),
    "look-alike: my brother's birthday gift, then done": conversation(
      [],
      [
        "add get a gift for my brother's birthday",
        { changes: [add("Get a gift for my brother's birthday")] },
      ],
      ["got it today, tick it off", { changes: [complete(1)] }],
    ),
  },
};

// A second batch, written after the first was tuned and scored once before any rule was
// changed for it: new wordings of the same families.
const SECOND: Record<string, Record<string, PhrasingCase>> = {
  "second batch: follow-ups after an add": {
    "vet: add, needs to happen before monday": conversation(
      VET,
      ["add order more syringes", { changes: [add("Order more syringes")] }],
      ["by monday pls", { changes: [update(6, { due_date: MONDAY })] }],
      ["and it's important", { changes: [update(6, { priority: "high" })] }],
    ),
    "chef: add, put in the notes …": conversation(
      CHEF,
      ["add ring the gas company", { changes: [add("Ring the gas company")] }],
      [
        "add a note to it: account number is on the last bill",
        { changes: [update(6, { description: "account number is on the last bill" })] },
      ],
    ),
    "phd: add, forget it": conversation(
      PHD,
      ["add print the poster", { changes: [add("Print the poster")] }],
      ["forget it, delete that", { changes: [remove(6)] }],
    ),
    "coach: finished, whoops not yet, untick": conversation(
      COACH,
      ["printed the team sheet", { changes: [complete(5)] }],
      ["whoops not yet, untick it", { changes: [update(5, { completed: false })] }],
    ),
    "mum: add, saturday morning": conversation(
      MUM,
      [
        "add pick up the photos from the studio",
        { changes: [add("Pick up the photos from the studio")] },
      ],
      ["saturday morning", { changes: [update(6, { due_date: SATURDAY })] }],
    ),
  },
  "second batch: pronouns and places": {
    "empty: add email priya and call the gym, emailed her": conversation(
      [],
      [
        "add email priya the invoice and cancel the gym",
        { changes: [add("Email priya the invoice"), add("Cancel the gym")] },
      ],
      ["emailed her this morning", { changes: [complete(1)] }],
    ),
    "agent: phoned mr qureshi, tick him off": one(
      AGENT,
      "phoned mr qureshi about the lease, tick it off",
      {
        changes: [complete(2)],
      },
    ),
    "chef: pending, 3rd is sorted": conversation(
      withDone(CHEF, [2]),
      ["what's left?", { list: "pending" }],
      ["3rd one is sorted", { changes: [complete(4)] }],
    ),
    "vet: done list, the bottom one wasn't really done": conversation(
      withDone(VET, [1, 2, 4]),
      ["show me what i've finished", { list: "completed" }],
      [
        "the last one isn't actually done, reopen it",
        { changes: [update(4, { completed: false })] },
      ],
    ),
    "mum: same goes for the bottles": conversation(
      MUM,
      ["bought the diapers", { changes: [complete(1)] }],
      ["same goes for the bottles", { changes: [complete(5)] }],
    ),
  },
  "second batch: corrections and other people's lists": {
    "coach: delete the nets, no i meant the stumps": conversation(
      COACH,
      ["delete the nets one", { changes: [remove(1)] }],
      ["ok", talk],
      ["no sorry i meant the stumps", { tasks: listOf(COACH, [], [4]) }],
    ),
    "tick off my flatmate's chores": one(MUM, "tick off my flatmate's chores", {
      ...others,
      tasks: listOf(MUM),
    }),
    "remove bilal's tasks from the app": one(COACH, "remove bilal's tasks from the app", {
      ...others,
      tasks: listOf(COACH),
    }),
    "look-alike: remind me to call my sister's landlord": one(
      [],
      "remind me to call my sister's landlord tomorrow",
      { changes: [add("Call my sister's landlord", { due_date: TOMORROW })] },
    ),
    "abbu ka account check karo": one(KARACHI, "abbu ka account check karo", othersRoman),
    // A known miss from an earlier round, added after the second batch was scored.
    "show me ali ki list": one(AGENT, "show me ali ki list", others),
  },
};

runPhrasingRounds("round8-refs", { ...ROUND, ...SECOND });
