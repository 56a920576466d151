import {
  add,
  complete,
  conversation,
  remove,
  restore,
  update,
  runPhrasingRounds,
  type Change,
  type PhrasingCase,
  TOMORROW,
  FRIDAY,
  SATURDAY,
  MONDAY,
  TUESDAY,
  talk,
  asks,
  SHOW,
} from "@/test/support/phrasing-cases";

// A ninth round, about the turn after the assistant's last answer: written before any rule was
// changed for it, by people not met in earlier rounds: a florist, a dog walker, a software
// tester, a landlord, a hockey coach's parent, a bride-to-be, a shopkeeper in Rawalpindi typing
// Roman Urdu and a grandfather writing Urdu. Each keeps talking about what just happened: a
// detail for the task just added ("for saturday", "make it urgent", "and poo bags too", "also
// remind me to …", "note: …", "actually call it …"), an answer to a question or an offer
// ("yes pls", "nah leave it", "👍", "haan kar do", "nahi rehne do"), an answer to "which one?"
// ("the second", "2", "the vet one", "both", "neither", "pehla wala"), a place after a list,
// "undo that" or "wait no" after a completion or a deletion, and whole conversations of four to
// eight messages. The expectations say what a sensible assistant does, asking rather than
// guessing when unsure, never damaging. Each conversation runs through the local model with
// the contract's task tools on a fixed clock (Wednesday 9 December 2026, 10:00 UTC). The scores
// are in eval/README.md, "Development rounds".

/** An add of whatever title the offer named. */
const added: Change = { name: "add_task", arguments: {} };

const FLORIST = [
  "Order peonies for the Khan wedding",
  "Call the venue about the arch",
  "Invoice Mrs Siddiqui",
  "Clean the cold room",
  "Deliver the Friday bouquets",
];
const WALKER = [
  "Walk Bruno",
  "Walk Luna",
  "Buy poo bags",
  "Text Luna's owner about the keys",
  "Book vet for Bruno",
];
const TESTER = [
  "Write the login test plan",
  "Retest the payment bug",
  "Email the release notes",
  "Review Omar's pull request",
  "Update the staging database",
];
const LANDLORD = [
  "Fix the boiler in flat 2",
  "Collect rent from flat 3",
  "Call the electrician",
  "Pay the water bill",
  "Pay the gas bill",
];
const PARENT = [
  "Wash the hockey kit",
  "Pay the club fees",
  "Book the dentist for Zain",
  "Book the dentist for Hira",
  "Buy shin pads",
];
const BRIDE = [
  "Confirm the mehndi artist",
  "Call the caterer",
  "Pick up the lehnga",
  "Send invites to the office",
  "Book the photographer",
];
const PINDI = [
  "Dukaan ka kiraya dena",
  "Supplier ko call karna",
  "Bijli ka bill bharna",
  "Naya stock mangwana",
];
const NANA = ["دوائی لانا", "بیٹی کو فون کرنا", "گیس کا بل جمع کرنا", "اخبار کا بل دینا"];

/** The list as its number → "[x] Title" map, with the given numbers completed or gone. */
function listOf(
  titles: string[],
  done: number[] = [],
  gone: number[] = [],
  extra: Record<string, string> = {},
) {
  const tasks: Record<string, string> = {};
  titles.forEach((title, i) => {
    const id = i + 1;
    if (!gone.includes(id)) tasks[String(id)] = done.includes(id) ? `[x] ${title}` : title;
  });
  return { ...tasks, ...extra };
}

const ROUND: Record<string, Record<string, PhrasingCase>> = {
  "follow-ups right after an add": {
    "florist: add ribbons, for saturday": conversation(
      FLORIST,
      ["add buy satin ribbons", { changes: [add("Buy satin ribbons")] }],
      ["for saturday", { changes: [update(6, { due_date: SATURDAY })] }],
    ),
    "landlord: add, and mark it urgent": conversation(
      LANDLORD,
      ["add call the roofer about flat 1", { changes: [add("Call the roofer about flat 1")] }],
      ["and mark it urgent", { changes: [update(6, { priority: "high" })] }],
    ),
    "tester: remind me to renew, it's due on the 15th": conversation(
      TESTER,
      ["remind me to renew the jira licence", { changes: [add("Renew the jira licence")] }],
      ["it's due on the 15th", { changes: [update(6, { due_date: TUESDAY })] }],
    ),
    "bride: add cake, actually make it tomorrow": conversation(
      BRIDE,
      ["add taste the wedding cake", { changes: [add("Taste the wedding cake")] }],
      ["actually make it tomorrow", { changes: [update(6, { due_date: TOMORROW })] }],
    ),
    "walker: add treats, and poo bags too": conversation(
      ["Walk Bruno", "Walk Luna"],
      ["add dog treats", { changes: [add("Dog treats")] }],
      ["and a lead for luna too", { changes: [add("Lead for luna")] }],
    ),
    "walker: add vet, also remind me to buy his flea collar": conversation(
      ["Walk Bruno"],
      ["add book the vet for bruno", { changes: [add("Book the vet for bruno")] }],
      ["also remind me to buy his flea collar", { changes: [add("Buy his flea collar")] }],
    ),
    "bride: add caterer tasting, sorry i meant the florist": conversation(
      [],
      ["add call the baker", { changes: [add("Call the baker")] }],
      ["sorry i meant the florist", { tasks: { "1": "Call the florist" } }],
    ),
    "parent: add dentist, thursday at 4pm": conversation(
      ["Wash the hockey kit"],
      ["add orthodontist for Zain", { changes: [add("Orthodontist for Zain")] }],
      ["thursday at 4pm", { changes: [update(2, { due_date: TOMORROW, due_time: "16:00" })] }],
    ),
    "landlord: add, note: account no": conversation(
      LANDLORD,
      ["add pay the council tax", { changes: [add("Pay the council tax")] }],
      [
        "note: reference number is 44-1902",
        { changes: [update(6, { description: "reference number is 44-1902" })] },
      ],
    ),
    "florist: add, low priority": conversation(
      FLORIST,
      ["add repaint the shop sign", { changes: [add("Repaint the shop sign")] }],
      ["low priority, no rush", { changes: [update(6, { priority: "low" })] }],
    ),
    "tester: add, wait make that high priority": conversation(
      TESTER,
      ["add fix the flaky checkout test", { changes: [add("Fix the flaky checkout test")] }],
      ["wait, make that high priority", { changes: [update(6, { priority: "high" })] }],
    ),
    "tester: add for monday, no wait tuesday": conversation(
      TESTER,
      ["add prep the demo for monday", { changes: [add("Prep the demo", { due_date: MONDAY })] }],
      ["no wait, tuesday", { changes: [update(6, { due_date: TUESDAY })] }],
    ),
    "bride: add, actually call it …": conversation(
      BRIDE,
      ["add book a table at monal", { changes: [add("Book a table at monal")] }],
      [
        "actually call it book a table at andaz",
        { changes: [update(6, { title: "Book a table at andaz" })] },
      ],
    ),
    "walker: add, already done it actually": conversation(
      WALKER,
      ["add refill the water bowls", { changes: [add("Refill the water bowls")] }],
      ["oh i've already done it actually", { changes: [complete(6)] }],
    ),
    "parent: add, due friday pls": conversation(
      PARENT,
      ["add sew the name tags", { changes: [add("Sew the name tags")] }],
      ["due friday pls", { changes: [update(6, { due_date: FRIDAY })] }],
    ),
    "landlord: add, and put in the notes …": conversation(
      LANDLORD,
      [
        "add replace the smoke alarm in flat 4",
        { changes: [add("Replace the smoke alarm in flat 4")] },
      ],
      [
        "put in the notes that the tenant is home after 6",
        { changes: [update(6, { description: "the tenant is home after 6" })] },
      ],
    ),
    "roman: add bill, kal tak": conversation(
      PINDI,
      ["internet ka bill bharna add kar do", { changes: [add("Internet ka bill bharna")] }],
      ["kal tak", { changes: [update(5, { due_date: TOMORROW })] }],
    ),
    "roman: add appointment, jumma ko": conversation(
      PINDI,
      ["doctor se appointment lena add karo", { changes: [add("Doctor se appointment lena")] }],
      ["jumma ko", { changes: [update(5, { due_date: FRIDAY })] }],
    ),
    "roman: add, zaroori hai": conversation(
      PINDI,
      ["ammi ki dawai lana add kr do", { changes: [add("Ammi ki dawai lana")] }],
      ["ye zaroori hai", { changes: [update(5, { priority: "high" })] }],
    ),
    "roman: add, aur chaaval bhi": conversation(
      PINDI,
      ["cheeni lena add kar do", { changes: [add("Cheeni lena")] }],
      ["aur chaaval bhi", { changes: [add("Chaaval")] }],
    ),
    "urdu: add, kal subah": conversation(
      NANA,
      ["سبزی لانا شامل کرو", { changes: [add("سبزی لانا")] }],
      ["کل صبح", { changes: [update(5, { due_date: TOMORROW })] }],
    ),
  },

  "answers to an offer or a yes/no question": {
    "errand: can you call the plumber, yes pls": conversation(
      LANDLORD,
      ["can you call the plumber for me", asks],
      ["yes pls", { changes: [added] }],
    ),
    "errand: text my sister, yep go ahead": conversation(
      BRIDE,
      ["text my sister the venue address for me", asks],
      ["yep go ahead", { changes: [added] }],
    ),
    "errand: book a cab, nah leave it": conversation(
      TESTER,
      ["book me a cab to the office", asks],
      ["nah leave it", { ...talk, tasks: listOf(TESTER) }],
    ),
    "errand: order pizza, sure why not": conversation(
      [],
      ["order a pizza for me", asks],
      ["sure why not", { changes: [added] }],
    ),
    "errand: email the landlord, no thanks": conversation(
      WALKER,
      ["email luna's owner for me", asks],
      ["no thanks", { ...talk, tasks: listOf(WALKER) }],
    ),
    "errand: remind the venue, 👍": conversation(
      FLORIST,
      ["can you ring the wholesaler for me", asks],
      ["👍", { changes: [added] }],
    ),
    "errand: ok do it": conversation(
      PARENT,
      ["please email the coach for me", asks],
      ["ok do it", { changes: [added] }],
    ),
    "roman errand: haan kar do": conversation(
      PINDI,
      ["mere liye supplier ko message kar do", asks],
      ["haan kar do", { changes: [added] }],
    ),
    "roman errand: nahi rehne do": conversation(
      PINDI,
      ["mere liye bank ko call kar do", asks],
      ["nahi rehne do", { changes: [], tasks: listOf(PINDI) }],
    ),
    "delete everything, yes pls": conversation(
      ["Walk Bruno", "Walk Luna"],
      ["delete everything", asks],
      ["yes pls", { tasks: {} }],
    ),
    "clear my whole list, nah leave it": conversation(
      TESTER,
      ["clear my whole list", asks],
      ["nah leave it", { changes: [], tasks: listOf(TESTER) }],
    ),
    "delete everything, hmm no keep them": conversation(
      FLORIST,
      ["wipe my entire list", asks],
      ["hmm no, keep them", { changes: [], tasks: listOf(FLORIST) }],
    ),
    "roman: sab delete kar do, haan": conversation(
      ["Doodh lana", "Sabzi lana"],
      ["saare kaam delete kar do", asks],
      ["haan kar do", { tasks: {} }],
    ),
    "urdu: sab مٹا دو، نہیں": conversation(
      NANA,
      ["سارے کام حذف کر دو", asks],
      ["نہیں رہنے دو", { changes: [], tasks: listOf(NANA) }],
    ),
    "vague: plumber?, yep the first": conversation(
      ["Call the plumber", "Buy bread"],
      ["plumber", asks],
      ["yep", { changes: [complete(1)] }],
    ),
  },

  "answers to which one": {
    "parent: book the dentist done, the second": conversation(
      PARENT,
      ["the dentist one is booked", asks],
      ["the second", { changes: [complete(4)] }],
    ),
    "parent: dentist, 2": conversation(
      PARENT,
      ["delete the dentist task", asks],
      ["2", { changes: [remove(4)] }],
    ),
    "walker: walk done, the luna one": conversation(
      WALKER,
      ["mark the walk done", asks],
      ["the luna one", { changes: [complete(2)] }],
    ),
    "walker: walk done, both": conversation(
      WALKER,
      ["finished the walk", asks],
      ["both", { changes: [complete(1), complete(2)] }],
    ),
    "landlord: pay the bill, neither": conversation(
      LANDLORD,
      ["delete the bill one", asks],
      ["neither actually", { changes: [], tasks: listOf(LANDLORD) }],
    ),
    "landlord: bill paid, the gas one": conversation(
      LANDLORD,
      ["bill paid", asks],
      ["the gas one", { changes: [complete(5)] }],
    ),
    "landlord: bill, last one": conversation(
      LANDLORD,
      ["tick off the bill", asks],
      ["the last one", { changes: [complete(5)] }],
    ),
    "parent: dentist, zain's": conversation(
      PARENT,
      ["move the dentist to friday", asks],
      ["zain's", { changes: [update(3, { due_date: FRIDAY })] }],
    ),
    "parent: dentist, not hira, the other": conversation(
      PARENT,
      ["the dentist is done", asks],
      ["not hira, the other one", { changes: [complete(3)] }],
    ),
    "roman: bill, pehla wala": conversation(
      LANDLORD,
      ["bill wala kaam done kar do", asks],
      ["pehla wala", { changes: [complete(4)] }],
    ),
    "roman: walk, dono": conversation(
      WALKER,
      ["walk wala delete kar do", asks],
      ["dono", { changes: [remove(1), remove(2)] }],
    ),
    "roman: walk, doosra": conversation(
      WALKER,
      ["walk wala ho gaya", asks],
      ["doosra wala", { changes: [complete(2)] }],
    ),
    "urdu: بل، پہلا والا": conversation(
      ["پانی کا بل دینا", "گیس کا بل دینا", "دوائی لانا"],
      ["بل والا کام مکمل کر دو", asks],
      ["پہلا والا", { changes: [complete(1)] }],
    ),
    "tester: which one, the payment one": conversation(
      ["Retest the payment bug", "Retest the login bug", "Email the release notes"],
      ["retest done", asks],
      ["the payment one", { changes: [complete(1)] }],
    ),
  },

  "after a list": {
    "florist: list, tick off the 3rd": conversation(FLORIST, SHOW, [
      "tick off the 3rd",
      { changes: [complete(3)] },
    ]),
    "tester: pending, the last two are done": conversation(
      TESTER,
      ["what's pending", { list: "pending" }],
      ["the last two are done", { changes: [complete(4), complete(5)] }],
    ),
    "bride: list, number 4 move it to friday": conversation(BRIDE, SHOW, [
      "number 4, move it to friday",
      { changes: [update(4, { due_date: FRIDAY })] },
    ]),
    "walker: list, scrap the first one": conversation(WALKER, SHOW, [
      "scrap the first one",
      { changes: [remove(1)] },
    ]),
    "roman: list, teesra ho gaya": conversation(
      PINDI,
      ["mere kaam dikhao", { list: "all" }],
      ["teesra ho gaya", { changes: [complete(3)] }],
    ),
    "urdu: list, دوسرا مکمل": conversation(
      NANA,
      ["میرے کام دکھاؤ", { list: "all" }],
      ["دوسرا کام ہو گیا", { changes: [complete(2)] }],
    ),
    "landlord: pending after done, 2nd one paid": conversation(
      ["[x] Fix the boiler in flat 2", ...LANDLORD.slice(1)],
      ["what's left", { list: "pending" }],
      ["2nd one's paid now", { changes: [complete(3)] }],
    ),
  },

  "after a completion": {
    "landlord: paid the water bill, undo that": conversation(
      LANDLORD,
      ["paid the water bill", { changes: [complete(4)] }],
      ["undo that", { changes: [update(4, { completed: false })] }],
    ),
    "landlord: water bill done, wait no the gas bill": conversation(
      LANDLORD,
      ["water bill done", { changes: [complete(4)] }],
      ["wait no, the gas bill", { tasks: listOf(LANDLORD, [5]) }],
    ),
    "florist: invoiced mrs siddiqui, and the cold room too": conversation(
      FLORIST,
      ["invoiced mrs siddiqui", { changes: [complete(3)] }],
      ["cleaned the cold room too", { changes: [complete(4)] }],
    ),
    "tester: retested, oops not yet": conversation(
      TESTER,
      ["retested the payment bug", { changes: [complete(2)] }],
      ["oops, not yet actually", { changes: [update(2, { completed: false })] }],
    ),
    "roman: bill bhar diya, galti se": conversation(
      PINDI,
      ["bijli ka bill bhar diya", { changes: [complete(3)] }],
      ["nahi galti se, wapis kar do", { changes: [update(3, { completed: false })] }],
    ),
  },

  "after a delete": {
    "walker: delete the vet one, undo that": conversation(
      WALKER,
      ["delete the vet one", { changes: [remove(5)] }],
      ["undo that", { changes: [restore(5)] }],
    ),
    "bride: remove the photographer, wait no": conversation(
      BRIDE,
      ["remove the photographer", { changes: [remove(5)] }],
      ["wait no", { changes: [restore(5)] }],
    ),
    "tester: delete 3, oops bring it back": conversation(
      TESTER,
      ["delete 3", { changes: [remove(3)] }],
      ["oops bring it back", { changes: [restore(3)] }],
    ),
    "roman: delete, wapis le aao": conversation(
      PINDI,
      ["supplier wala kaam delete kar do", { changes: [remove(2)] }],
      ["wapis le aao", { changes: [restore(2)] }],
    ),
    "parent: delete shin pads, no wrong one, the kit": conversation(
      PARENT,
      ["delete shin pads", { changes: [remove(5)] }],
      ["no wrong one, the hockey kit", { tasks: listOf(PARENT, [], [1]) }],
    ),
    "urdu: حذف، واپس لاؤ": conversation(
      NANA,
      ["اخبار والا کام حذف کر دو", { changes: [remove(4)] }],
      ["واپس لے آؤ", { changes: [restore(4)] }],
    ),
  },

  conversations: {
    "florist: morning, list, done by place, add, thanks": conversation(
      FLORIST,
      ["morning!", talk],
      SHOW,
      ["the first one's ordered", { changes: [complete(1)] }],
      ["add buy oasis foam", { changes: [add("Buy oasis foam")] }],
      ["for tomorrow", { changes: [update(6, { due_date: TOMORROW })] }],
      ["thanks, that's all", talk],
    ),
    "walker: walked both dogs, what's left, delete last, undo": conversation(
      WALKER,
      ["walked bruno and luna", { changes: [complete(1), complete(2)] }],
      ["what's left", { list: "pending", reply_includes: ["Buy poo bags"] }],
      ["delete the last one", { changes: [remove(5)] }],
      ["hmm undo that", { changes: [restore(5)] }],
      ["cheers", talk],
    ),
    "landlord: bill paid, which, gas, thanks, add": conversation(
      LANDLORD,
      ["bill paid", asks],
      ["gas", { changes: [complete(5)] }],
      ["thanks", talk],
      ["add chase flat 3 for the deposit", { changes: [add("Chase flat 3 for the deposit")] }],
      ["note: they owe 2 months", { changes: [update(6, { description: "they owe 2 months" })] }],
    ),
    "bride: add, which day, list, delete by place, wait no": conversation(
      BRIDE,
      ["add get the rings resized", { changes: [add("Get the rings resized")] }],
      ["by saturday", { changes: [update(6, { due_date: SATURDAY })] }],
      SHOW,
      ["delete the 4th", { changes: [remove(4)] }],
      ["wait no i still need that", { changes: [restore(4)] }],
      ["ok thank you!!", talk],
    ),
    "parent: dentist done, which one, both, what's left": conversation(
      PARENT,
      ["dentist is booked", asks],
      ["both of them", { changes: [complete(3), complete(4)] }],
      ["what's left", { list: "pending", reply_includes: ["Buy shin pads"] }],
      ["washed the kit too", { changes: [complete(1)] }],
    ),
    "offer then add then correction": conversation(
      TESTER,
      ["can you email omar for me", asks],
      ["yes please", { changes: [added] }],
      ["add check the staging logs", { changes: [add("Check the staging logs")] }],
      ["oops i meant the prod logs", { changes: [update(7, { title: "Check the prod logs" })] }],
    ),
    "roman: list, teesra, add, kal, shukriya": conversation(
      PINDI,
      ["mere pending kaam dikhao", { list: "pending" }],
      ["teesra wala ho gaya", { changes: [complete(3)] }],
      ["dukaan ki safai add kar do", { changes: [add("Dukaan ki safai")] }],
      ["kal", { changes: [update(5, { due_date: TOMORROW })] }],
      ["shukriya", talk],
    ),
    "roman: add, aur bhi, pehla delete, wapis": conversation(
      [],
      ["anday lene hain", { changes: [add("Anday lene")] }],
      ["aur double roti bhi", { changes: [add("Double roti")] }],
      ["list dikhao", { list: "all" }],
      ["pehla wala delete kar do", { changes: [remove(1)] }],
      ["nahi nahi wapis lao", { changes: [restore(1)] }],
    ),
    "urdu: list, done, add, thanks": conversation(
      NANA,
      ["میرے کام دکھاؤ", { list: "all" }],
      ["پہلا ہو گیا", { changes: [complete(1)] }],
      ["بیٹے کو فون کرنا شامل کرو", { changes: [add("بیٹے کو فون کرنا")] }],
      ["شکریہ", talk],
    ),
    "walker: which walk, the bruno one, undo, luna then": conversation(
      WALKER,
      ["walk done", asks],
      ["the bruno one", { changes: [complete(1)] }],
      ["undo that, i meant luna", { tasks: listOf(WALKER, [2]) }],
      ["perfect ty", talk],
    ),
  },
};

// Left and taken out (eval/README.md, "Development rounds"): "water bill" with a task "Pay the
// water bill" (added, not asked about), "make the second one urgent" after adding two (the
// second of the list, not of the two added), "called them just now" after adding "order roses,
// call the venue" (both completed).

// A second batch, written after the first was tuned and scored once before any rule was
// changed for it: new wordings of the same families.
const SECOND: Record<string, Record<string, PhrasingCase>> = {
  "second batch: follow-ups and answers": {
    "florist: add, set it for the 20th": conversation(
      FLORIST,
      ["add order the christmas wreaths", { changes: [add("Order the christmas wreaths")] }],
      ["can you set it for the 20th", { changes: [update(6, { due_date: "2026-12-20" })] }],
    ),
    "tester: add, oh and it's pretty urgent": conversation(
      TESTER,
      ["add rotate the api keys", { changes: [add("Rotate the api keys")] }],
      ["oh and it's pretty urgent", { changes: [update(6, { priority: "high" })] }],
    ),
    "bride: add, plus a reminder to …": conversation(
      BRIDE,
      ["add pack the honeymoon bag", { changes: [add("Pack the honeymoon bag")] }],
      ["plus a reminder to buy a phone charger", { changes: [add("Buy a phone charger")] }],
    ),
    "landlord: add, by end of the week": conversation(
      LANDLORD,
      ["add pay the gardener", { changes: [add("Pay the gardener")] }],
      ["by end of the week", { changes: [update(6, { due_date: FRIDAY })] }],
    ),
    "errand: message the tailor, yeah go on then": conversation(
      BRIDE,
      ["could you message the tailor for me", asks],
      ["yeah go on then", { changes: [added] }],
    ),
    "errand: call the school, nah its ok": conversation(
      PARENT,
      ["call the school for me pls", asks],
      ["nah its ok", { changes: [], tasks: listOf(PARENT) }],
    ),
    "delete everything, yes all of it": conversation(
      ["Walk Bruno", "Walk Luna"],
      ["delete all my tasks", asks],
      ["yes, all of it", { tasks: {} }],
    ),
    "walker: walk done, number 2": conversation(
      WALKER,
      ["walk's done", asks],
      ["number 2", { changes: [complete(2)] }],
    ),
    "parent: delete the dentist, the one for hira": conversation(
      PARENT,
      ["delete the dentist", asks],
      ["the one for hira", { changes: [remove(4)] }],
    ),
    "landlord: bill's paid, water": conversation(
      LANDLORD,
      ["the bill's paid", asks],
      ["water", { changes: [complete(4)] }],
    ),
    "roman: dentist wala delete, aakhri wala": conversation(
      PARENT,
      ["dentist wala delete kar do", asks],
      ["aakhri wala", { changes: [remove(4)] }],
    ),
    "landlord: paid the gas bill, hold on not yet": conversation(
      LANDLORD,
      ["paid the gas bill", { changes: [complete(5)] }],
      ["hold on, not yet", { changes: [update(5, { completed: false })] }],
    ),
    "parent: get rid of shin pads, hang on no put it back": conversation(
      PARENT,
      ["get rid of the shin pads", { changes: [remove(5)] }],
      ["hang on no, put it back", { changes: [restore(5)] }],
    ),
    "tester: what's left, bin the 2nd one": conversation(
      ["[x] Write the login test plan", ...TESTER.slice(1)],
      ["what's left", { list: "pending" }],
      ["bin the 2nd one", { changes: [remove(3)] }],
    ),
    "roman: add, parson tak": conversation(
      PINDI,
      ["kapre press karwane add kar do", { changes: [add("Kapre press karwane")] }],
      ["parson tak", { changes: [update(5, { due_date: FRIDAY })] }],
    ),
    "urdu: add, یہ ضروری ہے": conversation(
      NANA,
      ["بچوں کی فیس جمع کرانا شامل کرو", { changes: [add("بچوں کی فیس جمع کرانا")] }],
      ["یہ ضروری ہے", { changes: [update(5, { priority: "high" })] }],
    ),
    "roman: galti se delete, wapas kar do": conversation(
      PINDI,
      ["naya stock wala delete kar do", { changes: [remove(4)] }],
      ["galti se delete ho gaya, wapas kar do", { changes: [restore(4)] }],
    ),
    "florist: list, first done, thanks, oh wait undo that": conversation(
      FLORIST,
      SHOW,
      ["first one's done", { changes: [complete(1)] }],
      ["thanks!", talk],
      ["oh wait, undo that", { changes: [update(1, { completed: false })] }],
    ),
  },
};

// A third batch, written after the second was tuned, scored once and not tuned to: the
// honest figure of the round (eval/README.md).
const CHEMIST = ["Order insulin pens", "Call the bank", "Call mom", "Renew the pharmacy licence"];
const THIRD: Record<string, Record<string, PhrasingCase>> = {
  "third batch: not tuned to": {
    "add, make it 3pm tomorrow": conversation(
      CHEMIST,
      ["add count the cash drawer", { changes: [add("Count the cash drawer")] }],
      ["make it 3pm tomorrow", { changes: [update(5, { due_date: TOMORROW, due_time: "15:00" })] }],
    ),
    "add, mark it as important": conversation(
      CHEMIST,
      ["add restock paracetamol", { changes: [add("Restock paracetamol")] }],
      ["mark it as important", { changes: [update(5, { priority: "high" })] }],
    ),
    "add, note - …": conversation(
      CHEMIST,
      ["add call the insurance company", { changes: [add("Call the insurance company")] }],
      [
        "note - policy number is on the fridge",
        { changes: [update(5, { description: "policy number is on the fridge" })] },
      ],
    ),
    "add, and … as well": conversation(
      [],
      ["add wash the car", { changes: [add("Wash the car")] }],
      ["and book the mechanic as well", { changes: [add("Book the mechanic")] }],
    ),
    "add, scratch that": conversation(
      CHEMIST,
      ["add email the landlord", { changes: [add("Email the landlord")] }],
      ["scratch that", { changes: [remove(5)] }],
    ),
    "offer: can u text mom, yes add it": conversation(
      [],
      ["can u text my brother for me", asks],
      ["yes add it", { changes: [added] }],
    ),
    "offer: buy me flowers, nope": conversation(
      CHEMIST,
      ["buy me some flowers", asks],
      ["nope", { changes: [], tasks: listOf(CHEMIST) }],
    ),
    "remove everything, yep": conversation(
      ["Call the bank", "Call mom"],
      ["remove everything from my list", asks],
      ["yep", { tasks: {} }],
    ),
    "clear all tasks, no don't": conversation(
      CHEMIST,
      ["clear all tasks", asks],
      ["no!! don't", { changes: [], tasks: listOf(CHEMIST) }],
    ),
    "which: delete the call, the bank one pls": conversation(
      CHEMIST,
      ["delete the call", asks],
      ["the bank one pls", { changes: [remove(2)] }],
    ),
    "which: done with the call, first": conversation(
      CHEMIST,
      ["done with the call", asks],
      ["first", { changes: [complete(2)] }],
    ),
    "roman which: call wala ho gaya, dono": conversation(
      CHEMIST,
      ["call wala ho gaya", asks],
      ["dono ho gaye", { changes: [complete(2), complete(3)] }],
    ),
    "completion, oh no wait i haven't": conversation(
      CHEMIST,
      ["renewed the pharmacy licence", { changes: [complete(4)] }],
      ["oh no wait, i haven't", { changes: [update(4, { completed: false })] }],
    ),
    "delete, argh undo": conversation(
      CHEMIST,
      ["delete the insulin one", { changes: [remove(1)] }],
      ["argh undo", { changes: [restore(1)] }],
    ),
    "urdu: list, آخری والا حذف": conversation(
      NANA,
      ["سب کام دکھاؤ", { list: "all" }],
      ["آخری والا حذف کر دو", { changes: [remove(4)] }],
    ),
    "roman: add, subah 10 baje": conversation(
      PINDI,
      ["gas cylinder bharwana add kr do", { changes: [add("Gas cylinder bharwana")] }],
      ["subah 10 baje", { changes: [update(5, { due_time: "10:00" })] }],
    ),
  },
};

runPhrasingRounds("round9-talk", { ...ROUND, ...SECOND, ...THIRD });
