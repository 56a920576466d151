import {
  complete,
  conversation,
  one,
  remove,
  runPhrasingRounds,
  type PhrasingCase,
  nothing,
  listOf,
  deletes,
  completes,
  answers,
  SHOW,
} from "@/test/support/phrasing-cases";

// A thirteenth round, about deletions, deeds told as news and questions about one task's
// state: every casual way of taking a task off ("scrap", "bin", "nix", "forget about", "X won't
// happen", "hata do", "nikaal do", "ہٹا دو"), by number, words, typos, position and pronoun;
// completions in past and perfect tenses, with fillers and emoji, several at once; and
// questions ("did I already X?", "X hua ke nahi?", "کیا X ہو گیا؟") answered from the list
// with no change. A deletion's words never complete and a completion's never delete; when
// nothing matches, nothing changes. Written before any rule was changed for it, by people not
// met in earlier rounds: a florist, a driving instructor, a nurse, a bookkeeper, a dog walker,
// a student in Karachi and a tailor in Gujranwala typing Roman Urdu, a shopkeeper in Quetta and
// a retired clerk in Lahore writing Urdu. Each case runs through the local model with the
// contract's task tools on a fixed clock (Wednesday 9 December 2026, 10:00 UTC). The scores
// are in eval/README.md, "Development rounds".

const FLORIST = [
  "Order peonies from the wholesaler",
  "Deliver the wedding bouquets",
  "Pay the van insurance",
  "Clean the cold room",
];
const INSTRUCTOR = ["Book Sara's mock test", "Service the car", "Renew my ADI badge"];
const NURSE = ["Restock the crash trolley", "Finish the handover notes", "Call the pharmacy"];
const BOOKS = [
  "File the VAT return",
  "Send invoices to Patel & Co",
  "Reconcile the bank account",
  "Pay the phone bill",
];
const WALKER = ["Walk Bruno", "Buy poo bags", "Pick up the leads from repair"];
const STUDENT = ["Assignment submit karna", "Library ki kitaab wapas karni", "Fee jama karwani"];
const DARZI = ["Kapra mangwana", "Ahmed ka suit silai", "Dhaage khareedne"];
const DUKAN = ["چینی منگوانی", "بجلی کا بل جمع کرانا", "دکان کی صفائی"];
const CLERK = ["پنشن کے کاغذ جمع کرانا", "دوائی لینی", "بیٹی کو فون کرنا"];

const FIRST: Record<string, Record<string, PhrasingCase>> = {
  deletions: {
    "florist: scrap the cold room one": one(
      FLORIST,
      "scrap the cold room one",
      deletes(FLORIST, 4),
    ),
    "florist: ditch task 3": one(FLORIST, "ditch task 3", deletes(FLORIST, 3)),
    "instructor: bin the badge thing": one(
      INSTRUCTOR,
      "bin the badge thing",
      deletes(INSTRUCTOR, 3),
    ),
    "nurse: nix the pharmacy call": one(NURSE, "nix the pharmacy call", deletes(NURSE, 3)),
    "books: kill the phone bill task": one(BOOKS, "kill the phone bill task", deletes(BOOKS, 4)),
    "walker: forget about the poo bags": one(
      WALKER,
      "forget about the poo bags",
      deletes(WALKER, 2),
    ),
    "instructor: no longer need to service the car": one(
      INSTRUCTOR,
      "i no longer need to service the car, sold it",
      deletes(INSTRUCTOR, 2),
    ),
    "books: take VAT off my list": one(BOOKS, "take the VAT return off my list", deletes(BOOKS, 1)),
    "florist: the wedding is cancelled": one(
      FLORIST,
      "the wedding bouquets are cancelled, couple split up",
      deletes(FLORIST, 2),
    ),
    "nurse: handover notes won't happen": one(
      NURSE,
      "handover notes won't happen today, just get rid of it",
      deletes(NURSE, 2),
    ),
    "walker: remove the leads one": one(WALKER, "remove the leads one pls", deletes(WALKER, 3)),
    "books: typo in the title": one(BOOKS, "delete reconcle the bank acount", deletes(BOOKS, 3)),
    "florist: drop number 1": one(FLORIST, "drop number 1", deletes(FLORIST, 1)),
    "instructor: cancel sara's mock": one(
      INSTRUCTOR,
      "cancel sara's mock test",
      deletes(INSTRUCTOR, 1),
    ),
    "nurse: nothing matches": one(NURSE, "delete the rota task", {
      ...nothing,
      tasks: listOf(NURSE),
    }),
    "walker: delete a dog that isn't there": one(WALKER, "scrap walk max", {
      ...nothing,
      tasks: listOf(WALKER),
    }),
    "florist: list, get rid of the last one": conversation(FLORIST, SHOW, [
      "get rid of the last one",
      deletes(FLORIST, 4),
    ]),
    "books: list, bin the 2nd": conversation(BOOKS, SHOW, ["bin the 2nd", deletes(BOOKS, 2)]),
    "instructor: add then scrap that": conversation(
      INSTRUCTOR,
      [
        "add buy new l plates",
        { changes: [{ name: "add_task", arguments: { title: "Buy new l plates" } }] },
      ],
      ["actually scrap that", { changes: [remove(4)] }],
    ),
    "nurse: asked then delete it": conversation(
      NURSE,
      ["is the pharmacy call still on my list?", answers(NURSE)],
      ["ok delete it", deletes(NURSE, 3)],
    ),
    "walker: list, remove the first two": conversation(WALKER, SHOW, [
      "remove the first two",
      deletes(WALKER, 1, 2),
    ]),
  },
  "deletions, roman urdu and urdu": {
    "student: library wala hata do": one(STUDENT, "library wala kaam hata do", deletes(STUDENT, 2)),
    "student: 3 number nikaal do": one(STUDENT, "3 number nikaal do", deletes(STUDENT, 3)),
    "darzi: dhaage mita do": one(DARZI, "dhaage wala mita do yaar", deletes(DARZI, 3)),
    "darzi: suit cancel kar do": one(
      DARZI,
      "ahmed ka suit cancel kar do, usne order wapas le liya",
      deletes(DARZI, 2),
    ),
    "student: fee ki zaroorat nahi": one(
      STUDENT,
      "fee wale kaam ki ab zaroorat nahi",
      deletes(STUDENT, 3),
    ),
    "darzi: list, pehla hata do": conversation(DARZI, SHOW, [
      "pehla wala hata do",
      deletes(DARZI, 1),
    ]),
    "dukan: چینی والا حذف کرو": one(DUKAN, "چینی والا کام حذف کرو", deletes(DUKAN, 1)),
    "dukan: صفائی ہٹا دو": one(DUKAN, "دکان کی صفائی ہٹا دو", deletes(DUKAN, 3)),
    "clerk: دوسرا ہٹا دو": conversation(
      CLERK,
      ["میری فہرست دکھاؤ", { list: "all" }],
      ["دوسرا والا ہٹا دو", deletes(CLERK, 2)],
    ),
    "student: nothing matches": one(STUDENT, "exam wala kaam hata do", {
      ...nothing,
      tasks: listOf(STUDENT),
    }),
  },
  completions: {
    "florist: ordered the peonies": one(
      FLORIST,
      "ordered the peonies this morning",
      completes(FLORIST, 1),
    ),
    "instructor: car's been serviced": one(
      INSTRUCTOR,
      "car's been serviced 🚗✅",
      completes(INSTRUCTOR, 2),
    ),
    "nurse: just restocked the trolley": one(
      NURSE,
      "just restocked the crash trolley phew",
      completes(NURSE, 1),
    ),
    "books: paid both bills": one(
      ["Pay the gas bill", "Pay the phone bill", "Chase Patel & Co"],
      "paid both bills",
      completes(["Pay the gas bill", "Pay the phone bill", "Chase Patel & Co"], 1, 2),
    ),
    "books: have filed the VAT": one(
      BOOKS,
      "i have filed the vat return finally",
      completes(BOOKS, 1),
    ),
    "walker: bruno's been walked": one(WALKER, "bruno walked 🐕", completes(WALKER, 1)),
    "walker: picked up the leads": one(
      WALKER,
      "picked up the leads from the repair shop",
      completes(WALKER, 3),
    ),
    "florist: list, done with the first two": conversation(FLORIST, SHOW, [
      "done with the first two",
      completes(FLORIST, 1, 2),
    ]),
    "nurse: cross it out vs delete": one(
      NURSE,
      "called the pharmacy, cross it out",
      completes(NURSE, 3),
    ),
    "instructor: renewed badge and booked mock": one(
      INSTRUCTOR,
      "renewed my badge and booked sara's mock",
      { changes: [complete(3), complete(1)], tasks: listOf(INSTRUCTOR, [1, 3]) },
    ),
    "books: sent the invoices typo": one(BOOKS, "sent the invoces to patel", completes(BOOKS, 2)),
    "florist: question then deed": conversation(
      FLORIST,
      ["have i paid the van insurance yet?", answers(FLORIST)],
      ["ok i just did, tick it", completes(FLORIST, 3)],
    ),
    "walker: nothing matches": one(WALKER, "fed the cat", {
      changes: [],
      tasks: listOf(WALKER),
    }),
  },
  "completions, roman urdu and urdu": {
    "student: assignment submit ho gaya": one(
      STUDENT,
      "assignment submit ho gaya finally 🎉",
      completes(STUDENT, 1),
    ),
    "student: fee jama karwa di": one(STUDENT, "fee jama karwa di", completes(STUDENT, 3)),
    "darzi: kapra aa gaya": one(DARZI, "kapra mangwa liya hai", completes(DARZI, 1)),
    "darzi: dono kaam ho gaye": conversation(DARZI, SHOW, [
      "pehle do ho gaye",
      completes(DARZI, 1, 2),
    ]),
    "darzi: suit wala mukammal": one(DARZI, "ahmed ka suit tayyar ho gaya", completes(DARZI, 2)),
    "dukan: بل جمع ہو گیا": one(DUKAN, "بجلی کا بل جمع کرا دیا", completes(DUKAN, 2)),
    "dukan: صفائی ہو گئی": one(DUKAN, "دکان کی صفائی ہو گئی", completes(DUKAN, 3)),
    "clerk: فون کر لیا": one(CLERK, "بیٹی کو فون کر لیا", completes(CLERK, 3)),
  },
  questions: {
    "florist: did i already order the peonies": one(
      FLORIST,
      "did i already order the peonies?",
      answers(FLORIST),
    ),
    "instructor: is the car service done": one(
      ["Book Sara's mock test", "Service the car", "Renew my ADI badge"],
      "is the car service done?",
      answers(INSTRUCTOR),
    ),
    "books: have i paid the phone bill yet": one(
      BOOKS,
      "have i paid the phone bill yet",
      answers(BOOKS),
    ),
    "nurse: after a completion, is it done": conversation(
      NURSE,
      ["finished the handover notes", completes(NURSE, 2)],
      ["wait did i do the handover notes already?", answers(NURSE, [2])],
    ),
    "instructor: what's still open about the car": one(
      INSTRUCTOR,
      "what's still open about the car?",
      answers(INSTRUCTOR),
    ),
    "walker: did i walk bruno today": one(WALKER, "did i walk bruno today?", answers(WALKER)),
    "books: did i reconcile, unknown": one(BOOKS, "did i do the payroll yet?", answers(BOOKS)),
  },
  "questions, roman urdu and urdu": {
    "student: fee jama hui ke nahi": one(STUDENT, "fee jama hui ke nahi?", answers(STUDENT)),
    "darzi: kya suit ho gaya": one(DARZI, "kya ahmed ka suit ho gaya?", answers(DARZI)),
    "student: assignment hua?": one(STUDENT, "assignment submit hua ke nahi", answers(STUDENT)),
    "dukan: کیا بل جمع ہو گیا": one(DUKAN, "کیا بجلی کا بل جمع ہو گیا؟", answers(DUKAN)),
    "clerk: کیا دوائی لے لی": one(CLERK, "کیا میں نے دوائی لے لی؟", answers(CLERK)),
  },
};

// Written after the first batch was tuned, by a cricket coach, a bride-to-be, a courier, a
// mechanic in Faisalabad (Roman Urdu) and a teacher in Hyderabad (Urdu).
const COACH = [
  "Book the nets for saturday",
  "Collect match fees",
  "Wash the kit",
  "Email the league",
];
const BRIDE = ["Final dress fitting", "Confirm the caterer", "Pick up the rings"];
const COURIER = ["Drop parcel at 14 elm st", "Refuel the van", "Return the scanner"];
const MISTRI = ["Gaari ka oil change", "Brake pads mangwane", "Ustad ko tankhwa deni"];
const USTANI = ["کاپیاں چیک کرنی", "رزلٹ بنانا", "پرنسپل سے ملنا"];

const SECOND: Record<string, Record<string, PhrasingCase>> = {
  "second batch, deletions": {
    "coach: league email is off": one(
      COACH,
      "the league email isn't happening, they emailed us",
      deletes(COACH, 4),
    ),
    // Corrected after scoring: "knock X off the list" is the idiom for getting X done.
    "coach: knock the kit wash off": one(
      COACH,
      "knock the kit wash off the list",
      completes(COACH, 3),
    ),
    "bride: caterer's been cancelled": one(
      BRIDE,
      "caterer got cancelled 😩 delete it",
      deletes(BRIDE, 2),
    ),
    "courier: don't need to return the scanner": one(
      COURIER,
      "dont need to return the scanner anymore",
      deletes(COURIER, 3),
    ),
    "courier: list, ditch the middle one": conversation(COURIER, SHOW, [
      "ditch number 2",
      deletes(COURIER, 2),
    ]),
    "bride: erase something missing": one(BRIDE, "delete the florist task", {
      ...nothing,
      tasks: listOf(BRIDE),
    }),
    "mistri: brake pads wala nikaal do": one(
      MISTRI,
      "brake pads wala kaam nikaal do",
      deletes(MISTRI, 2),
    ),
    "mistri: oil change ki zaroorat nahi": one(
      MISTRI,
      "oil change ki zarurat nahi ab",
      deletes(MISTRI, 1),
    ),
    "ustani: رزلٹ والا مٹا دو": one(USTANI, "رزلٹ والا کام مٹا دو", deletes(USTANI, 2)),
  },
  "second batch, completions": {
    "coach: collected the fees": one(
      COACH,
      "collected all the match fees finally 💰",
      completes(COACH, 2),
    ),
    "bride: rings picked up": one(BRIDE, "rings picked up 💍", completes(BRIDE, 3)),
    "courier: refuelled and returned": one(COURIER, "refuelled the van", completes(COURIER, 2)),
    "mistri: tankhwa de di": one(MISTRI, "ustad ko tankhwa de di hai", completes(MISTRI, 3)),
    "ustani: کاپیاں چیک کر لیں": one(USTANI, "کاپیاں چیک کر لیں", completes(USTANI, 1)),
    "coach: list, first and last done": conversation(COACH, SHOW, [
      "first and last are done",
      completes(COACH, 1, 4),
    ]),
  },
  "second batch, questions": {
    "bride: have i done the fitting": one(
      BRIDE,
      "have i done the final fitting yet?",
      answers(BRIDE),
    ),
    "courier: is the parcel dropped": one(COURIER, "is the elm st parcel done?", answers(COURIER)),
    "coach: after a deed, did i wash the kit": conversation(
      COACH,
      ["washed the kit", completes(COACH, 3)],
      ["did i already wash the kit?", answers(COACH, [3])],
    ),
    "mistri: oil change hua ke nahi": one(MISTRI, "oil change hua ke nahi?", answers(MISTRI)),
    "ustani: کیا رزلٹ بن گیا": one(USTANI, "کیا رزلٹ بن گیا؟", answers(USTANI)),
  },
};

runPhrasingRounds("round13-deeds", { ...FIRST, ...SECOND });
