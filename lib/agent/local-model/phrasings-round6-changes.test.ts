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
  SHOW,
} from "@/test/support/phrasing-cases";

// A sixth round of fresh phrasings about changing the list, written before any rule was
// changed for them, by people not met in earlier rounds: a baker, an electrician, a nurse in
// Karachi, a freelancer, a grandmother typing Roman Urdu. Families: adds with a note in the
// same message, several tasks in one message, deleting by words, number or kind, renames and
// other updates, and completions said as news or in the past tense with extra words. Each
// conversation runs through the local model with the contract's task tools on a fixed clock
// (Wednesday 9 December 2026, 10:00 UTC) and checks the changes and the list after each
// message. Scored 63/86 before tuning; the cases left are named in eval/README.md.

const BAKER = [
  "Buy flour",
  "Bake the wedding cake",
  "Call the oven repair guy",
  "Pay the gas bill",
];
const SPARKS = [
  "Rewire Mr Siddiqui's kitchen",
  "Buy 2.5mm cable",
  "Send quote to Hina",
  "Fix the fuse box at the school",
];
const NURSE = [
  "Renew nursing license",
  "Buy scrubs",
  "Swap night shift with Sana",
  "Pay hostel rent",
];
const FREELANCE = ["Send invoice to Acme", "Logo draft for Zara", "Renew domain", "Backup laptop"];
const NANI = ["Dawai lena", "Bijli ka bill jama karna", "Beti ko phone karna", "Sabzi mangwana"];
const NANI_UR = ["دوائی لینا", "بجلی کا بل جمع کرنا", "بیٹی کو فون کرنا"];

const ROUND: Record<string, Record<string, PhrasingCase>> = {
  "adds with a note": {
    "add call the bank – ask about the late fee": one(
      [],
      "add call the bank – ask about the late fee",
      { changes: [add("Call the bank", { description: "ask about the late fee" })] },
    ),
    "remind me to buy tiles, note: the grey ones": one(
      [],
      "remind me to buy tiles, note: the grey ones",
      { changes: [add("Buy tiles", { description: "the grey ones" })] },
    ),
    "add order flour, details: 20kg bags from metro": one(
      [],
      "add order flour, details: 20kg bags from metro",
      { changes: [add("Order flour", { description: "20kg bags from metro" })] },
    ),
    "add buy scrubs — description: size M, navy blue": one(
      [],
      "add buy scrubs — description: size M, navy blue",
      { changes: [add("Buy scrubs", { description: "size M, navy blue" })] },
    ),
    "can u add send quote to hina pls, note - she wants it as a pdf": one(
      [],
      "can u add send quote to hina pls, note - she wants it as a pdf",
      { changes: [add("Send quote to hina", { description: "she wants it as a pdf" })] },
    ),
    "add backup laptop with the note 'use the external drive'": one(
      [],
      "add backup laptop with the note 'use the external drive'",
      { changes: [add("Backup laptop", { description: "use the external drive" })] },
    ),
    "add pay hostel rent. details: 15000 to the warden": one(
      [],
      "add pay hostel rent. details: 15000 to the warden",
      { changes: [add("Pay hostel rent", { description: "15000 to the warden" })] },
    ),
    "sabzi mangwana add kar do, note: aloo aur tamatar": one(
      [],
      "sabzi mangwana add kar do, note: aloo aur tamatar",
      { changes: [add("Sabzi mangwana", { description: "aloo aur tamatar" })] },
    ),
    "add renew domain (taskchat.pk on namecheap)": one(
      [],
      "add renew domain (taskchat.pk on namecheap)",
      { changes: [add("Renew domain", { description: "taskchat.pk on namecheap" })] },
    ),
    "add email zara the logo and put in the description that she wants darker green": one(
      [],
      "add email zara the logo and put in the description that she wants darker green",
      { changes: [add("Email zara the logo", { description: "she wants darker green" })] },
    ),
    "new task: fix the school fuse box (the one by the staff room)": one(
      [],
      "new task: fix the school fuse box (the one by the staff room)",
      { changes: [add("Fix the school fuse box", { description: "the one by the staff room" })] },
    ),
    "add a note to it: the blue folder (after an add)": conversation(
      [],
      ["add file the tax return", { changes: [add("File the tax return")] }],
      [
        "add a note to it: the receipts are in the blue folder",
        { changes: [update(1, { description: "the receipts are in the blue folder" })] },
      ],
    ),
    "please add pick up the cake boxes, note: ask for the 10 inch ones": one(
      [],
      "please add pick up the cake boxes, note: ask for the 10 inch ones",
      { changes: [add("Pick up the cake boxes", { description: "ask for the 10 inch ones" })] },
    ),
  },
  "several tasks in one message": {
    "add order flour, buy eggs and call the oven guy": one(
      [],
      "add order flour, buy eggs and call the oven guy",
      { changes: [add("Order flour"), add("Buy eggs"), add("Call the oven guy")] },
    ),
    "add: cable ties, sockets, drill bits": one([], "add: cable ties, sockets, drill bits", {
      tasks: { "1": "Cable ties", "2": "Sockets", "3": "Drill bits" },
    }),
    "i need to buy scrubs and also renew my license": one(
      [],
      "i need to buy scrubs and also renew my license",
      { changes: [add("Buy scrubs"), add("Renew my license")] },
    ),
    "add these: 1) invoice acme 2) renew domain 3) backup laptop": one(
      [],
      "add these: 1) invoice acme 2) renew domain 3) backup laptop",
      { tasks: { "1": "Invoice acme", "2": "Renew domain", "3": "Backup laptop" } },
    ),
    "add pay rent. add call sana.": one([], "add pay rent. add call sana.", {
      changes: [add("Pay rent"), add("Call sana")],
    }),
    "dawai lena aur beti ko phone karna add kar do": one(
      [],
      "dawai lena aur beti ko phone karna add kar do",
      { tasks: { "1": "Dawai lena", "2": "Beti ko phone karna" } },
    ),
    "add (lines) flour / yeast / sugar": one([], "add\n- flour\n- yeast\n- caster sugar", {
      tasks: { "1": "Flour", "2": "Yeast", "3": "Caster sugar" },
    }),
    "also add pick up the cake boxes and drop the invoice at the shop": one(
      ["Bake the wedding cake"],
      "also add pick up the cake boxes and drop the invoice at the shop",
      {
        tasks: {
          "1": "Bake the wedding cake",
          "2": "Pick up the cake boxes",
          "3": "Drop the invoice at the shop",
        },
      },
    ),
    "add buy scrubs tomorrow and pay hostel rent on friday": one(
      [],
      "add buy scrubs tomorrow and pay hostel rent on friday",
      {
        changes: [
          add("Buy scrubs", { due_date: "2026-12-10" }),
          add("Pay hostel rent", { due_date: "2026-12-11" }),
        ],
      },
    ),
    "and buy bulbs, also the extension cord (after an add)": conversation(
      [],
      ["add call the electrician", { changes: [add("Call the electrician")] }],
      [
        "and buy bulbs, also an extension cord",
        { tasks: { "1": "Call the electrician", "2": "Buy bulbs", "3": "Extension cord" } },
      ],
    ),
  },
  deletes: {
    "delete the gas bill one": one(BAKER, "delete the gas bill one", {
      changes: [remove(4)],
    }),
    "remove task 3 pls": one(BAKER, "remove task 3 pls", { changes: [remove(3)] }),
    "scrap #2, the wedding got cancelled": one(BAKER, "scrap #2, the wedding got cancelled", {
      changes: [remove(2)],
    }),
    "get rid of the oven repair one, we're buying a new oven": one(
      BAKER,
      "get rid of the oven repair one, we're buying a new oven",
      { changes: [remove(3)] },
    ),
    "delete the school one, they hired someone else": one(
      SPARKS,
      "delete the school one, they hired someone else",
      { changes: [remove(4)] },
    ),
    "can you take 'send quote to hina' off my list": one(
      SPARKS,
      "can you take 'send quote to hina' off my list",
      { changes: [remove(3)] },
    ),
    "remove 2 and 4": one(FREELANCE, "remove 2 and 4", {
      tasks: { "1": "Send invoice to Acme", "3": "Renew domain" },
    }),
    "delete both the license ones": one(
      ["Renew nursing license", "Renew driving license", "Buy scrubs"],
      "delete both the license ones",
      { tasks: { "3": "Buy scrubs" } },
    ),
    "bijli ke bill wala kaam hata do": one(NANI, "bijli ke bill wala kaam hata do", {
      changes: [remove(2)],
    }),
    "بجلی کے بل والا کام ہٹا دو": one(NANI_UR, "بجلی کے بل والا کام ہٹا دو", {
      changes: [remove(2)],
    }),
    "ye wala hata do (after an add)": conversation(
      [],
      ["add guddu ki birthday ka cake", { changes: [{ name: "add_task" }] }],
      ["nahi ye wala hata do", { tasks: {} }],
    ),
    "delete the ones i've finished, then yes": conversation(
      ["[x] Buy flour", "Bake the wedding cake", "[x] Pay the gas bill"],
      ["delete the ones i've finished", {}],
      ["yes", { tasks: { "2": "Bake the wedding cake" } }],
    ),
    "delete the domain thing, letting it expire": one(
      FREELANCE,
      "delete the domain thing, letting it expire",
      { changes: [remove(3)] },
    ),
  },
  "renames and updates": {
    "rename the dentist one to dentist at 4": one(
      ["Dentist", "Buy milk"],
      "rename the dentist one to dentist at 4",
      { changes: [update(1, { title: "Dentist at 4" })] },
    ),
    "change 3 to 'pay rent'": one(NURSE, "change 3 to 'pay rent'", {
      changes: [update(3, { title: "Pay rent" })],
    }),
    "change the flour one to buy 50kg flour": one(BAKER, "change the flour one to buy 50kg flour", {
      changes: [update(1, { title: "Buy 50kg flour" })],
    }),
    "rename task 2: bake the engagement cake": one(
      BAKER,
      "rename task 2: bake the engagement cake",
      { changes: [update(2, { title: "Bake the engagement cake" })] },
    ),
    "the cable one should say buy 4mm cable": one(
      SPARKS,
      "the cable one should say buy 4mm cable",
      { changes: [update(2, { title: "Buy 4mm cable" })] },
    ),
    "update the hostel rent task to pay hostel rent and mess fee": one(
      NURSE,
      "update the hostel rent task to pay hostel rent and mess fee",
      { changes: [update(4, { title: "Pay hostel rent and mess fee" })] },
    ),
    "dawai wale kaam ka naam badal ke dawai aur vitamin lena kar do": one(
      NANI,
      "dawai wale kaam ka naam badal ke dawai aur vitamin lena kar do",
      { changes: [update(1, { title: "Dawai aur vitamin lena" })] },
    ),
    "kaam 3 ka naam 'Beti ko video call karna' rakh do": one(
      NANI,
      "kaam 3 ka naam 'Beti ko video call karna' rakh do",
      { changes: [update(3, { title: "Beti ko video call karna" })] },
    ),
    "change the title of the logo one to logo v2 for zara": one(
      FREELANCE,
      "change the title of the logo one to logo v2 for zara",
      { changes: [update(2, { title: "Logo v2 for zara" })] },
    ),
    "make task 4 say backup laptop and phone": one(
      FREELANCE,
      "make task 4 say backup laptop and phone",
      {
        changes: [update(4, { title: "Backup laptop and phone" })],
      },
    ),
    "oops typo, rename it to buy tiles (after an add)": conversation(
      [],
      ["add buy tyles", { changes: [add("Buy tyles")] }],
      ["oops typo, rename it to buy tiles", { changes: [update(1, { title: "Buy tiles" })] }],
    ),
    "change 'renew domain' to renew domain and hosting": one(
      FREELANCE,
      "change 'renew domain' to renew domain and hosting",
      { changes: [update(3, { title: "Renew domain and hosting" })] },
    ),
    "2nd one should be buy scrubs x2 (after a list)": conversation(NURSE, SHOW, [
      "rename the 2nd one to buy 2 sets of scrubs",
      { changes: [update(2, { title: "Buy 2 sets of scrubs" })] },
    ]),
  },
  "completions as news": {
    "got the flour from metro today": one(BAKER, "got the flour from metro today", {
      changes: [complete(1)],
    }),
    "wedding cake is baked and delivered 🎂": one(BAKER, "wedding cake is baked and delivered 🎂", {
      changes: [complete(2)],
    }),
    "paid the gas bill this morning, 4200 rupees": one(
      BAKER,
      "paid the gas bill this morning, 4200 rupees",
      { changes: [complete(4)] },
    ),
    "rang the oven guy, he's coming thursday": one(
      BAKER,
      "rang the oven guy, he's coming thursday",
      { changes: [complete(3)] },
    ),
    "sent the quote to hina finally": one(SPARKS, "sent the quote to hina finally", {
      changes: [complete(3)],
    }),
    "fixed the fuse box at the school, took all afternoon": one(
      SPARKS,
      "fixed the fuse box at the school, took all afternoon",
      { changes: [complete(4)] },
    ),
    "license renewed 🎉 finally": one(NURSE, "license renewed 🎉 finally", {
      changes: [complete(1)],
    }),
    "swapped the night shift with sana, she owes me one": one(
      NURSE,
      "swapped the night shift with sana, she owes me one",
      { changes: [complete(3)] },
    ),
    "hostel rent de diya, ab tension khatam": one(NURSE, "hostel rent de diya, ab tension khatam", {
      changes: [complete(4)],
    }),
    "dawai le li hai beta": one(NANI, "dawai le li hai beta", { changes: [complete(1)] }),
    "bijli ka bill bhar diya": one(NANI, "bijli ka bill bhar diya", { changes: [complete(2)] }),
    "beti ko phone kar liya, sab khairiyat hai": one(
      NANI,
      "beti ko phone kar liya, sab khairiyat hai",
      { changes: [complete(3)] },
    ),
    "invoice gone to acme ✅": one(FREELANCE, "invoice gone to acme ✅", {
      changes: [complete(1)],
    }),
    "backed up the laptop last night": one(FREELANCE, "backed up the laptop last night", {
      changes: [complete(4)],
    }),
    "renwed the domian": one(FREELANCE, "renwed the domian", { changes: [complete(3)] }),
    "both the flour and the gas bill are done": one(
      BAKER,
      "both the flour and the gas bill are done",
      { changes: [complete(1), complete(4)] },
    ),
    "دوائی لے لی": one(NANI_UR, "دوائی لے لی", { changes: [complete(1)] }),
    "picked them up, thx (after an add)": conversation(
      [],
      [
        "add collect the cake tins from bushra",
        { changes: [add("Collect the cake tins from bushra")] },
      ],
      ["picked them up, thx", { changes: [complete(1)] }],
    ),
    "good news, zara approved the logo draft (after a list)": conversation(FREELANCE, SHOW, [
      "finished the logo draft for zara, she loved it",
      { changes: [complete(2)] },
    ]),
  },
  "errands in roman urdu": {
    "ammi ko call kar do, then haan add kar do": conversation(
      [],
      ["ammi ko call kar do", nothing],
      ["haan add kar do", { changes: [{ name: "add_task" }] }],
    ),
    "beta mere liye doodh mangwa do": one([], "beta mere liye doodh mangwa do", nothing),
  },
  "conversations about changes": {
    "add a note, then also add print flyers": conversation(
      [],
      [
        "add book the hall for the bake sale, note: the school hall, not the mosque one",
        {
          changes: [
            add("Book the hall for the bake sale", {
              description: "the school hall, not the mosque one",
            }),
          ],
        },
      ],
      ["also add print flyers", { changes: [add("Print flyers")] }],
    ),
    "scratch the oven one, not needed (after a list)": conversation(BAKER, SHOW, [
      "scratch the oven one, not needed",
      { changes: [remove(3)] },
    ]),
    "paid the hostel rent today, 18k (after what's left)": conversation(
      NURSE,
      ["what's left", { list: "pending" }],
      ["paid the hostel rent today, 18k 😩", { changes: [complete(4)] }],
    ),
    "add conduit with a note, then the junction boxes too": conversation(
      [],
      [
        "add buy conduit, note: 20mm white",
        { changes: [add("Buy conduit", { description: "20mm white" })] },
      ],
      ["and the junction boxes too", { changes: [{ name: "add_task" }] }],
    ),
    "mark the invoice one done, then delete the domain one": conversation(
      FREELANCE,
      ["mark the invoice one done", { changes: [complete(1)] }],
      ["and delete the domain one", { changes: [remove(3)] }],
    ),
    "teesra wala ho gaya, beti se baat ho gayi (after a list)": conversation(
      NANI,
      ["mere kaam dikhao", { list: "all" }],
      ["teesra wala ho gaya, beti se baat ho gayi", { changes: [complete(3)] }],
    ),
    "actually delete that, he called me (after an add)": conversation(
      [],
      ["add call the landlord", { changes: [add("Call the landlord")] }],
      ["actually delete that, he called me", { tasks: {} }],
    ),
    "rename it to renew nursing license (after an add)": conversation(
      [],
      ["add renew license", { changes: [add("Renew license")] }],
      [
        "rename it to renew nursing license",
        { changes: [update(1, { title: "Renew nursing license" })] },
      ],
    ),
    "change number 2 to buy 4mm cable (after a list)": conversation(SPARKS, SHOW, [
      "change number 2 to buy 4mm cable",
      { changes: [update(2, { title: "Buy 4mm cable" })] },
    ]),
    "details: the receipt no is 4471 (after an add)": conversation(
      NURSE,
      [
        "add pick up uniform from the tailor",
        { changes: [add("Pick up uniform from the tailor")] },
      ],
      [
        "details: the receipt no is 4471",
        { changes: [update(5, { description: "the receipt no is 4471" })] },
      ],
    ),
    "2 and 3 are done, sent both yesterday (after a list)": conversation(FREELANCE, SHOW, [
      "2 and 3 are done, sent both yesterday",
      { changes: [complete(2), complete(3)] },
    ]),
    "done it already lol (after an add with a note)": conversation(
      [],
      [
        "add fix the shop sign, note: needs a ladder",
        { changes: [add("Fix the shop sign", { description: "needs a ladder" })] },
      ],
      ["done it already lol", { changes: [complete(1)] }],
    ),
    "sabzi wala hata do, then aur bijli ka bill bhi ho gaya": conversation(
      NANI,
      ["sabzi wala kaam hata do", { changes: [remove(4)] }],
      ["aur bijli ka bill bhi ho gaya", { changes: [complete(2)] }],
    ),
    "change it to buy a gift and a card for ayesha (after an add)": conversation(
      [],
      [
        "add buy a gift for ayesha's wedding",
        { changes: [add("Buy a gift for ayesha's wedding")] },
      ],
      [
        "change it to buy a gift and a card for ayesha",
        { changes: [update(1, { title: "Buy a gift and a card for ayesha" })] },
      ],
    ),
    "دوسرا کام ہٹا دو (after a list)": conversation(
      NANI_UR,
      ["میرے کام دکھاؤ", { list: "all" }],
      ["دوسرا کام ہٹا دو", { changes: [remove(2)] }],
    ),
  },
};

// A second batch, written after the first was tuned and before any rule was changed for it:
// a tailor, a school teacher, a pharmacist, a wedding planner. Scored 34/43 before tuning.
const TAILOR = [
  "Stitch Mrs Qureshi's suit",
  "Buy thread",
  "Fix the sewing machine",
  "Deliver the Ahmed order",
];
const TEACHER = ["Mark the test papers", "Print worksheets", "Email the parents", "Order chalk"];

const SECOND: Record<string, Record<string, PhrasingCase>> = {
  "second batch: adds with a note": {
    "add stitch Mrs Qureshi's suit — she wants the sleeves 3/4": one(
      [],
      "add stitch Mrs Qureshi's suit — she wants the sleeves 3/4",
      { changes: [add("Stitch Mrs Qureshi's suit", { description: "she wants the sleeves 3/4" })] },
    ),
    "remind me to order chalk, details - white and coloured, 2 boxes each": one(
      [],
      "remind me to order chalk, details - white and coloured, 2 boxes each",
      { changes: [add("Order chalk", { description: "white and coloured, 2 boxes each" })] },
    ),
    "add get the car serviced: oil change + brake pads": one(
      [],
      "add get the car serviced: oil change + brake pads",
      { changes: [add("Get the car serviced", { description: "oil change + brake pads" })] },
    ),
    "pls add restock insulin pens, note that the fridge is full": one(
      [],
      "pls add restock insulin pens, note that the fridge is full",
      { changes: [add("Restock insulin pens", { description: "the fridge is full" })] },
    ),
    "new task - book the caterers for the Malik wedding (ask for the veg menu)": one(
      [],
      "new task - book the caterers for the Malik wedding (ask for the veg menu)",
      {
        changes: [
          add("Book the caterers for the Malik wedding", { description: "ask for the veg menu" }),
        ],
      },
    ),
    "kapray press karwana add kar do, note: sirf shalwar kameez": one(
      [],
      "kapray press karwana add kar do, note: sirf shalwar kameez",
      { changes: [add("Kapray press karwana", { description: "sirf shalwar kameez" })] },
    ),
    "add mark the test papers with a description of class 7 and 8 only": one(
      [],
      "add mark the test papers with a description of class 7 and 8 only",
      { changes: [add("Mark the test papers", { description: "class 7 and 8 only" })] },
    ),
    "note - she closes at 5 (after an add)": conversation(
      [],
      ["add call the florist", { changes: [add("Call the florist")] }],
      ["note - she closes at 5", { changes: [update(1, { description: "she closes at 5" })] }],
    ),
    "and add a note: 3 suits, 1 sherwani (after an add)": conversation(
      [],
      ["add deliver the Khan order", { changes: [add("Deliver the Khan order")] }],
      [
        "and add a note: 3 suits, 1 sherwani",
        { changes: [update(1, { description: "3 suits, 1 sherwani" })] },
      ],
    ),
  },
  "second batch: several tasks": {
    "add buy thread, buy buttons, and fix the sewing machine": one(
      [],
      "add buy thread, buy buttons, and fix the sewing machine",
      { changes: [add("Buy thread"), add("Buy buttons"), add("Fix the sewing machine")] },
    ),
    "to do: airport pickup at 6, fuel the car, wash the car": one(
      [],
      "to do: airport pickup at 6, fuel the car, wash the car",
      { changes: [{ name: "add_task" }, { name: "add_task" }, { name: "add_task" }] },
    ),
    "add order panadol and also call the supplier": one(
      [],
      "add order panadol and also call the supplier",
      { changes: [add("Order panadol"), add("Call the supplier")] },
    ),
    "i have to print the worksheets and email the parents": one(
      [],
      "i have to print the worksheets and email the parents",
      { changes: [add("Print the worksheets"), add("Email the parents")] },
    ),
    "chalk lena aur register check karna add kar do": one(
      [],
      "chalk lena aur register check karna add kar do",
      { tasks: { "1": "Chalk lena", "2": "Register check karna" } },
    ),
    "also add order the flowers and confirm the dj (after an add)": conversation(
      [],
      ["add book the mehndi venue", { changes: [add("Book the mehndi venue")] }],
      [
        "also add order the flowers and confirm the dj",
        {
          tasks: { "1": "Book the mehndi venue", "2": "Order the flowers", "3": "Confirm the dj" },
        },
      ],
    ),
    "add (numbered lines) hem the trousers / sew buttons": one(
      [],
      "add\n1. hem the trousers\n2. sew buttons on the blue shirt",
      { tasks: { "1": "Hem the trousers", "2": "Sew buttons on the blue shirt" } },
    ),
    "oh and call dr amin (after an add)": conversation(
      [],
      ["add buy insulin pens and syringes", { changes: [{ name: "add_task" }] }],
      ["oh and call dr amin", { changes: [add("Call dr amin")] }],
    ),
  },
  "second batch: deletes": {
    "delete the thread one, I have loads": one(TAILOR, "delete the thread one, I have loads", {
      changes: [remove(2)],
    }),
    "remove no. 4 pls, they cancelled the order": one(
      TAILOR,
      "remove no. 4 pls, they cancelled the order",
      { changes: [remove(4)] },
    ),
    "get rid of 1 and 3": one(TAILOR, "get rid of 1 and 3", {
      tasks: { "2": "Buy thread", "4": "Deliver the Ahmed order" },
    }),
    "sewing machine wala kaam delete kar do": one(
      TAILOR,
      "sewing machine wala kaam delete kar do",
      {
        changes: [remove(3)],
      },
    ),
    "delete the last two (after a list)": conversation(TAILOR, SHOW, [
      "delete the last two",
      { tasks: { "1": TAILOR[0]!, "2": TAILOR[1]! } },
    ]),
    "clear the finished ones, then yes": conversation(
      ["[x] Mark the test papers", "Print worksheets", "[x] Email the parents"],
      ["clear the finished ones", {}],
      ["yes", { tasks: { "2": "Print worksheets" } }],
    ),
    "delete everything about printing": one(TEACHER, "delete everything about printing", {
      changes: [remove(2)],
    }),
    "delete the chalk one, then mark the test papers done": conversation(
      TEACHER,
      ["delete the chalk one", { changes: [remove(4)] }],
      ["and mark the test papers done", { changes: [complete(1)] }],
    ),
  },
  "second batch: renames": {
    "rename 'order chalk' to order chalk and dusters": one(
      TEACHER,
      "rename 'order chalk' to order chalk and dusters",
      { changes: [update(4, { title: "Order chalk and dusters" })] },
    ),
    "change task 2 to print worksheets for class 6": one(
      TEACHER,
      "change task 2 to print worksheets for class 6",
      { changes: [update(2, { title: "Print worksheets for class 6" })] },
    ),
    "the email one should be email the parents about the trip": one(
      TEACHER,
      "the email one should be email the parents about the trip",
      { changes: [update(3, { title: "Email the parents about the trip" })] },
    ),
    "kaam 1 ka naam 'Test papers check karna' rakh do": one(
      TEACHER,
      "kaam 1 ka naam 'Test papers check karna' rakh do",
      { changes: [update(1, { title: "Test papers check karna" })] },
    ),
    "typo sorry, it's call the pharmacy (after an add)": conversation(
      [],
      ["add cal the pharmacy", { changes: [add("Cal the pharmacy")] }],
      [
        "typo sorry, it's call the pharmacy",
        { changes: [update(1, { title: "Call the pharmacy" })] },
      ],
    ),
    "edit the sewing machine one: fix the sewing machine motor": one(
      TAILOR,
      "edit the sewing machine one: fix the sewing machine motor",
      { changes: [update(3, { title: "Fix the sewing machine motor" })] },
    ),
    "rename 2 then actually delete it": conversation(
      TEACHER,
      [
        "rename 2 to print the maths worksheets",
        { changes: [update(2, { title: "Print the maths worksheets" })] },
      ],
      ["actually delete it", { tasks: { "1": TEACHER[0]!, "3": TEACHER[2]!, "4": TEACHER[3]! } }],
    ),
  },
  "second batch: completions": {
    "stitched mrs qureshi's suit, she's coming for it tmrw": one(
      TAILOR,
      "stitched mrs qureshi's suit, she's coming for it tmrw",
      { changes: [complete(1)] },
    ),
    "bought thread from the market 👍": one(TAILOR, "bought thread from the market 👍", {
      changes: [complete(2)],
    }),
    "the ahmed order is delivered, payment pending tho": one(
      TAILOR,
      "the ahmed order is delivered, payment pending tho",
      { changes: [complete(4)] },
    ),
    "test papers marked finally 😮‍💨": one(TEACHER, "test papers marked finally 😮‍💨", {
      changes: [complete(1)],
    }),
    "worksheets printed and emailed the parents": one(
      TEACHER,
      "worksheets printed and emailed the parents",
      {
        tasks: {
          "1": TEACHER[0]!,
          "2": "[x] Print worksheets",
          "3": "[x] Email the parents",
          "4": TEACHER[3]!,
        },
      },
    ),
    "chalk order kar di": one(TEACHER, "chalk order kar di", { changes: [complete(4)] }),
    "email bhej di parents ko": one(TEACHER, "email bhej di parents ko", {
      changes: [complete(3)],
    }),
    "Ahmed order de diya": one(TAILOR, "Ahmed order de diya", { changes: [complete(4)] }),
    "fixed the machine, it was the belt (after what's left)": conversation(
      TAILOR,
      ["what's left", { list: "pending" }],
      ["fixed the machine, it was the belt", { changes: [complete(3)] }],
    ),
    "collected it 👍 (after an add)": conversation(
      [],
      ["add pick up the suit from the dry cleaner", { changes: [{ name: "add_task" }] }],
      ["collected it 👍", { changes: [complete(1)] }],
    ),
    "2nd one's done, got 5 spools (after a list)": conversation(TAILOR, SHOW, [
      "2nd one's done, got 5 spools",
      { changes: [complete(2)] },
    ]),
  },
};

// A third batch, written after the second was tuned, scored 15/16 before any change and not
// tuned to (the one left is named in eval/README.md): a pharmacist, a taxi driver, a wedding planner.
const PHARMACY = ["Restock insulin pens", "Call Dr Amin", "Order ORS sachets", "Pay the shop rent"];

const THIRD: Record<string, Record<string, PhrasingCase>> = {
  "third batch": {
    "add renew the drug licence - the form is on the desk": one(
      [],
      "add renew the drug licence - the form is on the desk",
      { changes: [add("Renew the drug licence", { description: "the form is on the desk" })] },
    ),
    "remind me to get the tyres checked, note: front left is low": one(
      [],
      "remind me to get the tyres checked, note: front left is low",
      { changes: [add("Get the tyres checked", { description: "front left is low" })] },
    ),
    "add book the photographer, confirm the menu and send the invites": one(
      [],
      "add book the photographer, confirm the menu and send the invites",
      {
        changes: [add("Book the photographer"), add("Confirm the menu"), add("Send the invites")],
      },
    ),
    "gaari ki service karwana aur petrol dalwana add kar do": one(
      [],
      "gaari ki service karwana aur petrol dalwana add kar do",
      { tasks: { "1": "Gaari ki service karwana", "2": "Petrol dalwana" } },
    ),
    "restocked the insulin pens this morning": one(
      PHARMACY,
      "restocked the insulin pens this morning",
      { changes: [complete(1)] },
    ),
    "rang dr amin, he's sending the prescriptions": one(
      PHARMACY,
      "rang dr amin, he's sending the prescriptions",
      { changes: [complete(2)] },
    ),
    "ORS order kar diya": one(PHARMACY, "ORS order kar diya", { changes: [complete(3)] }),
    "remove the rent one, landlord said pay next month": one(
      PHARMACY,
      "remove the rent one, landlord said pay next month",
      { changes: [remove(4)] },
    ),
    "dr amin wala kaam hata do": one(PHARMACY, "dr amin wala kaam hata do", {
      changes: [remove(2)],
    }),
    "rename 3 to order ORS and zinc": one(PHARMACY, "rename 3 to order ORS and zinc", {
      changes: [update(3, { title: "Order ORS and zinc" })],
    }),
    "the insulin one should say restock insulin pens and needles": one(
      PHARMACY,
      "the insulin one should say restock insulin pens and needles",
      { changes: [update(1, { title: "Restock insulin pens and needles" })] },
    ),
    "add pick up the cake, details: from Hobnob, order no 5521 (then done)": conversation(
      [],
      [
        "add pick up the cake, details: from Hobnob, order no 5521",
        { changes: [add("Pick up the cake", { description: "from Hobnob, order no 5521" })] },
      ],
      ["picked it up 🎂", { changes: [complete(1)] }],
    ),
    "also add fuel the car (after an add), then delete the first": conversation(
      [],
      ["add airport run at 5am", { changes: [{ name: "add_task" }] }],
      ["also add fuel the car", { changes: [add("Fuel the car")] }],
      ["delete task 1, the flight got cancelled", { tasks: { "2": "Fuel the car" } }],
    ),
    "delete the ones that are done (then yes)": conversation(
      ["[x] Restock insulin pens", "Call Dr Amin", "[x] Order ORS sachets"],
      ["delete the ones that are done", {}],
      ["yes", { tasks: { "2": "Call Dr Amin" } }],
    ),
    "2 ho gaya, doctor sahab se baat ho gayi (after a list)": conversation(
      PHARMACY,
      ["list dikhao", { list: "all" }],
      ["2 ho gaya, doctor sahab se baat ho gayi", { changes: [complete(2)] }],
    ),
  },
};

runPhrasingRounds("round6-changes", { ...ROUND, ...SECOND, ...THIRD });
