import {
  add,
  complete,
  conversation,
  nothing,
  remove,
  update,
  runPhrasingRounds,
  type PhrasingCase,
  TOMORROW,
  FRIDAY,
  SATURDAY,
  SHOW,
} from "@/test/support/phrasing-cases";

// A sixth round of fresh phrasings about pointing back and following up, written before any
// rule was changed for them, by people not met in earlier rounds: a teacher, a courier, a
// shop owner in Lahore typing Roman Urdu and Urdu, a student, a parent, a gardener and a
// freelance designer. Families: pronouns with words around them after a list or a change,
// places in full and filtered lists, follow-ups across several turns, conversations that mix
// a list, a change, a question and another change, and answers to "which one?". Each
// conversation runs through the local model with the contract's task tools on a fixed clock
// (Wednesday 9 December 2026, 10:00 UTC) and checks the changes and the whole list after
// each message. Scored 32/50 before tuning (eval/README.md, "Development rounds"), 50/50 after;
// the 16 new wordings written after tuning scored 15/16, then 16/16; a second batch of 10,
// 7/10, then 10/10.

const TEACHER = [
  "Mark essays for 9B",
  "Print the quiz sheets",
  "Email parents about the trip",
  "Book the science lab",
];
const COURIER = [
  "Deliver parcel to Gulberg",
  "Pick up COD cash",
  "Refuel the bike",
  "Return damaged box",
];
const SHOP = [
  "Cheeni ka stock mangwana",
  "Bijli ka bill jama karna",
  "Ahmed se udhaar wapis lena",
  "Dukaan ki safai",
];
const STUDENT = ["Finish the lab report", "Revise chapter 5", "Pay hostel fee"];
const PARENT = [
  "Pack school lunch",
  "Sign the permission slip",
  "Buy football boots",
  "Book pediatrician",
];
const PARCELS = ["Deliver parcel to Gulberg", "Deliver parcel to DHA", "Refuel the bike"];
const CALLS = ["Call the landlord", "Call the bank", "Buy stamps"];
const FEES = ["Pay school fee", "Pay electricity bill", "Buy uniform"];

const ROUND: Record<string, Record<string, PhrasingCase>> = {
  "pronouns with words around them": {
    "sent it just now, that one's done": conversation(
      [],
      [
        "add email the head about the timetable",
        { changes: [add("Email the head about the timetable")] },
      ],
      ["sent it just now, that one's done", { changes: [complete(1)] }],
    ),
    "the refuel one, move it to friday": conversation(COURIER, SHOW, [
      "the refuel one, move it to friday",
      { changes: [update(3, { due_date: FRIDAY })] },
    ]),
    "ye wala delete karo (after a completion)": conversation(
      SHOP,
      ["mere kaam dikhao", { list: "all" }],
      ["bijli ka bill jama ho gaya", { changes: [complete(2)] }],
      ["ye wala delete karo", { changes: [remove(2)] }],
    ),
    "iska naam badal do": conversation(
      [],
      ["add pack school lunch", { changes: [add("Pack school lunch")] }],
      [
        'iska naam badal ke "Pack lunch and snacks" kar do',
        { changes: [update(1, { title: "Pack lunch and snacks" })] },
      ],
    ),
    "got them today 🎉 tick it": conversation(
      [],
      ["add buy football boots size 4", { changes: [add("Buy football boots size 4")] }],
      ["got them today 🎉 tick it", { changes: [complete(1)] }],
    ),
    "یہ ہو گیا": conversation(
      [],
      ["دودھ خریدنا شامل کرو", { changes: [{ name: "add_task" }] }],
      ["یہ ہو گیا", { changes: [complete(1)] }],
    ),
    "the mechanic called back, cross that off": conversation(
      [],
      ["add call the bike mechanic", { changes: [add("Call the bike mechanic")] }],
      ["add buy a new helmet", { changes: [add("Buy a new helmet")] }],
      ["the mechanic called back, cross that off", { changes: [complete(1)] }],
    ),
    "done with that, paid it this morning": conversation(
      STUDENT,
      ["is the hostel fee paid?", nothing],
      ["done with that, paid it this morning", { changes: [complete(3)] }],
    ),
    "uska title badlo": conversation(
      [],
      ["add dukaan ka rent dena", { changes: [{ name: "add_task" }] }],
      [
        "uska title badlo: Dukaan ka kiraya dena",
        { changes: [update(1, { title: "Dukaan ka kiraya dena" })] },
      ],
    ),
    "hmm push it to saturday actually": conversation(
      [],
      [
        "add water the roses tomorrow",
        { changes: [add("Water the roses", { due_date: TOMORROW })] },
      ],
      ["hmm push it to saturday actually", { changes: [update(1, { due_date: SATURDAY })] }],
    ),
  },
  "places in full and filtered lists": {
    "2nd and 4th are done": conversation(TEACHER, SHOW, [
      "2nd and 4th are done",
      { changes: [complete(2), complete(4)] },
    ]),
    "the last two can go": conversation(COURIER, SHOW, [
      "the last two can go",
      { changes: [remove(3), remove(4)] },
    ]),
    "top one's done": conversation(STUDENT, SHOW, ["top one's done", { changes: [complete(1)] }]),
    "doosra aur teesra ho gaye": conversation(
      SHOP,
      ["kaam dikhao", { list: "all" }],
      ["doosra aur teesra ho gaye", { changes: [complete(2), complete(3)] }],
    ),
    "aakhri wala delete kar do (pending list)": conversation(
      ["[x] Cheeni ka stock mangwana", ...SHOP.slice(1)],
      ["pending kaam dikhao", { list: "pending" }],
      ["aakhri wala delete kar do", { changes: [remove(4)] }],
    ),
    "the second one, move it to friday (pending list)": conversation(
      ["[x] Mark essays for 9B", ...TEACHER.slice(1)],
      ["what's left?", { list: "pending" }],
      ["the second one, move it to friday", { changes: [update(3, { due_date: FRIDAY })] }],
    ),
    "3rd one's done, tank full ⛽": conversation(COURIER, SHOW, [
      "3rd one's done, tank full ⛽",
      { changes: [complete(3)] },
    ]),
    "delete the 1st and the last": conversation(PARENT, SHOW, [
      "delete the 1st and the last",
      { changes: [remove(1), remove(4)] },
    ]),
    "دوسرا والا ہو گیا": conversation(
      SHOP,
      ["میرے کام دکھاؤ", { list: "all" }],
      ["دوسرا والا ہو گیا", { changes: [complete(2)] }],
    ),
    "the first one isn't actually done (completed list)": conversation(
      ["Pack school lunch", "[x] Sign the permission slip", "[x] Buy football boots"],
      ["what have i finished", { list: "completed" }],
      ["the first one isn't actually done", { changes: [update(2, { completed: false })] }],
    ),
    "rename the third one": conversation(TEACHER, SHOW, [
      "rename the third one to Email parents about the zoo trip",
      { changes: [update(3, { title: "Email parents about the zoo trip" })] },
    ]),
    "pehle teen ho gaye": conversation(
      SHOP,
      ["list dikhao", { list: "all" }],
      ["pehle teen ho gaye", { changes: [complete(1), complete(2), complete(3)] }],
    ),
  },
  "follow-ups across turns": {
    "they're due on friday": conversation(
      [],
      ["add return library books", { changes: [add("Return library books")] }],
      ["they're due on friday", { changes: [update(1, { due_date: FRIDAY })] }],
    ),
    "actually make that tomorrow": conversation(
      [],
      ["add call the gas company", { changes: [add("Call the gas company")] }],
      ["actually make that tomorrow", { changes: [update(1, { due_date: TOMORROW })] }],
    ),
    "and the other one too": conversation(
      PARCELS,
      ["gulberg parcel delivered", { changes: [complete(1)] }],
      ["and the other one too", { changes: [complete(2)] }],
    ),
    "no wait, not that, the lab one": conversation(
      TEACHER,
      ["delete the quiz one", { changes: [remove(2)] }],
      [
        "no wait, not that, the lab one",
        {
          tasks: {
            "1": TEACHER[0]!,
            "2": TEACHER[1]!,
            "3": TEACHER[2]!,
          },
        },
      ],
    ),
    "note: chocolate, no nuts": conversation(
      [],
      ["add buy cake for ali's birthday", { changes: [add("Buy cake for ali's birthday")] }],
      ["note: chocolate, no nuts", { changes: [update(1, { description: "chocolate, no nuts" })] }],
    ),
    "it's urgent": conversation(
      [],
      ["add pick up COD cash from the depot", { changes: [{ name: "add_task" }] }],
      ["it's urgent", { changes: [update(1, { priority: "high" })] }],
    ),
    "revise chapter 5 as well": conversation(
      STUDENT,
      ["mark lab report done", { changes: [complete(1)] }],
      ["revise chapter 5 as well", { changes: [complete(2)] }],
    ),
    "actually make it tuesday": conversation(
      PARENT,
      ["move pediatrician to monday", { changes: [update(4, { due_date: "2026-12-14" })] }],
      ["actually make it tuesday", { changes: [update(4, { due_date: "2026-12-15" })] }],
    ),
    "the amount is 3500": conversation(
      [],
      ["add pay the tailor", { changes: [add("Pay the tailor")] }],
      ["the amount is 3500", { changes: [update(1, { description: "the amount is 3500" })] }],
    ),
    "safai wala bhi": conversation(
      SHOP,
      ["cheeni wala ho gaya", { changes: [complete(1)] }],
      ["safai wala bhi", { changes: [complete(4)] }],
    ),
    "and the hedge one too": conversation(
      ["Water the roses", "Trim the hedge", "Buy compost"],
      ["watered the roses", { changes: [complete(1)] }],
      ["and the hedge one too", { changes: [complete(2)] }],
    ),
  },
  "conversations: list, change, question, change": {
    "second done, did i email parents, move it to tomorrow": conversation(
      TEACHER,
      SHOW,
      ["the second one's done", { changes: [complete(2)] }],
      ["did i email the parents yet?", nothing],
      ["no. move it to tomorrow then", { changes: [update(3, { due_date: TOMORROW })] }],
    ),
    "what's left, refuel done, how many, delete the last one": conversation(
      COURIER,
      ["what's left", { list: "pending" }],
      ["refuel done ⛽", { changes: [complete(3)] }],
      ["how many are left?", nothing],
      ["delete the last one", { changes: [remove(4)] }],
    ),
    "kaam dikhao, pehla wala, kya bijli, usay kal": conversation(
      SHOP,
      ["kaam dikhao", { list: "all" }],
      ["pehla wala ho gaya", { changes: [complete(1)] }],
      ["kya bijli ka bill jama ho gaya?", nothing],
      ["nahi, usay kal pe daal do", { changes: [update(2, { due_date: TOMORROW })] }],
    ),
    "add, show everything, first and last done": conversation(
      STUDENT,
      ["add buy printer ink", { changes: [add("Buy printer ink")] }],
      ["show everything", { list: "all" }],
      ["the first and the last are done", { changes: [complete(1), complete(4)] }],
    ),
    "boots bought, what's pending, the last one to friday": conversation(
      PARENT,
      SHOW,
      ["boots bought!", { changes: [complete(3)] }],
      ["thanks! what's still pending?", { list: "pending" }],
      ["the last one, make it friday", { changes: [update(4, { due_date: FRIDAY })] }],
    ),
    "three adds, trimmed the hedge, the other two to saturday": conversation(
      [],
      [
        "add water the roses, trim the hedge, buy compost",
        { changes: [add("Water the roses"), add("Trim the hedge"), add("Buy compost")] },
      ],
      ["trimmed the hedge", { changes: [complete(2)] }],
      [
        "move the other two to saturday",
        { changes: [update(1, { due_date: SATURDAY }), update(3, { due_date: SATURDAY })] },
      ],
    ),
    "delete 2, bring it back, mark it done instead": conversation(
      ["Send logo drafts to client", "Invoice Bilal", "Update portfolio"],
      SHOW,
      ["delete 2", { changes: [remove(2)] }],
      ["oops, bring it back", { changes: [{ name: "restore_task" }] }],
      [
        "mark it done instead",
        {
          tasks: {
            "1": "Send logo drafts to client",
            "2": "[x] Invoice Bilal",
            "3": "Update portfolio",
          },
        },
      ],
    ),
    "میرے کام دکھاؤ، پہلا والا، آخری والا": conversation(
      SHOP,
      ["میرے کام دکھاؤ", { list: "all" }],
      ["پہلا والا ہو گیا", { changes: [complete(1)] }],
      ["آخری والا ڈیلیٹ کر دو", { changes: [remove(4)] }],
    ),
  },
  "answers to which one": {
    "the bank one": conversation(
      CALLS,
      ["called", nothing],
      ["the bank one", { changes: [complete(2)] }],
    ),
    dha: conversation(
      PARCELS,
      ["delete the parcel one", nothing],
      ["dha", { changes: [remove(2)] }],
    ),
    "2nd (after paid)": conversation(
      FEES,
      ["paid 💸", nothing],
      ["2nd", { changes: [complete(2)] }],
    ),
    dono: conversation(
      FEES,
      ["pay wala ho gaya", nothing],
      ["dono", { changes: [complete(1), complete(2)] }],
    ),
    "the one about the trip": conversation(
      ["Email the principal", "Email parents about the trip", "Print the quiz"],
      ["emailed", nothing],
      ["the one about the trip", { changes: [complete(2)] }],
    ),
    "landlord (move the call)": conversation(
      CALLS,
      ["move the call to friday", nothing],
      ["landlord", { changes: [update(1, { due_date: FRIDAY })] }],
    ),
    "the fee one pls": conversation(
      FEES,
      ["remove the pay one", nothing],
      ["the fee one pls", { changes: [remove(1)] }],
    ),
    "abbu wala": conversation(
      ["Ammi ko call karna", "Abbu ko call karna"],
      ["call wala ho gaya", nothing],
      ["abbu wala", { changes: [complete(2)] }],
    ),
    "umm the first one i think": conversation(
      CALLS,
      ["cross off the call", nothing],
      ["umm the first one i think", { changes: [complete(1)] }],
    ),
  },

  // Written after the rules above were tuned, by other people, and scored once before any
  // further change: do the rules hold for new wordings?
  "after tuning: new wordings": {
    "the vet one - cancel it": conversation(
      ["Book the vet", "Buy dog food", "Renew car insurance"],
      SHOW,
      ["the vet one - cancel it", { changes: [remove(1)] }],
    ),
    "number 3, push it to monday": conversation(
      ["Book the vet", "Buy dog food", "Renew car insurance"],
      SHOW,
      ["number 3, push it to monday", { changes: [update(3, { due_date: "2026-12-14" })] }],
    ),
    "delivered it an hour ago": conversation(
      [],
      ["add drop the parcel at block C", { changes: [{ name: "add_task" }] }],
      ["delivered it an hour ago", { changes: [complete(1)] }],
    ),
    "and the other one as well (delete)": conversation(
      ["Call the landlord", "Call the bank", "Buy stamps"],
      ["delete the landlord call", { changes: [remove(1)] }],
      ["and the other one as well", { changes: [remove(2)] }],
    ),
    "the rest are done": conversation(
      [],
      [
        "add sweep the yard, feed the goats, fix the gate",
        { changes: [{ name: "add_task" }, { name: "add_task" }, { name: "add_task" }] },
      ],
      ["fed the goats", { changes: [complete(2)] }],
      ["the rest are done too", { changes: [complete(1), complete(3)] }],
    ),
    "are the invites sent?": conversation(
      ["Send the invites", "Order the cake"],
      ["are the invites sent?", nothing],
    ),
    "emailed (which one) → the second i guess": conversation(
      ["Email the principal", "Email the bursar", "Print the quiz"],
      ["emailed", nothing],
      ["the second i guess", { changes: [complete(2)] }],
    ),
    "it's due on the 15th": conversation(
      [],
      ["add return the drill to bilal", { changes: [{ name: "add_task" }] }],
      ["it's due on the 15th", { changes: [update(1, { due_date: "2026-12-15" })] }],
    ),
    "pehla aur aakhri delete kar do": conversation(
      SHOP,
      ["kaam dikhao", { list: "all" }],
      ["pehla aur aakhri delete kar do", { changes: [remove(1), remove(4)] }],
    ),
    "ahmed wala bhi (after a delete)": conversation(
      SHOP,
      ["safai wala delete kar do", { changes: [remove(4)] }],
      ["ahmed wala bhi", { changes: [remove(3)] }],
    ),
    "kya fee jama ho gayi?": conversation(
      ["Fee jama karna", "Kitaab wapas karna"],
      ["kya fee jama ho gayi?", nothing],
    ),
    "uski tafseel: …": conversation(
      [],
      ["add sabzi lena", { changes: [{ name: "add_task" }] }],
      [
        "uski tafseel: aloo, pyaz, tamatar",
        { changes: [update(1, { description: "aloo, pyaz, tamatar" })] },
      ],
    ),
    "got it done 💪 cross it off": conversation(
      [],
      ["add service the generator", { changes: [{ name: "add_task" }] }],
      ["got it done 💪 cross it off", { changes: [complete(1)] }],
    ),
    "the last two, move them to friday": conversation(TEACHER, SHOW, [
      "the last two, move them to friday",
      { changes: [update(3, { due_date: FRIDAY }), update(4, { due_date: FRIDAY })] },
    ]),
    "delete the pay one → the electricity one i think": conversation(
      FEES,
      ["delete the pay one", nothing],
      ["the electricity one i think", { changes: [remove(2)] }],
    ),
    "texted (which one) → the one for dad": conversation(
      ["Text mom", "Text dad about sunday", "Buy bread"],
      ["texted", nothing],
      ["the one for dad", { changes: [complete(2)] }],
    ),
  },

  // A second batch written after tuning, scored once before any further change.
  "after tuning: a second batch": {
    "finished the 2nd one this morning": conversation(TEACHER, SHOW, [
      "finished the 2nd one this morning",
      { changes: [complete(2)] },
    ]),
    "the bottom one can go": conversation(COURIER, SHOW, [
      "the bottom one can go",
      { changes: [remove(4)] },
    ]),
    "is the second one done? then tick it off": conversation(
      ["[x] Pack school lunch", "Sign the permission slip"],
      SHOW,
      ["is the second one done?", nothing],
      ["ok tick it off then", { changes: [complete(2)] }],
    ),
    "and the last one too (after a deletion)": conversation(
      PARENT,
      SHOW,
      ["remove the 3rd", { changes: [remove(3)] }],
      ["and the last one too", { changes: [remove(4)] }],
    ),
    "make it saturday actually (after a move)": conversation(
      CALLS,
      ["move the landlord call to friday", { changes: [update(1, { due_date: FRIDAY })] }],
      ["make it saturday actually", { changes: [update(1, { due_date: SATURDAY })] }],
    ),
    "rename the top one": conversation(STUDENT, SHOW, [
      "rename the top one to Finish the physics lab report",
      { changes: [update(1, { title: "Finish the physics lab report" })] },
    ]),
    "teesre wale ko kal pe daal do": conversation(
      SHOP,
      ["kaam dikhao", { list: "all" }],
      ["teesre wale ko kal pe daal do", { changes: [update(3, { due_date: TOMORROW })] }],
    ),
    "both of them (after delete the call)": conversation(
      CALLS,
      ["delete the call one", nothing],
      ["both of them", { changes: [remove(1), remove(2)] }],
    ),
    "the first 3 are done": conversation(PARENT, SHOW, [
      "the first 3 are done",
      { changes: [complete(1), complete(2), complete(3)] },
    ]),
    "just did, mark it (after did I call the bank)": conversation(
      CALLS,
      ["did i call the bank?", nothing],
      ["just did, mark it", { changes: [complete(2)] }],
    ),
  },
};

runPhrasingRounds("round6-refs", ROUND);
