import { describe, expect, it } from "vitest";
import { localModelConversation } from "@/test/support/eval-contract";
import { understand } from "./understand";

// How people chat around a todo list, in their own words: small talk, thanks, apologies,
// frustration, emoji, questions and errands outside the list, and chit-chat wrapped around
// a real request. Written as fresh phrasings before the rules that read them; each turn
// runs through the model with the contract's tools, so "no list card" is "no list_tasks".

const NOW = "2026-12-09T15:00:00Z";
const LIST = [
  "Buy milk",
  "Call the plumber",
  "Gym session",
  "Pay electricity bill",
  "Walk the dog",
];

interface Turn {
  calls: { toolName: string; input: Record<string, unknown> }[];
  text: string;
}

async function converse(messages: string[], setup: string[] = LIST): Promise<Turn[]> {
  const conversation = localModelConversation(setup, { now: NOW });
  const turns: Turn[] = [];
  for (const say of messages) {
    const { text, tool_calls } = await conversation.say(say);
    turns.push({ calls: tool_calls.map((c) => ({ toolName: c.name, input: c.arguments })), text });
  }
  return turns;
}

/** A turn that answered in words only: no tool at all, so no change and no list card. */
function wordsOnly(turn: Turn, message: string) {
  expect(turn.calls, `${message} → ${turn.text}`).toEqual([]);
  expect(turn.text, message).not.toBe("");
  return expect(turn.text, message);
}

const GREETS = /\b(?:hi|hello|hey)\b/i;
const WELCOME = /welcome|glad|pleasure|anytime|happy to help/i;
const FORGIVEN = /no (?:problem|worries|harm)|all good|don't worry/i;
const BYE = /bye|see you|talk soon|later/i;
const FINE = /\b(?:doing|I'm|feeling) (?:well|good|great|fine)\b/i;
const SELF = /\b(?:Taskchat|todo|to-do)\b/i;
const CAN_DO = /\btasks?\b|\blist\b/i;
const SORRY = /\bsorry\b/i;

describe("small talk: a fitting short answer, no list card, no change", () => {
  it.each([
    ["hey there!", GREETS],
    ["hiya :)", GREETS],
    ["good morning!! ☀️", GREETS],
    ["yo", GREETS],
    ["sup", GREETS],
    ["what's up?", GREETS],
    ["heyyy", GREETS],
    ["hi 👋", GREETS],
    ["hello hello", GREETS],
    ["how are you?", FINE],
    ["how r u", FINE],
    ["how's your day going?", FINE],
    ["you doing ok?", FINE],
    ["how are things", FINE],
    ["hey, how are you doing today?", FINE],
    ["who are you", SELF],
    ["what are you exactly?", SELF],
    ["are you a bot?", SELF],
    ["are you chatgpt", SELF],
    ["what's your name", SELF],
    ["what can u do for me", CAN_DO],
    ["thanks!!", WELCOME],
    ["thank you so much 🙏", WELCOME],
    ["ty", WELCOME],
    ["thx a lot", WELCOME],
    ["cheers mate", WELCOME],
    ["appreciate it!", WELCOME],
    ["thanks, you're a lifesaver", WELCOME],
    ["you're the best", WELCOME],
    ["awesome, thanks", WELCOME],
    ["perfect thank you", WELCOME],
    ["love it", WELCOME],
    ["sorry", FORGIVEN],
    ["my bad", FORGIVEN],
    ["oops sorry", FORGIVEN],
    ["sorry about that", FORGIVEN],
    ["my mistake, sorry", FORGIVEN],
    ["bye!", BYE],
    ["see ya later", BYE],
    ["good night", BYE],
    ["ttyl", BYE],
    ["gotta go", BYE],
    ["talk later", BYE],
    ["that's all for now", BYE],
    ["ugh this is not working", SORRY],
    ["this is so annoying", SORRY],
    ["you're useless", SORRY],
    ["that's not what I asked", SORRY],
    ["wtf", SORRY],
    ["why don't you understand me", SORRY],
    ["this app is dumb", SORRY],
  ])("%j", async (message, reply) => {
    const [turn] = await converse([message]);
    wordsOnly(turn!, message).toMatch(reply);
    expect(turn!.text).not.toMatch(/not sure what you/i);
  });

  it.each([
    "ok cool",
    "k",
    "okk",
    "alright",
    "sounds good",
    "nice",
    "got it",
    "lol",
    "haha",
    "lmao",
    "hmm",
    "nvm",
    "never mind",
    "cool cool",
    "👍",
    "😂😂",
    "🙏",
    "❤️",
    "🔥",
    ":)",
    ":(",
    "😅",
    "ok",
    "great",
  ])("%j is acknowledged, not misread as a task", async (message) => {
    const [turn] = await converse([message]);
    wordsOnly(turn!, message).not.toMatch(/not sure|did you mean/i);
  });

  it("sad and angry faces get sympathy, hearts and folded hands get a welcome", async () => {
    const turns = await converse(["😞", "🙏", "😡", "❤️"]);
    expect(turns.map((t) => t.calls)).toEqual([[], [], [], []]);
    expect(turns[0]!.text).toMatch(SORRY);
    expect(turns[1]!.text).toMatch(WELCOME);
    expect(turns[2]!.text).toMatch(SORRY);
    expect(turns[3]!.text).toMatch(WELCOME);
  });
});

describe("small talk in Roman Urdu and Urdu: answered in the same script", () => {
  const URDU_SCRIPT = /[\u0600-\u06FF]/;
  it.each([
    "salam",
    "assalam o alaikum",
    "shukriya",
    "shukriya bhai",
    "jazakallah",
    "jazakallah khair",
    "theek hai",
    "acha",
    "acha theek hai",
    "kya haal hai",
    "allah hafiz",
    "koi baat nahi",
    "maaf karna",
    "aap kaun ho",
  ])("%j (Roman Urdu)", async (message) => {
    const [turn] = await converse([message]);
    wordsOnly(turn!, message).not.toMatch(URDU_SCRIPT);
    expect(turn!.text).not.toMatch(/you're welcome|not sure|did you mean|samajh nahi/i);
  });

  it.each(["شکریہ", "السلام علیکم", "ٹھیک ہے", "اچھا", "آپ کیسے ہیں", "خدا حافظ", "جزاک اللہ"])(
    "%j (Urdu script)",
    async (message) => {
      const [turn] = await converse([message]);
      wordsOnly(turn!, message).toMatch(URDU_SCRIPT);
      expect(turn!.text).not.toMatch(/سمجھ نہیں/);
    },
  );
});

describe("questions and errands outside the list: no task, a fitting answer", () => {
  it.each([
    ["what's the weather tomorrow", /weather/i],
    ["is it going to rain this weekend?", /weather/i],
    ["tell me a joke", /joke/i],
    ["tell me something funny", /joke|funny/i],
    ["what's 2+2", /math|sums|calculat/i],
    ["what is 15% of 80", /math|sums|calculat/i],
    ["calculate 12*7", /math|sums|calculat/i],
    ["translate this to french", /translat/i],
    ["can you translate hello into spanish", /translat/i],
    ["who is the president of the usa", CAN_DO],
    ["what's the capital of peru", CAN_DO],
    ["play some music", /music/i],
    ["search the web for cheap flights", /search|look (?:it|things) up|web/i],
  ])("%j", async (message, reply) => {
    const [turn] = await converse([message]);
    wordsOnly(turn!, message).toMatch(reply);
    expect(turn!.text).toMatch(CAN_DO);
  });

  it.each([
    ["send an email to my boss", "Send an email to my boss", /emails?/i],
    ["can you email my boss for me", "Email my boss", /emails?/i],
    ["call mom for me", "Call mom", /calls?/i],
    ["can you call the dentist", "Call the dentist", /calls?/i],
    ["can you order me a pizza", "Order a pizza", /order/i],
    ["could you book a table for two", "Book a table for two", /book/i],
    ["book me a flight to dubai", "Book a flight to dubai", /book/i],
    [
      "text john that I'm running late for me",
      "Text john that I'm running late",
      /messages?|texts?/i,
    ],
    ["could you pay my electricity bill", "Pay my electricity bill", /pay/i],
    ["buy me some milk", "Buy some milk", /buy|order/i],
    ["can u send the invoice to acme pls", "Send the invoice to acme", /send/i],
  ])("%j is offered as a task, and 'add it' adds it", async (message, title, reply) => {
    const [offer, yes] = await converse([message, "add it"]);
    wordsOnly(offer!, message).toMatch(reply);
    expect(offer!.text).toMatch(/can't/i);
    expect(offer!.text).toContain(`"${title}"`);
    expect(yes!.calls.filter((c) => c.toolName === "add_task")).toMatchObject([
      { input: { title } },
    ]);
  });

  it.each(["yes", "sure", "yes please", "ok do it", "yeah add it", "please do"])(
    "%j after an offer adds the task",
    async (answer) => {
      const [, yes] = await converse(["call mom for me", answer]);
      expect(yes!.calls.filter((c) => c.toolName === "add_task")).toMatchObject([
        { input: { title: "Call mom" } },
      ]);
    },
  );

  it("'no' after an offer changes nothing", async () => {
    const [, no] = await converse(["call mom for me", "no thanks"]);
    expect(no!.calls).toEqual([]);
  });

  it("an offer is not taken up by an unrelated later yes", async () => {
    const [, , yes] = await converse(["call mom for me", "thanks", "yes"]);
    expect(yes!.calls.filter((c) => c.toolName === "add_task")).toEqual([]);
  });
});

describe("a note to self is a task, even when it names an errand", () => {
  it.each([
    ["call mom tomorrow", "Call mom"],
    ["email the landlord", "Email the landlord"],
    ["remind me to call mom", "Call mom"],
    ["need to email the landlord about the heating", "Email the landlord about the heating"],
    ["add send the invoice to acme", "Send the invoice to acme"],
    ["book a table at nandos", "Book a table at nandos"],
    ["text john about the party", "Text john about the party"],
    ["pay the electricity bill", "Pay the electricity bill"],
  ])("%j", async (message, title) => {
    const [turn] = await converse([message], []);
    expect(turn!.calls.filter((c) => c.toolName === "add_task")).toMatchObject([
      { input: { title } },
    ]);
  });
});

describe("small talk around a real request: the request is done, the talk stays out", () => {
  it.each([
    ["hey there! hope ur good, can u add milk pls, thanks!!", "Milk"],
    ["hi :) add eggs", "Eggs"],
    ["good morning! please add call the bank", "Call the bank"],
    ["hope you're well! add renew passport", "Renew passport"],
    ["sorry to bug you again, add pick up the kids at 5", "Pick up the kids"],
    ["quick one - add buy stamps", "Buy stamps"],
    ["hey! one more thing: add water the plants 🌱", "Water the plants"],
    ["ok cool, add bread too lol", "Bread"],
    ["add dentist appt thanks, ur the best ❤️", "Dentist appt"],
    ["btw add book the car service", "Book the car service"],
    ["add fix the tap when you get a chance", "Fix the tap"],
    ["yo can you add laundry for me real quick, cheers", "Laundry"],
  ])("%j adds %j", async (message, title) => {
    const [turn] = await converse([message], []);
    expect(turn!.calls).toMatchObject([{ toolName: "add_task", input: { title } }]);
  });

  it.each([
    ["sorry to bother, delete the gym one", "delete_task", 3],
    ["hey, hope all is well! mark the plumber one done", "complete_task", 2],
    ["ugh finally, walked the dog 🐶", "complete_task", 5],
    ["lol ok delete the milk", "delete_task", 1],
    ["thanks! and tick off the electricity bill", "complete_task", 4],
    ["good morning :) i paid the electricity bill", "complete_task", 4],
  ])("%j → %s #%i", async (message, toolName, taskId) => {
    const [turn] = await converse([message]);
    const changed = turn!.calls.filter((c) => c.toolName !== "list_tasks");
    expect(changed, turn!.text).toMatchObject([{ toolName, input: { task_id: taskId } }]);
  });

  it.each([
    "morning :) whats on my list today",
    "hey, what's on my list?",
    "hi there! show me my tasks please",
    "sorry, what's left again?",
    "hope you're well, what do I still have to do",
  ])("%j lists", async (message) => {
    const [turn] = await converse([message]);
    expect(turn!.calls.map((c) => c.toolName)).toEqual(["list_tasks"]);
  });
});

describe("no canned sentence twice in a row", () => {
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);
  it.each([
    [["hi", "how are you", "thanks", "lol", "bye"]],
    [["sorry", "my bad", "oops sorry"]],
    [["ugh", "this is not working", "you're useless"]],
    [["what's 2+2", "what's the weather", "tell me a joke", "translate this"]],
    [["👍", "ok", "cool", "nice", "k"]],
    [["shukriya", "jazakallah", "theek hai", "acha"]],
  ])("%j", async (messages) => {
    const turns = await converse(messages);
    for (let i = 1; i < turns.length; i++) {
      const repeated = sentences(turns[i]!.text).filter((s) =>
        sentences(turns[i - 1]!.text).includes(s),
      );
      expect(repeated, `${messages[i - 1]} → ${messages[i]}`).toEqual([]);
    }
  });
});

// A second round, written after the first was tuned and scored before any change (22/40):
// what each message is read as, and for questions and errands, the answer's words.
// [message, intent kind, fragment of the answer]
const ROUND_TWO: [string, string, RegExp?][] = [
  ["heya, hows it going", "chat"],
  ["hello!! 😊", "greet"],
  ["good afternoon, how are you", "chat"],
  ["are you real", "chat"],
  ["r u a bot", "chat"],
  ["thank youuu", "thanks"],
  ["thanks a million", "thanks"],
  ["awesome thx!!", "thanks"],
  ["oh sorry, ignore that", "chat"],
  ["oops my mistake", "chat"],
  ["lmaooo", "chat"],
  ["hahaha 😂", "chat"],
  ["okie dokie", "ack"],
  ["ok got it", "ack"],
  ["alright cool", "ack"],
  ["nah nvm", "cancel"],
  ["👌👌", "ack"],
  ["🙏🙏🙏", "thanks"],
  ["😭", "chat"],
  ["this thing is broken", "chat"],
  ["why is this so hard", "chat"],
  ["you never understand anything", "chat"],
  ["cya tmrw", "bye"],
  ["night night", "bye"],
  ["shukria yaar", "thanks"],
  ["acha ji", "ack"],
  ["walaikum assalam", "greet"],
  ["بہت شکریہ جناب", "thanks"],
  ["what's the forecast for saturday", "unknown", /weather/i],
  ["how much is 45 times 3", "unknown", /calcul|math|sums/i],
  ["how do you say thank you in japanese", "unknown", /translat/i],
  ["can you google the opening hours of ikea", "unknown", /look things up|search/i],
  ["could you text my sister happy birthday", "unknown", /"Text my sister happy birthday"/],
  ["pls ring the garage for me", "unknown", /"Ring the garage"/],
  ["can you pay the rent", "unknown", /"Pay the rent"/],
  ["order me some flowers for mum", "unknown", /"Order some flowers for mum"/],
  ["ring the garage", "add"],
  ["order flowers for mum", "add"],
  ["hiya! can you add dentist on friday", "add"],
  ["omg thank you!! also add call grandma", "add"],
];

describe("a second round of fresh phrasings", () => {
  it.each(ROUND_TWO)("%j → %s", async (message, kind, reply) => {
    expect(understand(message).kind).toBe(kind);
    if (!reply) return;
    const [turn] = await converse([message]);
    wordsOnly(turn!, message).toMatch(reply);
  });
});

it("an offered errand keeps its time: it is read when the task is added", async () => {
  const [offer, yes] = await converse(["could you book a table for two at 8pm", "add it"]);
  expect(offer!.text).toContain('"Book a table for two at 8pm"');
  expect(yes!.calls).toMatchObject([
    { toolName: "add_task", input: { title: "Book a table for two", due_time: "20:00" } },
  ]);
});

// A third round, chit-chat around work (scored 11/17 before the change that followed;
// "great, that's done. add call the bank too", a deed and a request in two sentences, is left).
describe("a third round: chit-chat around work", () => {
  it.each([
    ["thanks! now add eggs and delete the milk", "multi"],
    ["hey :) mark the gym one done and add buy protein", "multi"],
    ["ok cool thanks. what's left?", "list"],
    ["perfect! can you also remove the dog walk", "delete"],
    ["hmm ok, show me what's pending", "list"],
    ["nice one! also, i paid the electricity bill", "complete"],
    ["hi! i need to call the bank tomorrow", "add"],
    ["morning! quick q, what do i have today", "query"],
    ["hey hope your day is going well, can you add pick up dry cleaning", "add"],
    ["good morning, hope you slept well! add yoga at 7", "add"],
    ["awesome, you're a lifesaver. delete the gym one pls", "delete"],
    ["brb", "bye"],
    ["k thx", "thanks"],
    ["thank you!! 🙏🙏", "thanks"],
    ["sorry wrong button", "chat"],
    ["lol yes add it", "add"],
  ])("%j → %s", (message, kind) => {
    expect(understand(message).kind).toBe(kind);
  });

  it("a wish before the request stays out of the title", () => {
    expect(understand("hey hope your day is going well, can you add pick up dry cleaning")).toEqual(
      { kind: "add", tasks: [{ title: "Pick up dry cleaning" }] },
    );
  });
});
