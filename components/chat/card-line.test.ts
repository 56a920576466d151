import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ur from "@/messages/ur.json";
import { cardLine } from "./card-line";
import { summarizeToolCall } from "./tool-call-summary";

// A card's line is said in the interface language. English must read exactly as the
// summary's text (ChatKit and older tests read that), Urdu must be Urdu script.

const say = (messages: typeof en, locale: string) => {
  const t = createTranslator({ locale, messages, namespace: "toolCard" });
  return (line: ReturnType<typeof cardLine>) => t(`line.${line.key}`, line.values);
};
const inEnglish = say(en, "en");
const inUrdu = say(ur as typeof en, "ur");

type Call = [name: string, input: object, output: unknown, finished: boolean, error?: string];
const calls: [string, Call, string][] = [
  [
    "an add",
    ["add_task", { title: "Doodh" }, { task_id: 4, status: "created", title: "Doodh" }, true],
    "شامل کیا: #4 Doodh",
  ],
  [
    "a completion",
    [
      "complete_task",
      { task_id: 3 },
      { task_id: 3, status: "completed", title: "دودھ خریدنا" },
      true,
    ],
    "مکمل کیا: #3 دودھ خریدنا",
  ],
  [
    "a deletion",
    ["delete_task", { task_id: 2 }, { task_id: 2, status: "deleted", title: "Bill" }, true],
    "ہٹا دیا: #2 Bill",
  ],
  [
    "a rename",
    [
      "update_task",
      { task_id: 1, title: "Sabzi" },
      { task_id: 1, status: "updated", title: "Sabzi" },
      true,
    ],
    "نام بدلا: #1 اب Sabzi",
  ],
  [
    "a move",
    [
      "update_task",
      { task_id: 1, due_date: "2026-12-18" },
      { task_id: 1, status: "updated", title: "Dentist" },
      true,
    ],
    "منتقل کیا: #1 Dentist",
  ],
  [
    "an update",
    [
      "update_task",
      { task_id: 1, description: "x" },
      { task_id: 1, status: "updated", title: "Same" },
      true,
    ],
    "بدل دیا: #1 Same",
  ],
  [
    "a reopening",
    [
      "update_task",
      { task_id: 5, completed: false },
      { task_id: 5, status: "reopened", title: "Gym" },
      true,
    ],
    "دوبارہ کھولا: #5 Gym",
  ],
  [
    "a restore",
    ["restore_task", { task_id: 6 }, { task_id: 6, status: "restored", title: "Gym" }, true],
    "واپس لایا: #6 Gym",
  ],
  [
    "a missing task",
    ["complete_task", { task_id: 9 }, { error: "task_not_found", task_id: 9 }, true],
    "کام #9 نہیں ملا",
  ],
  ["a list", ["list_tasks", {}, { tasks: [], total: 3 }, true], "3 کام"],
  ["one task", ["list_tasks", {}, { tasks: [], total: 1 }, true], "1 کام"],
  [
    "a pending list",
    ["list_tasks", { status: "pending" }, { tasks: [], total: 2 }, true],
    "2 باقی کام",
  ],
  [
    "a completed list",
    ["list_tasks", { status: "completed" }, { tasks: [], total: 1 }, true],
    "1 مکمل کام",
  ],
  [
    "a search",
    ["list_tasks", { query: "gym" }, { tasks: [], total: 2 }, true],
    "“gym” سے ملتے 2 کام",
  ],
  [
    "a search with none",
    ["list_tasks", { query: "gym" }, { tasks: [], total: 0 }, true],
    "“gym” سے ملتا کوئی کام نہیں",
  ],
  ["a running add", ["add_task", { title: "Milk" }, undefined, false], "شامل ہو رہا ہے: “Milk”…"],
  [
    "a running completion",
    ["complete_task", { task_id: 7 }, undefined, false],
    "کام #7 مکمل ہو رہا ہے…",
  ],
  ["a running list", ["list_tasks", {}, undefined, false], "آپ کے کام دیکھ رہا ہوں…"],
  [
    "a running reopening",
    ["update_task", { task_id: 2, completed: false }, undefined, false],
    "کام #2 دوبارہ کھل رہا ہے…",
  ],
  ["a failed call", ["add_task", {}, undefined, true, "boom"], "add_task نہیں چل سکا: boom"],
];

describe("a tool card's line in the interface language", () => {
  it.each(calls)(
    "%s reads as the summary in English and in Urdu script in Urdu",
    (_, call, urdu) => {
      const line = cardLine(...call);
      expect(inEnglish(line)).toBe(summarizeToolCall(...call).text);
      expect(inUrdu(line)).toBe(urdu);
    },
  );
});
