/**
 * The local model's answers in Urdu: in Urdu script to a message in Urdu script, in
 * Roman Urdu to a message in Roman Urdu. Each sentence is written once per script,
 * side by side, and read from tool results the same way the English replies are
 * (`readOutcome`, lib/tasks/tool-wording.ts). Titles stay as the person wrote them.
 */
import { escapeMarkdown } from "@/lib/markdown/escape-markdown";
import { dayWords } from "@/lib/tasks/field-words";
import { addDays, wallClock } from "@/lib/time/zoned-time";
import { notableCounts, partitionChanges, readOutcome } from "@/lib/tasks/tool-wording";
import type { TaskChange } from "@/lib/tasks/tool-results";
import type { Clock } from "./clock";
import type { ListedTask, SeenToolCall } from "./conversation";
import type { Choice } from "./replies-chat";
import type { Wording } from "./wording";

type Script = "ur" | "ur-Latn";
/** One sentence in both scripts: Urdu script first, Roman Urdu second. */
type Both = readonly [string, string];

const quote = (title: unknown) => `"${escapeMarkdown(String(title))}"`;
const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
const pick = <T>(wordings: readonly T[], turn: number) => wordings[turn % wordings.length]!;

const PRIORITY: Record<string, Both> = {
  high: ["ضروری", "zaroori"],
  medium: ["درمیانہ", "darmiyana"],
  low: ["کم اہم", "kam ahem"],
};

export function urduWording(script: Script): Wording {
  const s = (both: Both) => (script === "ur" ? both[0] : both[1]);
  const stop = script === "ur" ? "۔" : ".";
  const ask = script === "ur" ? "؟" : "?";

  const canDo: Both[] = [
    [
      'میں آپ کے کام شامل، دکھا، مکمل، تبدیل یا ختم کر سکتا ہوں، جیسے "دودھ لینا شامل کرو" یا "میرے کام دکھاؤ"۔',
      'Main aap ke kaam add, list, mukammal, update ya delete kar sakta hun, jaise "doodh lena add kar do" ya "mere kaam dikhao".',
    ],
    [
      'میں آپ کی کاموں کی فہرست سنبھالتا ہوں: "کل شام پانچ بجے امی کو فون کرنا شامل کرو" لکھ کر دیکھیں۔',
      'Main aap ki kaamon ki list sambhalta hun: "kal shaam 5 baje ammi ko call karna add kar do" likh kar dekhein.',
    ],
  ];

  /** A due date relative to the person's today, as they say it: "کل 17:00", "kal 17:00", "Fri 11 Dec". */
  const dueWords = (date: string, time: unknown, clock: Clock | undefined) => {
    const at = typeof time === "string" ? ` ${time}` : "";
    if (!clock) return `${date}${at}`;
    const today = wallClock(clock.now, clock.timeZone).date;
    if (script === "ur") return `${dayWords(date, today, "ur")}${at}`;
    const near: Record<string, string> = {
      [today]: "aaj",
      [addDays(today, 1)]: "kal",
      [addDays(today, 2)]: "parson",
    };
    return `${near[date] ?? dayWords(date, today)}${at}`;
  };

  const detail = (t: Record<string, unknown>, clock?: Clock) => {
    const parts: string[] = [];
    if (typeof t.due_date === "string") parts.push(dueWords(t.due_date, t.due_time, clock));
    if (typeof t.priority === "string" && PRIORITY[t.priority])
      parts.push(s(PRIORITY[t.priority]!));
    if (Array.isArray(t.tags) && t.tags.length)
      parts.push(t.tags.map((tag) => `#${String(tag)}`).join(" "));
    return parts.length ? ` · ${parts.join(" · ")}` : "";
  };

  const changed = (c: TaskChange, onlyDescription = false): string => {
    const name = `#${c.task_id} ${quote(c.title)}`;
    switch (c.status) {
      case "created":
        return s([`کام ${name} شامل کر دیا۔`, `Kaam ${name} add kar diya.`]);
      case "completed":
        return "next_due_date" in c && c.next_due_date
          ? s([
              `کام ${name} مکمل ہو گیا؛ یہ دہرایا جاتا ہے، اگلی بار ${c.next_due_date}۔`,
              `Kaam ${name} mukammal ho gaya; ye dobara aata hai, agli baar ${c.next_due_date}.`,
            ])
          : s([`کام ${name} مکمل ہو گیا۔ شاباش!`, `Kaam ${name} mukammal ho gaya. Shabash!`]);
      case "deleted":
        return s([`کام ${name} ہٹا دیا۔`, `Kaam ${name} hata diya.`]);
      case "updated":
        return onlyDescription
          ? s([`کام ${name} کی تفصیل بدل دی۔`, `Kaam ${name} ki tafseel badal di.`])
          : s([
              `کام #${c.task_id} بدل دیا: ${quote(c.title)}۔`,
              `Kaam #${c.task_id} update kar diya: ${quote(c.title)}.`,
            ]);
      case "reopened":
        return s([`کام ${name} دوبارہ کھول دیا۔`, `Kaam ${name} dobara khol diya.`]);
      case "restored":
        return s([`کام ${name} واپس لے آیا۔`, `Kaam ${name} wapas le aaya.`]);
    }
  };

  const many: Record<TaskChange["status"], Both> = {
    created: ["کام شامل کر دیے", "kaam add kar diye"],
    completed: ["کام مکمل ہو گئے", "kaam mukammal ho gaye"],
    deleted: ["کام ہٹا دیے", "kaam hata diye"],
    updated: ["کام بدل دیے", "kaam update kar diye"],
    reopened: ["کام دوبارہ کھول دیے", "kaam dobara khol diye"],
    restored: ["کام واپس لے آیا", "kaam wapas le aaya"],
  };

  const result = (call: SeenToolCall): string => {
    const outcome = readOutcome(call.toolName, call.output);
    switch (outcome.kind) {
      case "not_found":
        return s([
          `مجھے کام #${String(outcome.taskId)} نہیں ملا۔`,
          `Mujhe kaam #${String(outcome.taskId)} nahi mila.`,
        ]);
      case "failed": {
        const why = escapeMarkdown(String(outcome.message ?? outcome.error));
        return s([`یہ نہیں ہو سکا: ${why}`, `Ye nahi ho saka: ${why}`]);
      }
      case "changed":
        return changed(
          outcome.change,
          call.input.title === undefined && call.input.description !== undefined,
        );
      default:
        return s(["ہو گیا۔", "Ho gaya."]);
    }
  };

  return {
    greeting: (turn) =>
      pick(
        [
          s(["السلام علیکم! ", "Assalam o alaikum! "]) + s(canDo[0]!),
          s(["جی، بتائیں، فہرست میں کیا کرنا ہے؟", "Jee, batayein, list mein kya karna hai?"]),
        ],
        turn,
      ),
    thanks: (turn) =>
      pick(
        [
          s(["کوئی بات نہیں! فہرست میں اور کچھ؟", "Koi baat nahi! List mein aur kuch?"]),
          s(["خوشی ہوئی، اور کچھ ہو تو بتائیں۔", "Khushi hui, aur kuch ho to batayein."]),
        ],
        turn,
      ),
    acknowledge: (turn) =>
      pick(
        [
          s([
            "ٹھیک ہے! جب چاہیں کام شامل یا مکمل کروائیں۔",
            "Theek hai! Jab chahein kaam add ya mukammal karwayein.",
          ]),
          s(["جی، میں یہیں ہوں۔", "Jee, main yahin hun."]),
        ],
        turn,
      ),
    bye: s([
      "خدا حافظ! آپ کے کام یہیں محفوظ رہیں گے۔",
      "Khuda hafiz! Aap ke kaam yahin mehfooz rahenge.",
    ]),
    help: s([
      [
        "میں آپ کی کاموں کی فہرست سنبھالتا ہوں۔ مثلاً:",
        '- **شامل**: "دودھ خریدنا شامل کرو"، "کل شام پانچ بجے امی کو فون کرنا شامل کرو"',
        '- **فہرست**: "میرے کام دکھاؤ"، "باقی کام دکھاؤ"، "مکمل کام"',
        '- **مکمل**: "کام 3 مکمل"، "تیسرا کام ہو گیا"',
        '- **نام بدلنا**: "کام 2 کا نام بدل کر سبزی لینا کر دو"',
        '- **ہٹانا**: "کام 2 ہٹا دو"',
      ].join("\n"),
      [
        "Main aap ki kaamon ki list sambhalta hun. Masalan:",
        '- **Add**: "doodh khareedna add kar do", "kal shaam 5 baje ammi ko call karna add kar do"',
        '- **List**: "mere kaam dikhao", "pending kaam dikhao", "mukammal kaam"',
        '- **Mukammal**: "kaam 3 mukammal", "teesra kaam ho gaya"',
        '- **Naam badalna**: "kaam 2 ka naam badal kar sabzi lena kar do"',
        '- **Delete**: "doctor wala kaam delete kar do"',
      ].join("\n"),
    ]),
    cancelled: s(["ٹھیک ہے، میں نے کچھ نہیں بدلا۔", "Theek hai, maine kuch nahi badla."]),
    cannotReopen: s([
      "میں ابھی کسی کام کو دوبارہ نہیں کھول سکتا۔ میں کام شامل، مکمل، تبدیل یا ختم کر سکتا ہوں۔",
      "Main abhi kisi kaam ko dobara nahi khol sakta. Main kaam add, mukammal, update ya delete kar sakta hun.",
    ]),
    askTitle: s([
      'کون سا کام شامل کروں؟ مثلاً "دودھ خریدنا شامل کرو"۔',
      'Kaunsa kaam add karun? Masalan "doodh khareedna add kar do".',
    ]),
    oneAtATime: s([
      "میں ایک وقت میں ایک کام بدل سکتا ہوں۔ کون سا نمبر؟",
      "Main ek waqt mein ek kaam badal sakta hun. Kaunsa number?",
    ]),
    noPronounTarget: s([
      "کون سا کام؟ اس کا نمبر یا نام کا کوئی لفظ بتائیں۔",
      "Kaunsa kaam? Uska number ya naam ka koi lafz batayein.",
    ]),
    verb: {
      complete: s(["مکمل کروں", "mukammal karun"]),
      delete: s(["ہٹاؤں", "hataun"]),
      update: s(["بدلوں", "badlun"]),
    },
    notUnderstood: (turn, topic) => {
      const first = topic
        ? pick(
            [
              s([
                "یہ میں نہیں بتا سکتا: میں صرف آپ کے کام سنبھالتا ہوں۔",
                "Ye main nahi bata sakta: main sirf aap ke kaam sambhalta hun.",
              ]),
              s([
                "معاف کیجیے، یہ میرے بس میں نہیں: میرا کام آپ کی فہرست ہے۔",
                "Maaf kijiye, ye mere bas mein nahi: mera kaam aap ki list hai.",
              ]),
            ],
            turn,
          )
        : pick(
            [
              s(["معاف کیجیے، میں سمجھ نہیں سکا۔", "Maaf kijiye, main samajh nahi saka."]),
              s([
                "مجھے یقین نہیں کہ آپ کیا چاہتے ہیں۔",
                "Mujhe yaqeen nahi ke aap kya chahte hain.",
              ]),
            ],
            turn,
          );
      return `${first} ${s(pick(canDo, turn))}`;
    },
    // Asked twice in a row, the refusal is worded anew, as the English one is.
    othersRefused: (turn) =>
      pick(
        [
          s([
            "میں صرف آپ کی اپنی فہرست سنبھال سکتا ہوں، اس لیے کچھ نہیں بدلا۔ کسی اور کے کام ان کے اپنے ہیں۔",
            "Main sirf aap ki apni list sambhal sakta hun, is liye kuch nahi badla. Kisi aur ke kaam unke apne hain.",
          ]),
          s([
            "یہاں صرف آپ کی اپنی فہرست ہے، کسی اور کی فہرست میں نہ دیکھ سکتا ہوں نہ بدل سکتا ہوں۔ کچھ نہیں بدلا۔",
            "Yahan sirf aap ki apni list hai, kisi aur ki list na dekh sakta hun na badal sakta hun. Kuch nahi badla.",
          ]),
        ],
        turn,
      ),
    aboutTasks: (tasks, words, about) => {
      if (tasks.length === 0)
        return s([
          `آپ کی فہرست میں "${words}" والا کوئی کام نہیں۔`,
          `Aap ki list mein "${words}" wala koi kaam nahi.`,
        ]);
      const state = (t: ListedTask) =>
        t.completed ? s(["مکمل ہے", "mukammal hai"]) : s(["ابھی باقی ہے", "abhi baqi hai"]);
      const lines = tasks.map((t) => `#${t.id} "${t.title}" ${state(t)}${stop}`);
      return about === "listed"
        ? `${s(["جی ہاں:", "Jee haan:"])} ${lines.join(" ")}`
        : lines.join(" ");
    },
    noSuchTask: (id) =>
      s([
        `مجھے کام #${id} نہیں ملا، اس لیے کچھ نہیں بدلا۔`,
        `Mujhe kaam #${id} nahi mila, is liye kuch nahi badla.`,
      ]),
    askChoice: (choices: Choice[]) => {
      const lines = choices.map((choice, i) =>
        choice.kind === "complete"
          ? `${i + 1}. ${s(["مکمل", "mukammal"])} #${choice.task.id} "${choice.task.title}"`
          : `${i + 1}. ${s(["نیا کام شامل", "naya kaam add"])} "${choice.title}"`,
      );
      return [
        s(["کیا آپ کا مطلب تھا:", "Kya aap ka matlab tha:"]),
        ...lines,
        s(["نمبر بتائیں، یا کچھ اور لکھیں۔", "Number batayein, ya kuch aur likhein."]),
      ].join("\n");
    },
    // The card is the list (decision 019): the answer says how many and what is notable.
    describeList: (tasks, total, status, countOnly, now) => {
      if (total === 0) {
        if (status === "all")
          return s([
            "آپ کی فہرست خالی ہے۔ کچھ شامل کروں؟",
            "Aap ki list khali hai. Kuch add karun?",
          ]);
        return status === "pending"
          ? s(["کوئی کام باقی نہیں۔ سب ہو گیا!", "Koi kaam baqi nahi. Sab ho gaya!"])
          : s(["ابھی کوئی کام مکمل نہیں ہوا۔", "Abhi koi kaam mukammal nahi hua."]);
      }
      const kind =
        status === "pending"
          ? s(["باقی ", "pending "])
          : status === "completed"
            ? s(["مکمل ", "mukammal "])
            : "";
      const head = s([`آپ کے ${total} ${kind}کام ہیں`, `Aap ke ${total} ${kind}kaam hain`]);
      const done = tasks.filter((t) => t.completed).length;
      const split =
        status === "all" && tasks.length === total && done > 0 && done < total
          ? s([
              `: ${total - done} باقی، ${done} مکمل`,
              `: ${total - done} pending, ${done} mukammal`,
            ])
          : "";
      if (countOnly || !now) return `${head}${split}${stop}`;
      const { overdue, today } = notableCounts(tasks, now);
      const notable = [
        overdue &&
          s([
            `${overdue} ${overdue === 1 ? "کام" : "کاموں"} کی تاریخ گزر چکی ہے`,
            `${overdue} ${overdue === 1 ? "kaam" : "kaamon"} ki tareekh guzar chuki hai`,
          ]),
        today && s([`${today} کام آج کرنا ہے`, `${today} kaam aaj karna hai`]),
      ].filter(Boolean);
      const and = s(["، اور ", ", aur "]);
      return notable.length
        ? `${head}${split}${stop} ${capitalise(notable.join(and))}${stop}`
        : `${head}${split}${stop}`;
    },
    describeQuery: (filter, total, named) => {
      const label = [
        filter.due === "overdue"
          ? s(["دیر والے", "Late"])
          : filter.day
            ? s(["کل کے لیے", "Kal ke liye"])
            : filter.due === "today"
              ? s(["آج", "Aaj"])
              : filter.due === "upcoming"
                ? s(["اس ہفتے", "Is hafte"])
                : filter.due === "none"
                  ? s(["بغیر تاریخ کے", "Bina date ke"])
                  : "",
        filter.priority && PRIORITY[filter.priority] ? s(PRIORITY[filter.priority]!) : "",
        filter.tag ? `#${filter.tag}` : "",
        filter.query ? `${quote(filter.query)} ${s(["والے", "wale"])}` : "",
      ]
        .filter(Boolean)
        .join(script === "ur" ? "، " : ", ");
      const head = label ? `${capitalise(label)} ` : "";
      if (total === 0) return `${head}${s(["کوئی کام نہیں", "koi kaam nahi"])}${stop}`;
      const onlyToday = Object.keys(filter).every((k) => ["status", "due"].includes(k));
      if (filter.due === "today" && onlyToday)
        return s([`آج ${total} کام کرنے ہیں۔`, `Aaj ${total} kaam karne hain.`]);
      const names = named.map(
        (t) => `#${t.id} ${quote(t.title)}${t.due_time ? ` ${t.due_time}` : ""}`,
      );
      return `${head}${total} ${s(["کام", "kaam"])}${names.length ? `: ${names.join(script === "ur" ? "، " : ", ")}` : ""}${stop}`;
    },
    describeResults: (calls) => {
      const { changes, others } = partitionChanges(calls);
      if (changes.length <= 1) return calls.map(result).join(" ");
      const items = changes
        .map((c) => `#${c.task_id} ${quote(c.title)}`)
        .join(script === "ur" ? "، " : ", ");
      return [
        `${changes.length} ${s(many[changes[0]!.status])}: ${items}${stop}`,
        ...others.map(result),
      ].join(" ");
    },
    describeChanges: (calls, clock) =>
      calls
        .map((c) => {
          const outcome = readOutcome(c.toolName, c.output);
          if (outcome.kind !== "changed") return result(c);
          const text = changed(outcome.change);
          const details = detail({ ...c.input, title: undefined }, clock);
          return details ? `${text.replace(/[۔.!]+$/u, "")}${details}${stop}` : text;
        })
        .join(" "),
    describeAmbiguous: (words, candidates, verb) =>
      [
        s([
          `${quote(words)} سے ایک سے زیادہ کام ملتے ہیں۔ کون سا ${verb}؟`,
          `${quote(words)} se ek se zyada kaam milte hain. Kaunsa ${verb}?`,
        ]),
        ...candidates.map((t) => `- #${t.id} ${escapeMarkdown(t.title)}${t.completed ? " ✓" : ""}`),
        s(["نمبر بتائیں۔", "Number batayein."]),
      ].join("\n"),
    describeNoMatch: (words, listed) =>
      listed.length === 0
        ? s([
            `آپ کی فہرست خالی ہے، ${quote(words)} والا کوئی کام نہیں۔`,
            `Aap ki list khali hai, ${quote(words)} wala koi kaam nahi.`,
          ])
        : s([
            `مجھے ${quote(words)} والا کوئی کام نہیں ملا، اس لیے کچھ نہیں بدلا۔ "میرے کام دکھاؤ" لکھیں تو سب دکھا دوں گا۔`,
            `Mujhe ${quote(words)} wala koi kaam nahi mila, is liye kuch nahi badla. "mere kaam dikhao" likhein to sab dikha dunga.`,
          ]),
    describeNoPosition: (position, listed) => {
      if (listed.length === 0)
        return s(["اس فہرست میں کوئی کام نہیں۔", "Is list mein koi kaam nahi."]);
      const which = position === "last" ? s(["آخری", "aakhri"]) : `${position}`;
      return s([
        `اس فہرست میں ${which} نمبر پر کوئی کام نہیں: اس میں ${listed.length} کام ہیں۔`,
        `Is list mein ${which} number par koi kaam nahi: is mein ${listed.length} kaam hain.`,
      ]);
    },
    askWhich: (verb) =>
      s([
        `کون سا کام ${verb}؟ اس کا نمبر یا نام کا کوئی لفظ بتائیں۔`,
        `Kaunsa kaam ${verb}? Uska number ya naam ka koi lafz batayein.`,
      ]),
    askWhichOfIds: (ids) => {
      const names = ids.map((id) => `#${id}`).join(s([" یا ", " ya "]));
      return s([`کون سا: ${names}؟ نمبر بتائیں۔`, `Kaunsa: ${names}? Number batayein.`]);
    },
    askNewValue: (taskId, field, tasks) => {
      const task = tasks?.find((t) => t.id === taskId);
      const name = task ? `#${taskId} ${quote(task.title)}` : `#${taskId}`;
      return field === "description"
        ? s([`کام ${name} کی تفصیل میں کیا لکھوں؟`, `Kaam ${name} ki tafseel mein kya likhun?`])
        : s([`کام ${name} کا نیا نام کیا ہو؟`, `Kaam ${name} ka naya naam kya ho?`]);
    },
    nothingToDo: (kind, status) => {
      if (kind === "complete")
        return s(["سب کام پہلے ہی مکمل ہیں۔ شاباش!", "Sab kaam pehle hi mukammal hain. Shabash!"]);
      return status === "completed"
        ? s(["ہٹانے کے لیے کوئی مکمل کام نہیں۔", "Hatane ke liye koi mukammal kaam nahi."])
        : s(["آپ کی فہرست پہلے ہی خالی ہے۔", "Aap ki list pehle hi khali hai."]);
    },
    confirmDeleteAll: (tasks, whole = true) => {
      const named = tasks.map((t) => `#${t.id} ${quote(t.title)}`).join("، ");
      if (!whole)
        return s([
          `اس سے یہ ${tasks.length} کام ہٹ جائیں گے: ${named}۔ کیا آپ کو یقین ہے${ask} ہٹانے کے لیے "ہاں" لکھیں، رکھنے کے لیے "نہیں"۔`,
          `Is se ye ${tasks.length} kaam hat jayenge: ${named}. Pakka${ask} Hatane ke liye "haan" likhein, rakhne ke liye "nahi".`,
        ]);
      return s([
        `اس سے آپ کے تمام ${tasks.length} کام ہٹ جائیں گے۔ کیا آپ کو یقین ہے${ask} ہٹانے کے لیے "ہاں" لکھیں، رکھنے کے لیے "نہیں"۔`,
        `Is se aap ke saare ${tasks.length} kaam hat jayenge. Pakka${ask} Hatane ke liye "haan" likhein, rakhne ke liye "nahi".`,
      ]);
    },
    nothingDueOn: (when) =>
      s([
        `${when} کے لیے کوئی کام نہیں، کچھ نہیں ہٹایا۔`,
        `${when} ke liye koi kaam nahi, kuch nahi hataya.`,
      ]),
  };
}
