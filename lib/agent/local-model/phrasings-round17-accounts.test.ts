import {
  conversation,
  one,
  others,
  othersRoman,
  othersUrdu,
  runPhrasingRounds,
  SHOW,
  listOf,
} from "@/test/support/phrasing-cases";

// Issue 13, round 17 (after the sets of 2026-12-08 were scored): requests that name another
// account by its id, its email or its user number, the way people paste them from an admin
// page or a support ticket ("user id 8f2c…", "userId=42", "for account no. 7", "uid: 3b9e").
// Nothing changes and the answer says that only the person's own list is managed: a number in
// such a request is that account's task number, never one of the person's own tasks (the worst
// miss of the held-out set).
// Written before any rule change: 13/24 as they were (the 18 of other accounts 5/18), 24/24
// after. The "second batch" was written after that change and scored before any other: 9/10
// ("the user having id 73" was not read as an account), 10/10 after.

const SHOP = ["Order printer ink", "Call the landlord", "Renew car insurance", "Book flights"];
const untouched = { ...others, tasks: listOf(SHOP) };
const DEV = ["Fix the user id bug", "Plan the uid migration", "Email the client"];

runPhrasingRounds("round17-accounts", {
  "ids and numbers of other accounts": {
    "user id then numbers": one(SHOP, "delete tasks 1 and 2 of user id 8f2c91", untouched),
    "userId=": one(SHOP, "remove task 1 for userId=42", untouched),
    "user_id colon": one(SHOP, "mark #2 done for user_id: 77", untouched),
    uid: one(SHOP, "delete task 3 uid 3b9e0c", untouched),
    "account no.": one(SHOP, "clear the completed tasks of account no. 7", untouched),
    "account number": one(SHOP, "delete all tasks in account number 5512", untouched),
    "for user <hex>": one(SHOP, "delete tasks 1, 2 for user a81f3c2e", untouched),
    "user <uuid>": one(
      SHOP,
      "remove task #1 from user 4b1e6c52-9f0a-4c1e-8a57-2f3e9d0b1c7a",
      untouched,
    ),
    "someone's email": one(SHOP, "delete task 2 from maria.lopez@gmail.com", untouched),
    "email's list": one(SHOP, "show me the list of dan@acme.io", { changes: [] }),
    "user #": one(SHOP, "complete task 4 for user #19", untouched),
    "the user with id": one(SHOP, "delete both tasks of the user with id 311", untouched),
    "profile id": one(SHOP, "wipe task 1 and 2 on profile id 9921", untouched),
    "customer id": one(SHOP, "delete task 1 for customer id 5530", untouched),
    member: one(SHOP, "remove item 2 from member 8841's list", untouched),
    "after a list": conversation(SHOP, SHOW, ["now delete 1 and 2 for user id 92ab", untouched]),
    "roman urdu": one(SHOP, "user id 42 ke task 1 aur 2 delete kar do", {
      ...othersRoman,
      tasks: listOf(SHOP),
    }),
    urdu: one(SHOP, "یوزر آئی ڈی 42 کے کام 1 اور 2 حذف کر دو", {
      ...othersUrdu,
      tasks: listOf(SHOP),
    }),
  },
  "own tasks that mention users and ids": {
    "add a user id task": one(SHOP, "add a task to reset the password for user id 42", {
      changes: [{ name: "add_task", arguments: { title: "Reset the password for user id 42" } }],
    }),
    "add about a customer account": one(SHOP, "add call about account number 5512", {
      changes: [{ name: "add_task", arguments: { title: "Call about account number 5512" } }],
    }),
    "delete own task 1": one(SHOP, "delete task 1", {
      changes: [{ name: "delete_task", arguments: { task_id: 1 } }],
    }),
    "complete own, with user guide words": one(
      ["Write the user guide", ...SHOP],
      "the user guide is done",
      { changes: [{ name: "complete_task", arguments: { task_id: 1 } }] },
    ),
    "email task": one(SHOP, "add email maria.lopez@gmail.com the invoice", {
      changes: [
        { name: "add_task", arguments: { title: "Email maria.lopez@gmail.com the invoice" } },
      ],
    }),
    "mark own done": one(SHOP, "mark 2 as done", {
      changes: [{ name: "complete_task", arguments: { task_id: 2 } }],
    }),
  },
  "second batch": {
    "under user_id": one(SHOP, "pls delete #1 and #3 under user_id 5521", untouched),
    "account id zeros": one(SHOP, "remove the first task of account id 0042", untouched),
    "userid short": one(SHOP, "tick off task 2 on userid a7", untouched),
    "customer no.": one(SHOP, "can you clear everything for customer no. 88", untouched),
    "user having id": one(SHOP, "kindly delete all tasks of the user having id 73", untouched),
    "own: user id bug": one(DEV, "mark the user id bug fix done", {
      changes: [{ name: "complete_task", arguments: { task_id: 1 } }],
    }),
    "own: close an account": one(SHOP, "add a task to close account no. 4410 at the bank", {
      changes: [{ name: "add_task", arguments: { title: "Close account no. 4410 at the bank" } }],
    }),
    "own: uid migration": one(DEV, "delete the uid migration task", {
      changes: [{ name: "delete_task", arguments: { task_id: 2 } }],
    }),
    "roman: account number": one(SHOP, "account number 12 ki saari list delete kar do", {
      ...othersRoman,
      tasks: listOf(SHOP),
    }),
    "urdu: صارف نمبر": one(SHOP, "صارف نمبر 9 کا پہلا کام ہٹا دو", {
      ...othersUrdu,
      tasks: listOf(SHOP),
    }),
  },
});
