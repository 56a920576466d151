import type { ListedTask } from "./conversation";
import type { ChatAbout } from "./parse-chat";

/**
 * The words of answers that are conversation rather than task results: greetings,
 * thanks, what we cannot do, other people's lists, and questions with choices. Each has
 * a few wordings, picked by the turn's place in the conversation, so the same canned
 * sentence never comes twice in a row and the same conversation always reads the same.
 */

/** What Taskchat can do, in three wordings that follow each other turn by turn. */
const CAN_DO = [
  'I can add, list, complete, update or delete your tasks, for example "Add a task to call mom" or "What\'s pending?"',
  'I look after your todo list: adding, checking off, renaming and deleting tasks. Try "remind me to pay rent".',
  'What I can do is manage your tasks: say "show my tasks", "add buy milk" or "I finished the report".',
];

const pick = (wordings: readonly string[], turn: number) => wordings[turn % wordings.length]!;
const canDo = (turn: number) => pick(CAN_DO, turn);

export function greeting(turn: number): string {
  return pick(
    [
      'Hi! I can add, list, complete, update and delete your tasks. Try "Add a task to buy groceries" or "What\'s pending?"',
      "Hi again! What should we do with your list?",
      'Hi! Tell me something to add, or ask "what\'s left?"',
    ],
    turn,
  );
}

export function thanks(turn: number): string {
  return pick(
    [
      "You're welcome! Anything else for your list?",
      "You're welcome, happy to help.",
      "Always welcome! Just tell me what's next.",
    ],
    turn,
  );
}

export function acknowledge(turn: number): string {
  return pick(
    [
      "Okay! Tell me whenever you want to add, check off or change a task.",
      "Got it. I'm here when you need your list.",
      "Sure thing. Anything to add or tick off?",
    ],
    turn,
  );
}

/** Questions outside a todo list, by topic: said plainly, then what we can do. */
const TOPIC: Record<string, string[]> = {
  weather: [
    "I'm not sure about the weather: I can't look it up.",
    "I'm not sure, sorry: weather forecasts are beyond me.",
  ],
  news: [
    "I'm not sure: I can't look up news, scores or results.",
    "I'm not sure, sorry: I have no news or results to look at.",
  ],
  time: [
    "I'm not sure of the time here; your device's clock knows best.",
    "I'm not sure, sorry: I don't keep a clock or calendar.",
  ],
  joke: [
    "I'm not sure I'm the one for jokes or stories.",
    "I'm not sure I'd be any good at that, sorry.",
  ],
  math: [
    "I'm not sure about sums: I don't do math or calculations.",
    "Calculations are beyond me, sorry: I'm no calculator.",
  ],
  translate: ["I'm not sure I can help: I don't translate.", "Translation is beyond me, sorry."],
  music: [
    "I'm not sure I can help: I can't play music.",
    "Music is beyond me, sorry: I have nothing to play it with.",
  ],
  alarm: [
    "I'm not sure I can help: I can't set alarms or timers on your device.",
    "Alarms and timers are your phone's job, sorry; I only keep your list.",
  ],
  search: [
    "I'm not sure I can help: I can't search the web or look things up.",
    "I can't look things up online, sorry.",
  ],
};

/** Small talk of its own kind: each has a few wordings, and says what Taskchat can do where it fits. */
const CHAT: Record<ChatAbout, string[]> = {
  howAreYou: [
    "Hi! I'm doing well, thanks for asking. What can I do for your list today?",
    "I'm good, thanks! Anything to add or tick off?",
    "I'm great, thank you! Ready when you are: add, list or check off tasks.",
  ],
  identity: [
    'I\'m Taskchat, your todo list assistant: I add, list, complete, update and delete your tasks. Try "add buy milk".',
    'I\'m Taskchat, an assistant for your to-do list. Say "show my tasks" to see it, or "remind me to …" to add to it.',
  ],
  sorry: [
    "No problem at all!",
    "No worries, nothing has changed.",
    "All good! Tell me whenever you're ready.",
  ],
  upset: [
    'Sorry about that! Tell me again in a few words, like "add buy milk", "show my tasks" or "mark task 2 done".',
    'Sorry this is frustrating. Short requests work best: "delete the gym one", "what\'s left?", "rename task 1 to …".',
    "Sorry! I understand plain task requests: adding, listing, completing, renaming and deleting. With an AI model configured I understand much more.",
  ],
  mood: [
    "Sounds like a lot. I can keep track of what's left, so you don't have to: say \"what's left?\".",
    "Hang in there! Tell me anything to add, move or tick off, and I'll keep the list straight.",
    'One thing at a time: say "show my tasks" and we\'ll see what can wait.',
  ],
  laugh: [
    "😄 Glad you're having fun! Anything for your list?",
    "Haha! Tell me when there's something to add or tick off.",
    "😄 Anything else I can do for your list?",
  ],
};

export function chat(about: ChatAbout, turn: number): string {
  return pick(CHAT[about], turn);
}

/** What an errand needs that we lack, by the lexicon's errand ("call" → "make calls"). */
const ERRAND: Record<string, string> = {
  email: "send emails",
  call: "make calls",
  message: "send texts or messages",
  book: "book or reserve things",
  order: "buy or order things",
  pay: "make payments",
  send: "send things",
};

/** "call mom for me": we cannot, and offer the task instead; "add it" takes it up. */
export function offer(errand: string, title: string, turn: number): string {
  const cannot = ERRAND[errand] ?? "do that";
  return pick(
    [
      `I'm not sure I can help there: I can't ${cannot} myself. But I can add "${title}" as a task. Say "add it" if you'd like.`,
      `That's beyond me, I can't ${cannot}. Should I add "${title}" to your list instead? Just say "yes".`,
    ],
    turn,
  );
}

export function notUnderstood(turn: number, topic?: string): string {
  const first =
    (topic && TOPIC[topic] && pick(TOPIC[topic], turn)) ||
    pick(
      [
        "I'm not sure what you'd like me to do.",
        "Sorry, I'm not sure what you mean.",
        "Hmm, I'm not sure how to help with that.",
      ],
      turn,
    );
  return `${first} ${canDo(turn)}`;
}

export function othersRefused(turn: number): string {
  return pick(
    [
      "I can only manage your own list, so I haven't changed anything. Other people's tasks and accounts are theirs alone.",
      "Only your own tasks are yours to manage here, so nothing has changed. I can't see or touch anyone else's list.",
    ],
    turn,
  );
}

/** The answer to "did I already tick off milk?" or "is milk on my list?", from the list. */
export function aboutTasks(tasks: ListedTask[], words: string, about: "done" | "listed"): string {
  if (tasks.length === 0) return `I don't see a task matching "${words}" on your list.`;
  const name = (t: ListedTask) => `#${t.id} "${t.title}"`;
  if (about === "listed") {
    const state = (t: ListedTask) => (t.completed ? "done" : "not done yet");
    return `Yes: ${tasks.map((t) => `${name(t)} (${state(t)})`).join(", ")}.`;
  }
  if (tasks.length === 1) {
    const task = tasks[0]!;
    return task.completed ? `Yes, ${name(task)} is done.` : `No, ${name(task)} is not done yet.`;
  }
  return tasks.map((t) => `${name(t)} is ${t.completed ? "done" : "not done yet"}.`).join(" ");
}

export function noSuchTask(taskId: number): string {
  return `I couldn't find task #${taskId}, so I didn't change anything.`;
}

/** One reading of a message we were unsure about, as offered in a question. */
export type Choice = { kind: "complete"; task: ListedTask } | { kind: "add"; title: string };

export function askChoice(choices: Choice[]): string {
  const lines = choices.map((choice, i) =>
    choice.kind === "complete"
      ? `${i + 1}. complete #${choice.task.id} "${choice.task.title}"`
      : `${i + 1}. add "${choice.title}" as a new task`,
  );
  return ["Did you mean:", ...lines, "Say the number, or tell me more."].join("\n");
}
