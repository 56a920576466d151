import { describe, expect, it } from "vitest";
import { contractTarget } from "@/test/support/eval-contract";
import { runCase, type Case } from "@/test/support/eval-runner";
import { add, complete, remove, update, type Change } from "@/test/support/phrasing-cases";

// How people really write a new task, written before the rules that read them: polite and
// chatty wrappers, shorthand and bare adds, several tasks in one message, notes and fields
// right after an add, casual dates, and adds mixed with other requests and small talk.
// Each runs through the local model with the contract's task tools on a fixed clock
// (Wednesday 2026-12-09 10:00 UTC), and checks the calls that changed the list.

type Turn = [say: string, changes: Change[]];

function cases(category: string, rows: [string | Turn[], Change[]?, string[]?][]): Case[] {
  return rows.map(([say, changes, setup]) => ({
    category,
    setup,
    source: typeof say === "string" ? say : say.map(([s]) => s).join(" ⏎ "),
    turns:
      typeof say === "string"
        ? [{ say, expect: { changes: changes ?? [] } }]
        : say.map(([s, c]) => ({ say: s, expect: { changes: c } })),
  }));
}

const run = (rows: Case[]) =>
  it.each(rows.map((c) => [c.source, c] as const))("%s", async (_, testCase) => {
    expect(await runCase(contractTarget(), testCase)).toEqual([]);
  });

describe("wrappers and chit-chat stay out of the title", () => {
  run(
    cases("add", [
      ["pls add buy stamps thanks!!", [add("Buy stamps")]],
      ["kindly add pay school fee", [add("Pay school fee")]],
      ["can u add call the electrician for me", [add("Call the electrician")]],
      ["could you please put pick up the parcel on my list? thanks", [add("Pick up the parcel")]],
      ["add renew car insurance lol", [add("Renew car insurance")]],
      ["add get a haircut 💇‍♂️", [add("Get a haircut")]],
      ["hey! add water the plants pls 🙏", [add("Water the plants")]],
      ["add order printer ink, you're the best", [add("Order printer ink")]],
      ["Add book flights to Lahore?", [add("Book flights to Lahore")]],
      ["yo add call the landlord asap", [add("Call the landlord", { priority: "high" })]],
      [
        "add email the professor about the extension thx",
        [add("Email the professor about the extension")],
      ],
      ["sir please add collect stock from supplier", [add("Collect stock from supplier")]],
      ["Please add a task: submit the assignment. Thank you!", [add("Submit the assignment")]],
      ["add 'Buy birthday cake' to my list please", [add("Buy birthday cake")]],
      ["ok so add check tyre pressure", [add("Check tyre pressure")]],
      ["i need u to add fix the leaking tap", [add("Fix the leaking tap")]],
      ["add pay the gas bill 😅", [add("Pay the gas bill")]],
      ["jst add buy diapers", [add("Buy diapers")]],
      ["add buy eggs for me please", [add("Buy eggs")]],
      ["add feed the cat btw", [add("Feed the cat")]],
      ["add call the vet, ty!", [add("Call the vet")]],
      ["plz add clean the fan 👍👍", [add("Clean the fan")]],
      ["add pick up Zara from school thank u so much", [add("Pick up Zara from school")]],
      ["can you add reply to Hamid's email? ty", [add("Reply to Hamid's email")]],
    ]),
  );
});

describe("bare adds and shorthand", () => {
  run(
    cases("add_bare", [
      [
        "dentist appt tmrw 3pm",
        [add("Dentist appt", { due_date: "2026-12-10", due_time: "15:00" })],
      ],
      ["milk", [add("Milk")]],
      ["+ eggs", [add("Eggs")]],
      ["todo: renew passport", [add("Renew passport")]],
      ["need to renew my cnic", [add("Renew my cnic")]],
      ["gotta return the library books", [add("Return the library books")]],
      ["remind me to take my meds at 9pm", [add("Take my meds", { due_time: "21:00" })]],
      [
        "don't let me forget the parent teacher meeting on friday",
        [add("Parent teacher meeting", { due_date: "2026-12-11" })],
      ],
      ["i should call grandma", [add("Call grandma")]],
      ["new one: vet appointment for bruno", [add("Vet appointment for bruno")]],
      ["quick one - pay the maid", [add("Pay the maid")]],
      ["Laundry", [add("Laundry")]],
      ["note to self pick up the dry cleaning", [add("Pick up the dry cleaning")]],
      ["todo pay rent", [add("Pay rent")]],
      ["must get the car serviced", [add("Get the car serviced")]],
      ["need 2 book a table for saturday", [add("Book a table", { due_date: "2026-12-12" })]],
      ["tmrw: call the supplier", [add("Call the supplier", { due_date: "2026-12-10" })]],
      ["pharmacy run", [add("Pharmacy run")]],
      [
        "i have to submit the tax return by the 15th",
        [add("Submit the tax return", { due_date: "2026-12-15" })],
      ],
      ["want to start going to the gym", [add("Start going to the gym")]],
      ["Remember to buy a gift for Ayesha's wedding", [add("Buy a gift for Ayesha's wedding")]],
      ["reminder: staff meeting at 4", [add("Staff meeting", { due_time: "16:00" })]],
      [
        "doctor appointment thursday 11am",
        [add("Doctor appointment", { due_date: "2026-12-10", due_time: "11:00" })],
      ],
      ["need eggs", [add("Eggs")]],
      ["new task - fix the gate", [add("Fix the gate")]],
      ["add: mow the lawn", [add("Mow the lawn")]],
      ["one more thing, call the insurance guy", [add("Call the insurance guy")]],
      ["plumber", [], ["Call the plumber"]],
      ["milk", [], ["Milk"]],
    ]),
  );
});

describe("several tasks in one message", () => {
  run(
    cases("add_multi", [
      ["add milk, eggs, bread", [add("Milk"), add("Eggs"), add("Bread")]],
      ["for the shop: sugar, tea, biscuits", [add("Sugar"), add("Tea"), add("Biscuits")]],
      ["add rice and lentils to the grocery list", [add("Rice"), add("Lentils")]],
      ["call mom and dad", [add("Call mom and dad")]],
      [
        "add call the bank and also pay the credit card bill",
        [add("Call the bank"), add("Pay the credit card bill")],
      ],
      ["add book tickets and add pack bags", [add("Book tickets"), add("Pack bags")]],
      [
        "- call the school\n- buy uniform\n- pay fees",
        [add("Call the school"), add("Buy uniform"), add("Pay fees")],
      ],
      [
        "1) fix fan 2) buy bulbs 3) call electrician",
        [add("Fix fan"), add("Buy bulbs"), add("Call electrician")],
      ],
      [
        "need to: buy milk, call the bank, pick up the kids",
        [add("Buy milk"), add("Call the bank"), add("Pick up the kids")],
      ],
      [
        "add these 2: renew licence, book gas cylinder",
        [add("Renew licence"), add("Book gas cylinder")],
      ],
      ["remind me to call the bank and to email HR", [add("Call the bank"), add("Email HR")]],
      [
        "add mop the floor, clean the fridge and take out the trash",
        [add("Mop the floor"), add("Clean the fridge"), add("Take out the trash")],
      ],
      ["can you add 3 things: eggs, bread, butter", [add("Eggs"), add("Bread"), add("Butter")]],
      ["add buy milk. add call dad.", [add("Buy milk"), add("Call dad")]],
      ["buy milk. call dad. pay rent", [add("Buy milk"), add("Call dad"), add("Pay rent")]],
      ["add milk\neggs\nbread", [add("Milk"), add("Eggs"), add("Bread")]],
      ["milk\neggs\nbread", [add("Milk"), add("Eggs"), add("Bread")]],
      [
        "add pick up kids from school and make dinner",
        [add("Pick up kids from school"), add("Make dinner")],
      ],
      ["add groceries and call mom", [add("Groceries"), add("Call mom")]],
      [
        "add wash clothes, iron uniform & polish shoes",
        [add("Wash clothes"), add("Iron uniform"), add("Polish shoes")],
      ],
      [
        "things for today:\n* post the parcel\n* call the courier",
        [add("Post the parcel"), add("Call the courier")],
      ],
      ["add 2 tasks - laundry and dishes", [add("Laundry"), add("Dishes")]],
      ["todo: milk, eggs, call dad", [add("Milk"), add("Eggs"), add("Call dad")]],
      ["add buy milk and also call the bank pls", [add("Buy milk"), add("Call the bank")]],
    ]),
  );
});

describe("notes and details with an add, and right after one", () => {
  run(
    cases("add_description", [
      [
        "add renew passport — note: bring 2 photos",
        [add("Renew passport", { description: "bring 2 photos" })],
      ],
      [
        "add call the bank with the details ask about the loan rate",
        [add("Call the bank", { description: "ask about the loan rate" })],
      ],
      [
        "add pay the school fee - details: challan is in the drawer",
        [add("Pay the school fee", { description: "challan is in the drawer" })],
      ],
      [
        [
          ["add pick up prescription", [add("Pick up prescription")]],
          ["it's at the Fazal pharmacy", [update(1, {})]],
        ],
      ],
      [
        [
          ["add call the courier", [add("Call the courier")]],
          [
            "the tracking no is TCS-44821",
            [update(1, { description: "the tracking no is TCS-44821" })],
          ],
        ],
      ],
      [
        [
          ["add parents meeting at school", [add("Parents meeting at school")]],
          ["bring the report card", [update(1, { description: "bring the report card" })]],
        ],
      ],
      [
        [
          ["add meeting with the principal", [add("Meeting with the principal")]],
          ["details: bring the fee voucher", [update(1, { description: "bring the fee voucher" })]],
        ],
      ],
      [
        [
          ["add buy medicine for ammi", [add("Buy medicine for ammi")]],
          ["note - panadol and vitamin d", [update(1, { description: "panadol and vitamin d" })]],
        ],
      ],
      [
        [
          ["add call the clinic", [add("Call the clinic")]],
          ["number is 0300 1234567", [update(1, { description: "number is 0300 1234567" })]],
        ],
      ],
      [
        [
          ["add open the locker", [add("Open the locker")]],
          ["the code is 1234", [update(1, { description: "the code is 1234" })]],
        ],
      ],
      [
        [
          ["add visa appointment", [add("Visa appointment")]],
          [
            "on it: bring passport and 2 photos",
            [update(1, { description: "bring passport and 2 photos" })],
          ],
        ],
      ],
    ]),
  );
});

describe("fields right after an add change that task, never its title", () => {
  run(
    cases("followup", [
      [
        [
          ["add dentist", [add("Dentist")]],
          ["due friday", [update(1, { due_date: "2026-12-11" })]],
        ],
      ],
      [
        [
          ["add submit report", [add("Submit report")]],
          ["make it urgent", [update(1, { priority: "high" })]],
        ],
      ],
      [
        [
          ["add call the tailor tomorrow", [add("Call the tailor", { due_date: "2026-12-10" })]],
          ["5pm actually", [update(1, { due_time: "17:00" })]],
        ],
      ],
      [
        [
          ["add call the tailor", [add("Call the tailor")]],
          ["tomorrow 5pm actually", [update(1, { due_date: "2026-12-10", due_time: "17:00" })]],
        ],
      ],
      [
        [
          ["add pay rent", [add("Pay rent")]],
          ["on the 1st", [update(1, { due_date: "2027-01-01" })]],
        ],
      ],
      [
        [
          ["add get the car fixed", [add("Get the car fixed")]],
          ["high priority pls", [update(1, { priority: "high" })]],
        ],
      ],
      [
        [
          ["add return the books", [add("Return the books")]],
          ["by monday", [update(1, { due_date: "2026-12-14" })]],
        ],
      ],
      [
        [
          ["add milk", [add("Milk")]],
          ["and eggs", [add("Eggs")]],
        ],
      ],
      [
        [
          ["add milk", [add("Milk")]],
          ["oh and bread too", [add("Bread")]],
        ],
      ],
      [
        [
          ["add buy shoes", [add("Buy shoes")]],
          ["thanks!", []],
          ["one more: buy socks", [add("Buy socks")]],
        ],
      ],
      [
        [
          ["add pay fees", [add("Pay fees")]],
          ["actually make that tomorrow", [update(1, { due_date: "2026-12-10" })]],
        ],
      ],
      [
        [
          ["add book cab", [add("Book cab")]],
          ["for 6am", [update(1, { due_time: "06:00" })]],
        ],
      ],
    ]),
  );
});

describe("casual dates and times stay out of the title", () => {
  run(
    cases("add_dates", [
      ["add call the vendor tonite", [add("Call the vendor", { due_date: "2026-12-09" })]],
      ["add team lunch this arvo", [add("Team lunch", { due_date: "2026-12-09" })]],
      ["add send the invoice by eod", [add("Send the invoice", { due_date: "2026-12-09" })]],
      ["add plan the trip next wk", [add("Plan the trip")]],
      [
        "add pay the internet bill on the 15th",
        [add("Pay the internet bill", { due_date: "2026-12-15" })],
      ],
      [
        "add follow up with the client in 2 days",
        [add("Follow up with the client", { due_date: "2026-12-11" })],
      ],
      ["add haircut sat", [add("Haircut", { due_date: "2026-12-12" })]],
      [
        "add vet appt nxt tuesday 4pm",
        [add("Vet appt", { due_date: "2026-12-15", due_time: "16:00" })],
      ],
      [
        "add dinner with Sara tmr at 8",
        [add("Dinner with Sara", { due_date: "2026-12-10", due_time: "20:00" })],
      ],
      [
        "add call the gas company 2moro morning",
        [add("Call the gas company", { due_date: "2026-12-10" })],
      ],
      ["add pay school fees before the 10th", [add("Pay school fees", { due_date: "2026-12-10" })]],
      ["add mom's birthday dec 20", [add("Mom's birthday", { due_date: "2026-12-20" })]],
      ["add dentist at 3:30 tmrw", [add("Dentist", { due_date: "2026-12-10", due_time: "15:30" })]],
      [
        "add parent teacher meeting this fri",
        [add("Parent teacher meeting", { due_date: "2026-12-11" })],
      ],
      ["add submit the form by thurs", [add("Submit the form", { due_date: "2026-12-10" })]],
    ]),
  );
});

describe("adds mixed with other requests and small talk", () => {
  run(
    cases("conversation", [
      [
        "hey! got the milk, thanks. also add bread pls",
        [complete(1), add("Bread")],
        ["Buy milk", "Call the plumber"],
      ],
      [
        "morning! add call dad and mark the report done",
        [add("Call dad"), complete(1)],
        ["Finish the report"],
      ],
      [
        "paid the rent 🙌 now add pay electricity bill",
        [complete(1), add("Pay electricity bill")],
        ["Pay rent"],
      ],
      ["hi, can you add buy milk and call mom? thanks a lot", [add("Buy milk"), add("Call mom")]],
      [
        "delete email the teacher and add call the teacher instead",
        [remove(1), add("Call the teacher")],
        ["Email the teacher"],
      ],
      [
        "add gym at 6am tomorrow and remind me to pack lunch",
        [add("Gym", { due_date: "2026-12-10", due_time: "06:00" }), add("Pack lunch")],
      ],
      ["add eggs. also milk is done", [add("Eggs"), complete(1)], ["Buy milk"]],
      [
        "finished the essay, also add print it",
        [complete(1), add("Print it")],
        ["Write the essay"],
      ],
      ["thanks! add one more - buy batteries", [add("Buy batteries")]],
      [
        "how are you? add call the plumber tomorrow",
        [add("Call the plumber", { due_date: "2026-12-10" })],
      ],
      ["add milk and mark the report done", [add("Milk"), complete(1)], ["Finish the report"]],
      [
        [
          ["hi", []],
          [
            "add pay the water bill and book the mechanic",
            [add("Pay the water bill"), add("Book the mechanic")],
          ],
          ["great thanks", []],
        ],
      ],
    ]),
  );
});

// Round 2: written after round 1 was tuned, before any further change, to check that the
// rules generalise (its first score is in docs/local-model.md).

describe("round 2: adds", () => {
  run(
    cases("add", [
      [
        "Hi there, could you add 'call the insurance company' please?",
        [add("Call the insurance company")],
      ],
      ["add pick up the kids pls n thx", [add("Pick up the kids")]],
      ["Add: Buy groceries 🛒", [add("Buy groceries")]],
      ["put 'renew gym membership' on the list kthx", [add("Renew gym membership")]],
      ["please add to my todo list - send rent to landlord", [add("Send rent to landlord")]],
      ["can you please add a reminder to water the garden", [add("Water the garden")]],
      ["would you add fix bike brakes, thanks mate", [add("Fix bike brakes")]],
      ["Add task: Collect laundry from dhobi", [add("Collect laundry from dhobi")]],
      ["add 'prepare presentation slides' for me, cheers", [add("Prepare presentation slides")]],
      ["hey can u add take out the bins 🙂", [add("Take out the bins")]],
      ["add call nani ji", [add("Call nani ji")]],
      ["eggs", [add("Eggs")]],
      ["Dentist", [add("Dentist")]],
      ["car wash tomorrow", [add("Car wash", { due_date: "2026-12-10" })]],
      ["mum's bday present", [add("Mum's bday present")]],
      ["i need to get my eyes checked", [add("Get my eyes checked")]],
      ["have to pick up medicine for dad", [add("Pick up medicine for dad")]],
      [
        "gotta finish the lab report by friday",
        [add("Finish the lab report", { due_date: "2026-12-11" })],
      ],
      ["don't forget to pay the nanny", [add("Pay the nanny")]],
      ["dont let me forget milk", [add("Milk")]],
      ["remind me abt the PTM on monday", [add("PTM", { due_date: "2026-12-14" })]],
      ["to do - fix the printer", [add("Fix the printer")]],
      ["reminder to call the school at 2", [add("Call the school", { due_time: "14:00" })]],
      ["we're out of sugar", [add("Sugar")]],
      ["book dentist", [add("Book dentist")]],
      ["dry cleaning pickup", [add("Dry cleaning pickup")]],
      ["Grocery shopping saturday morning", [add("Grocery shopping", { due_date: "2026-12-12" })]],
    ]),
  );
});

describe("round 2: several tasks", () => {
  run(
    cases("add_multi", [
      ["add eggs, flour & sugar", [add("Eggs"), add("Flour"), add("Sugar")]],
      [
        "add the following: pay rent; call mom; book flights",
        [add("Pay rent"), add("Call mom"), add("Book flights")],
      ],
      ["remind me to buy cake and to call uncle", [add("Buy cake"), add("Call uncle")]],
      [
        "can you add call the vet, and book the groomer too",
        [add("Call the vet"), add("Book the groomer")],
      ],
      ["add:\n- batteries\n- bulbs", [add("Batteries"), add("Bulbs")]],
      ["add pay rent + call landlord", [add("Pay rent"), add("Call landlord")]],
      ["add 1. wash car 2. buy snacks", [add("Wash car"), add("Buy snacks")]],
      ["shopping: onions, tomatoes, coriander", [add("Onions"), add("Tomatoes"), add("Coriander")]],
      [
        "add study for chem test and finish maths hw",
        [add("Study for chem test"), add("Finish maths hw")],
      ],
      [
        "add 3 things - pay fees, buy books, get uniform",
        [add("Pay fees"), add("Buy books"), add("Get uniform")],
      ],
      ["add milk then call mom", [add("Milk"), add("Call mom")]],
      ["I need to buy milk and pick up the laundry", [add("Buy milk"), add("Pick up the laundry")]],
      ["add water plants & feed fish", [add("Water plants"), add("Feed fish")]],
    ]),
  );
});

describe("round 2: notes and fields after an add", () => {
  run(
    cases("add_description", [
      [
        "add call the plumber (note: kitchen sink leaking)",
        [add("Call the plumber", { description: "kitchen sink leaking" })],
      ],
      [
        "add buy gift - details: something for a 5 year old",
        [add("Buy gift", { description: "something for a 5 year old" })],
      ],
      [
        "add renew license, notes: bring old license and photo",
        [add("Renew license", { description: "bring old license and photo" })],
      ],
      [
        [
          ["add dentist appointment", [add("Dentist appointment")]],
          ["it's for the cleaning", [update(1, {})]],
        ],
      ],
      [
        [
          ["add call the landlord", [add("Call the landlord")]],
          ["about the broken heater", [update(1, { description: "about the broken heater" })]],
        ],
      ],
      [
        [
          ["add pay the gas bill", [add("Pay the gas bill")]],
          ["account no 445-221", [update(1, { description: "account no 445-221" })]],
        ],
      ],
      [
        [
          ["add pick up parcel", [add("Pick up parcel")]],
          [
            "at the post office near the market",
            [update(1, { description: "at the post office near the market" })],
          ],
        ],
      ],
      [
        [
          ["add gym", [add("Gym")]],
          ["at 7am", [update(1, { due_time: "07:00" })]],
        ],
      ],
      [
        [
          ["add call grandma", [add("Call grandma")]],
          ["sunday", [update(1, { due_date: "2026-12-13" })]],
        ],
      ],
      [
        [
          ["add finish essay", [add("Finish essay")]],
          ["it's urgent", [update(1, { priority: "high" })]],
        ],
      ],
      [
        [
          ["add buy flowers", [add("Buy flowers")]],
          ["for friday", [update(1, { due_date: "2026-12-11" })]],
        ],
      ],
      [
        [
          ["add team meeting", [add("Team meeting")]],
          ["tmrw 10am", [update(1, { due_date: "2026-12-10", due_time: "10:00" })]],
        ],
      ],
      [
        [
          ["add milk", [add("Milk")]],
          ["eggs too", [add("Eggs")]],
        ],
      ],
    ]),
  );
});

describe("round 2: dates", () => {
  run(
    cases("add_dates", [
      [
        "add submit assignment by 5 tmrw",
        [add("Submit assignment", { due_date: "2026-12-10", due_time: "17:00" })],
      ],
      ["add pay rent on 1st", [add("Pay rent", { due_date: "2027-01-01" })]],
      [
        "add call the bank in an hour",
        [add("Call the bank", { due_date: "2026-12-09", due_time: "11:00" })],
      ],
      [
        "add haircut this sat at 11",
        [add("Haircut", { due_date: "2026-12-12", due_time: "11:00" })],
      ],
      ["add lunch with Omar at 1", [add("Lunch with Omar", { due_time: "13:00" })]],
      ["add book tickets by the 20th", [add("Book tickets", { due_date: "2026-12-20" })]],
      ["add meeting tmrw morning", [add("Meeting", { due_date: "2026-12-10" })]],
      ["add dinner at 9 with family", [add("Dinner with family", { due_time: "21:00" })]],
      [
        "add call plumber 2morrow at 10am",
        [add("Call plumber", { due_date: "2026-12-10", due_time: "10:00" })],
      ],
    ]),
  );
});

describe("round 2: adds among other requests", () => {
  run(
    cases("conversation", [
      ["bought the milk! now add eggs", [complete(1), add("Eggs")], ["Buy milk"]],
      [
        "good morning :) please add call the bank and email the landlord",
        [add("Call the bank"), add("Email the landlord")],
      ],
      ["called mom, add call dad", [complete(1), add("Call dad")], ["Call mom"]],
      [
        "delete pay rent. add pay rent on friday",
        [remove(1), add("Pay rent", { due_date: "2026-12-11" })],
        ["Pay rent"],
      ],
      ["thx! also add buy bread", [add("Buy bread")]],
      ["ok cool. add laundry", [add("Laundry")]],
      [
        [
          ["hey", []],
          ["add milk", [add("Milk")]],
          ["and bread", [add("Bread")]],
          ["thanks bye", []],
        ],
      ],
    ]),
  );
});

describe("talk, dates alone and mashed keys are never a task or a note", () => {
  run(
    cases("unknown", [
      ["friday", []],
      ["6pm", []],
      ["asdfgh", []],
      ["interesting", []],
      ["maybe later", [], ["Buy milk"]],
      [
        [
          ["add milk", [add("Milk")]],
          ["I like turtles", []],
        ],
      ],
      [
        [
          ["add milk", [add("Milk")]],
          ["interesting", []],
        ],
      ],
      [
        [
          ["add milk", [add("Milk")]],
          ["what's the weather like?", []],
        ],
      ],
      [
        [
          ["add milk, eggs", [add("Milk"), add("Eggs")]],
          ["the code is 1234", []],
        ],
      ],
    ]),
  );
});

// Round 3: other people's wordings (a nurse, a shopkeeper, students, parents), written after
// round 2 was tuned, scored before any further change.

describe("round 3: adds", () => {
  run(
    cases("add", [
      ["add restock panadol and ORS", [add("Restock panadol and ORS")]],
      [
        "pls add order 2 cartons of milk from supplier",
        [add("Order 2 cartons of milk from supplier")],
      ],
      ["Add - chase Imran for payment", [add("Chase Imran for payment")]],
      ["need to check bed 4 obs at 2pm", [add("Check bed 4 obs", { due_time: "14:00" })]],
      ["add handover notes for night shift", [add("Handover notes for night shift")]],
      [
        "remind me to submit the quiz on LMS by 11:59pm",
        [add("Submit the quiz on LMS", { due_time: "23:59" })],
      ],
      ["assignment 3 due monday", [add("Assignment 3", { due_date: "2026-12-14" })]],
      ["add revise chapter 5 & 6", [add("Revise chapter 5 & 6")]],
      [
        "can you pls put 'pay tuition fee' for friday",
        [add("Pay tuition fee", { due_date: "2026-12-11" })],
      ],
      [
        "Add pick up Ali from tuition at 6",
        [add("Pick up Ali from tuition", { due_time: "18:00" })],
      ],
      ["add buy school shoes for Sana size 2", [add("Buy school shoes for Sana size 2")]],
      [
        "add: kids vaccination appt next tuesday",
        [add("Kids vaccination appt", { due_date: "2026-12-15" })],
      ],
      ["plz add call electrician for ups repair 🙏🙏", [add("Call electrician for ups repair")]],
      ["remind me to give zakat", [add("Give zakat")]],
      ["add book train tickets to Lahore for eid", [add("Book train tickets to Lahore for eid")]],
      ["add iftar dawat prep", [add("Iftar dawat prep")]],
      ["bank deposit", [add("Bank deposit")]],
      ["add get car tuned before trip", [add("Get car tuned before trip")]],
      ["i must renew my driving licence this month", [add("Renew my driving licence")]],
    ]),
  );
});

describe("round 3: several and mixed", () => {
  run(
    cases("add_multi", [
      [
        "add sugar 5kg, oil 2 tins, rice 10kg",
        [add("Sugar 5kg"), add("Oil 2 tins"), add("Rice 10kg")],
      ],
      [
        "add tasks: lab report, maths quiz, physics notes",
        [add("Lab report"), add("Maths quiz"), add("Physics notes")],
      ],
      [
        "today:\ncall supplier\nupdate stock register\npay staff",
        [add("Call supplier"), add("Update stock register"), add("Pay staff")],
      ],
      [
        "add check bp of room 3 and give meds to room 5",
        [add("Check bp of room 3"), add("Give meds to room 5")],
      ],
      [
        "add buy bread, also remind me to call dad tonight",
        [add("Buy bread"), add("Call dad", { due_date: "2026-12-09" })],
      ],
      ["add eggs n bread", [add("Eggs"), add("Bread")]],
      ["please add: 1- pay rent 2- buy groceries", [add("Pay rent"), add("Buy groceries")]],
    ]),
  );
});

describe("round 3: after an add", () => {
  run(
    cases("followup", [
      [
        [
          ["add call the supplier", [add("Call the supplier")]],
          [
            "his number is 0321-5556677",
            [update(1, { description: "his number is 0321-5556677" })],
          ],
        ],
      ],
      [
        [
          ["add pay tuition fee", [add("Pay tuition fee")]],
          ["by the 10th", [update(1, { due_date: "2026-12-10" })]],
        ],
      ],
      [
        [
          ["add give meds to bed 7", [add("Give meds to bed 7")]],
          ["at 4pm", [update(1, { due_time: "16:00" })]],
        ],
      ],
      [
        [
          ["add buy gift for Ayesha", [add("Buy gift for Ayesha")]],
          ["budget around 3000 rupees", [update(1, { description: "budget around 3000 rupees" })]],
        ],
      ],
      [
        [
          ["add finish lab report", [add("Finish lab report")]],
          ["thursday night", [update(1, { due_date: "2026-12-10" })]],
        ],
      ],
      [
        [
          ["add milk", [add("Milk")]],
          ["also sugar", [add("Sugar")]],
        ],
      ],
    ]),
  );
});

// Round 4: conversations around adds, small talk between requests, written after round 3
// was tuned, scored before any further change.

describe("round 4: conversations around adds", () => {
  run(
    cases("conversation", [
      [
        [
          ["hi!", []],
          ["can you add buy milk", [add("Buy milk")]],
          ["oh and eggs", [add("Eggs")]],
          ["thanks you're a star", []],
        ],
      ],
      [
        [
          ["add call the bank tomorrow", [add("Call the bank", { due_date: "2026-12-10" })]],
          ["actually make it friday", [update(1, { due_date: "2026-12-11" })]],
        ],
      ],
      [
        [
          ["i need to pay the electricity bill", [add("Pay the electricity bill")]],
          ["it's due on the 15th", [update(1, { due_date: "2026-12-15" })]],
        ],
      ],
      [
        [
          ["add pick up the dry cleaning", [add("Pick up the dry cleaning")]],
          ["and drop off the parcel", [add("Drop off the parcel")]],
        ],
      ],
      [
        [
          ["groceries: milk, eggs", [add("Milk"), add("Eggs")]],
          ["and bread", [add("Bread")]],
        ],
      ],
      [
        [
          ["add dentist appointment", [add("Dentist appointment")]],
          ["make it 3pm tomorrow", [update(1, { due_date: "2026-12-10", due_time: "15:00" })]],
        ],
      ],
      [
        [
          ["how's it going?", []],
          [
            "add finish the slides for monday",
            [add("Finish the slides", { due_date: "2026-12-14" })],
          ],
          ["cool thanks", []],
        ],
      ],
      [
        [
          ["good morning", []],
          ["I got the milk, and add butter pls", [complete(1), add("Butter")]],
        ],
        undefined,
        ["Buy milk"],
      ],
      [
        [
          ["add call amma", [add("Call amma")]],
          ["at 8pm", [update(1, { due_time: "20:00" })]],
        ],
      ],
      [
        [
          ["add book the venue", [add("Book the venue")]],
          ["note: ask about the parking", [update(1, { description: "ask about the parking" })]],
        ],
      ],
      [
        [
          [
            "add meeting with the principal on thursday at 10",
            [add("Meeting with the principal", { due_date: "2026-12-10", due_time: "10:00" })],
          ],
          ["bring the fee challan", [update(1, { description: "bring the fee challan" })]],
        ],
      ],
      [
        [
          ["remind me to call the vet", [add("Call the vet")]],
          ["her name is Dr. Khan", [update(1, { description: "her name is Dr. Khan" })]],
        ],
      ],
      [
        "hey there 👋 add water the plants and feed the cat",
        [add("Water the plants"), add("Feed the cat")],
      ],
      [
        [
          ["add pay rent", [add("Pay rent")]],
          ["thanks", []],
          ["also the internet bill", [add("Internet bill")]],
        ],
      ],
      [
        [
          ["add call the plumber", [add("Call the plumber")]],
          ["urgent!", [update(1, { priority: "high" })]],
        ],
      ],
      [
        [
          ["put eggs on my list", [add("Eggs")]],
          ["and milk too", [add("Milk")]],
        ],
      ],
      [
        [
          ["add renew car insurance next week", [add("Renew car insurance")]],
          ["thx 🙏", []],
        ],
      ],
    ]),
  );
});

describe("a note added in the same breath", () => {
  run(
    cases("add_description", [
      [
        "add fix the tap and add a note: washer is broken",
        [add("Fix the tap", { description: "washer is broken" })],
      ],
      [
        "add pay rent. Description: before the 5th",
        [add("Pay rent", { description: "before the 5th" })],
      ],
      ["add milk and put a note on it: full cream", [add("Milk", { description: "full cream" })]],
    ]),
  );
});
