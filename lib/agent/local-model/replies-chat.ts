import type { ListedTask } from "./conversation";

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
};

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
