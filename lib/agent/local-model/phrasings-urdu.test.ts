import { describe, expect, it } from "vitest";
import { chatConversation } from "@/test/support/task-database";
import { taskDatabaseForFile } from "@/test/support/task-database-for-file";
import { languageOf } from "./language";
import { understand, replyLanguage } from "./understand";
import { readUrduDetails } from "./dates-ur";
import type { SeenToolCall } from "./conversation";
import { urduWording } from "./replies-ur";
import { seenCall } from "@/test/support/tool-calls";
import { listedTask } from "@/test/support/task-json";

const listed = listedTask;

// Urdu in Urdu script and in Roman Urdu, as people in Pakistan type it: each phrasing
// family read into the same intents the English frames produce, then a conversation
// through the real chat core whose answers must come back in the person's script.

/** Wednesday 2026-12-09, 15:00 in Karachi (10:00 UTC). */
const clock = { now: new Date("2026-12-09T10:00:00Z"), timeZone: "Asia/Karachi" };
const URDU_SCRIPT = /[\u0600-\u06FF]/u;

describe("which language a message is in", () => {
  it.each([
    ["دودھ خریدنے کا کام شامل کرو", "ur"],
    ["میرے کام دکھاؤ", "ur"],
    ["کام ۲ ختم کرو", "ur"],
    ["doodh khareedna add kar do", "ur-Latn"],
    ["mere pending kaam dikhao", "ur-Latn"],
    ["teesra kaam ho gaya", "ur-Latn"],
    ["mukammal kaam", "ur-Latn"],
    ["shukriya", "ur-Latn"],
    // Code-switched: Urdu grammar around English nouns.
    ["meeting wala task done kr do", "ur-Latn"],
    ["pending tasks dikhao", "ur-Latn"],
    ["first wala done", "ur-Latn"],
    ["añade comprar leche", "other"],
    ["ajoute acheter du lait", "other"],
    ["füge milch kaufen hinzu bitte", "other"],
    ["أضف شراء الحليب", "other"],
    ["दूध खरीदना जोड़ो", "other"],
    ["2", "none"],
    ["✅", "none"],
  ])("%j is %s", (message, language) => {
    expect(languageOf(message)).toBe(language);
  });

  // English must never be misread as Roman Urdu or as another language.
  it.each([
    "Add a task to buy groceries",
    "show my tasks",
    "delete task 2",
    "add kal to my list",
    "mark it done",
    "Buy café latte",
    "go to the gym",
    "remind me to call mom tomorrow at 5pm",
    "the 2nd one's done",
    "todo: renew passport",
    "what's the weather like tomorrow?",
    "Call the doctor tomorrow",
    "hi there",
    "add pour over coffee and des moines trip",
    "add las vegas trip",
    "add a visit to the chai wala on friday",
    "i'm done with the gaya trip",
  ])("%j is English", (message) => {
    expect(languageOf(message)).toBe("en");
  });

  it("answers a message without words in the language of the last one that had some", () => {
    expect(replyLanguage(["2", "teesra kaam ho gaya"])).toBe("ur-Latn");
    expect(replyLanguage(["۲", "کون سا؟", "کام ہٹا دو"])).toBe("ur");
    expect(replyLanguage(["✅"])).toBe("en");
    expect(replyLanguage(["añade comprar leche"])).toBe("en");
  });
});

describe("adding", () => {
  it.each([
    ["doodh khareedna add kar do", "Doodh khareedna"],
    ["دودھ خریدنے کا کام شامل کرو", "دودھ خریدنا"],
    ["doodh khareedne ka kaam add karo", "Doodh khareedna"],
    ["naya kaam: doctor appointment", "Doctor appointment"],
    ["نیا کام: بجلی کا بل دینا", "بجلی کا بل دینا"],
    ["please bijli ka bill list mein daal do", "Bijli ka bill"],
    ["ammi ko call karna yaad dila dena", "Ammi ko call karna"],
    ["کتابیں واپس کرنا لکھ لو", "کتابیں واپس کرنا"],
    ["bhai zara gas ka bill add kar dein shukriya", "Gas ka bill"],
  ])("%j adds %j", (message, title) => {
    expect(understand(message, clock)).toMatchObject({ kind: "add", tasks: [{ title }] });
  });

  it("adds a list of short items as several tasks", () => {
    const intent = understand("doodh, anday aur double roti add kar do", clock);
    expect(intent).toMatchObject({
      kind: "add",
      tasks: [{ title: "Doodh" }, { title: "Anday" }, { title: "Double roti" }],
    });
  });
});

describe("dates, times, priorities and tags go in their fields", () => {
  it.each([
    ["kal doodh lena", "Doodh lena", { due_date: "2026-12-10" }],
    ["parson bijli ka bill dena", "Bijli ka bill dena", { due_date: "2026-12-11" }],
    ["aaj dawai lena", "Dawai lena", { due_date: "2026-12-09" }],
    // On a Wednesday: "jumma" is this Friday, "agle jumma" next week's (decision 017).
    ["agle jumma dentist", "Dentist", { due_date: "2026-12-18" }],
    ["jumma ko dentist", "Dentist", { due_date: "2026-12-11" }],
    ["jumeraat ko meeting", "Meeting", { due_date: "2026-12-10" }],
    ["agle hafte report likhna", "Report likhna", { due_date: "2026-12-16" }],
    ["subah 9 baje gym jana", "Gym jana", { due_date: "2026-12-10", due_time: "09:00" }],
    ["shaam 5 baje ammi ko call", "Ammi ko call", { due_date: "2026-12-09", due_time: "17:00" }],
    [
      "kal shaam 5 baje ammi ko call",
      "Ammi ko call",
      { due_date: "2026-12-10", due_time: "17:00" },
    ],
    ["raat 10 baje dawai", "Dawai", { due_date: "2026-12-09", due_time: "22:00" }],
    ["kal saadhe 4 baje meeting", "Meeting", { due_date: "2026-12-10", due_time: "16:30" }],
    ["raat ko dawai lena", "Dawai lena", { due_date: "2026-12-09" }],
    ["کل شام پانچ بجے دودھ لینا", "دودھ لینا", { due_date: "2026-12-10", due_time: "17:00" }],
    ["پرسوں ڈاکٹر کے پاس جانا", "ڈاکٹر کے پاس جانا", { due_date: "2026-12-11" }],
    ["صبح ۹ بجے ورزش", "ورزش", { due_date: "2026-12-10", due_time: "09:00" }],
    ["bijli ka bill zaroori", "Bijli ka bill", { priority: "high" }],
    ["فوری رپورٹ بھیجنا", "رپورٹ بھیجنا", { priority: "high" }],
    ["ahem meeting #office", "Meeting", { priority: "high", tags: ["office"] }],
    ["kitabein wapas karna kam ahem", "Kitabein wapas karna", { priority: "low" }],
  ])("%j → %j", (text, title, details) => {
    expect(readUrduDetails(text, clock)).toEqual({ title, details });
  });

  // "agle jumma" on each day of one week (Karachi, noon): next week's Friday, which is the
  // coming Friday once this week's has passed; "jumma" / "is jumma" is always the coming one.
  it.each([
    ["2026-12-07T07:00:00Z", "Mon", "2026-12-11", "2026-12-18"],
    ["2026-12-10T07:00:00Z", "Thu", "2026-12-11", "2026-12-18"],
    ["2026-12-11T07:00:00Z", "Fri", "2026-12-18", "2026-12-18"],
    ["2026-12-12T07:00:00Z", "Sat", "2026-12-18", "2026-12-18"],
    ["2026-12-13T07:00:00Z", "Sun", "2026-12-18", "2026-12-18"],
  ])("on %s (%s) jumma is %s and agle jumma %s", (now, _day, coming, next) => {
    const on = { now: new Date(now), timeZone: "Asia/Karachi" };
    expect(readUrduDetails("is jumma dentist", on).details.due_date).toBe(coming);
    expect(readUrduDetails("jumme ko dentist", on).details.due_date).toBe(coming);
    expect(readUrduDetails("agle jumma dentist", on).details.due_date).toBe(next);
    expect(readUrduDetails("اگلے جمعہ ڈینٹسٹ", on).details.due_date).toBe(next);
    expect(readUrduDetails("agle jumme ko dentist", on).title).toBe("Dentist");
    expect(readUrduDetails("is jumma dentist", on).title).toBe("Dentist");
  });

  it("a time alone is today's, or tomorrow's once it has passed", () => {
    // 15:00 in Karachi: 9 in the morning has passed, 5 in the evening has not.
    expect(readUrduDetails("subah 9 baje gym", clock).details.due_date).toBe("2026-12-10");
    expect(readUrduDetails("shaam 5 baje gym", clock).details.due_date).toBe("2026-12-09");
  });

  it("an add fills the fields through the same add_task input as English", () => {
    expect(understand("kal shaam 5 baje ammi ko call karna add kar do", clock)).toMatchObject({
      kind: "add",
      tasks: [
        {
          read: {
            title: "Ammi ko call karna",
            details: { due_date: "2026-12-10", due_time: "17:00" },
          },
        },
      ],
    });
  });
});

describe("listing", () => {
  it.each([
    ["mere pending kaam dikhao", "pending", false],
    ["sab kaam dikhao", "all", false],
    ["mukammal kaam", "completed", false],
    ["mukammal kaam dikhao", "completed", false],
    ["میرے کام دکھاؤ", "all", false],
    ["باقی کام دکھاؤ", "pending", false],
    ["مکمل کام دکھائیں", "completed", false],
    ["kya baqi hai", "pending", false],
    ["kitne kaam baqi hain", "pending", true],
    ["کتنے کام ہیں", "all", true],
    ["meri list dikhao", "all", false],
  ])("%j lists %s", (message, status, countOnly) => {
    expect(understand(message, clock)).toEqual({ kind: "list", status, countOnly });
  });
});

describe("completing", () => {
  it.each([
    ["teesra kaam ho gaya", { kind: "position", position: 3 }],
    ["pehla wala ho gaya", { kind: "position", position: 1 }],
    ["aakhri kaam mukammal kar do", { kind: "position", position: "last" }],
    ["پہلا کام ہو گیا", { kind: "position", position: 1 }],
    ["تیسرا کام مکمل کر دو", { kind: "position", position: 3 }],
    ["kaam 3 mukammal", { kind: "numbers", numbers: [3] }],
    ["کام ۳ مکمل", { kind: "numbers", numbers: [3] }],
    ["3 number wala kaam ho gaya", { kind: "numbers", numbers: [3] }],
    ["doodh wala kaam ho gaya", { kind: "words", words: "doodh" }],
    ["doodh le liya", { kind: "words", words: "doodh" }],
    // Who it was done for names the task when the whole does not.
    ["ammi ko call kar liya", { kind: "words", words: "ammi call", object: "ammi" }],
    ["دودھ والا کام ہو گیا", { kind: "words", words: "دودھ" }],
    ["ye ho gaya", { kind: "pronoun", plural: false }],
    ["dono ho gaye", { kind: "pronoun", plural: true }],
    ["sab kaam ho gaye", { kind: "all", status: "all" }],
  ])("%j", (message, ref) => {
    expect(understand(message, clock)).toEqual({ kind: "complete", ref });
  });
});

describe("deleting", () => {
  it.each([
    ["doctor wala kaam delete kar do", { kind: "words", words: "doctor" }],
    ["کام 2 ختم کرو", { kind: "numbers", numbers: [2] }],
    ["کام 2 ہٹا دو", { kind: "numbers", numbers: [2] }],
    ["kaam 2 hata do", { kind: "numbers", numbers: [2] }],
    ["doosra kaam list se nikal do", { kind: "position", position: 2 }],
    ["آخری کام ہٹا دو", { kind: "position", position: "last" }],
    ["sab mukammal kaam delete kar do", { kind: "all", status: "completed" }],
    ["delete karo kaam 4", { kind: "numbers", numbers: [4] }],
  ])("%j", (message, ref) => {
    expect(understand(message, clock)).toEqual({ kind: "delete", ref });
  });
});

describe("updating by number, by title words and by position", () => {
  it.each([
    ["kaam 2 ka naam badal kar sabzi lena kar do", { kind: "numbers", numbers: [2] }, "Sabzi lena"],
    ["doosre kaam ka naam 'Dawai lena' rakh do", { kind: "position", position: 2 }, "Dawai lena"],
    [
      "doodh wale kaam ka naam badlo: doodh aur dahi",
      { kind: "words", words: "doodh" },
      "Doodh aur dahi",
    ],
    ["کام 2 کا نام بدل کر سبزی لینا کر دو", { kind: "numbers", numbers: [2] }, "سبزی لینا"],
    ["پہلے کام کا نام دوا لینا رکھ دو", { kind: "position", position: 1 }, "دوا لینا"],
  ])("%j", (message, ref, title) => {
    expect(understand(message, clock)).toEqual({ kind: "update", ref, title });
  });

  it("asks for the new name when none is given", () => {
    expect(understand("teesre kaam ka naam badlo", clock)).toEqual({
      kind: "update",
      ref: { kind: "position", position: 3 },
      field: "title",
    });
  });

  it("writes a description", () => {
    expect(understand("kaam 2 ki tafseel: 2 litre wala", clock)).toEqual({
      kind: "update",
      ref: { kind: "numbers", numbers: [2] },
      description: "2 litre wala",
    });
  });

  it.each([
    ["kaam 2 kal shaam 5 baje kar do", { due_date: "2026-12-10", due_time: "17:00" }],
    ["doodh wala kaam parson par kar do", { due_date: "2026-12-11" }],
    ["teesra kaam agle jumma tak shift kar do", { due_date: "2026-12-18" }],
    ["teesra kaam is jumma tak shift kar do", { due_date: "2026-12-11" }],
    ["کام 2 کل صبح 9 بجے کر دو", { due_date: "2026-12-10", due_time: "09:00" }],
    ["kaam 1 shaam 6 baje kar do", { due_time: "18:00" }],
  ])("%j moves the task", (message, changes) => {
    expect(understand(message, clock)).toMatchObject({ kind: "schedule", changes });
  });

  it.each([
    ["doodh wala kaam zaroori kar do", "high"],
    ["کام 2 فوری کر دو", "high"],
    ["kaam 3 kam ahem kar do", "low"],
  ])("%j sets priority %s", (message, priority) => {
    expect(understand(message, clock)).toMatchObject({ kind: "schedule", changes: { priority } });
  });
});

describe("answers, small talk and others' lists", () => {
  it.each([
    ["doosra", { kind: "select", ref: { kind: "position", position: 2 } }],
    ["teesra wala", { kind: "select", ref: { kind: "position", position: 3 } }],
    ["haan", { kind: "confirm" }],
    ["ji haan", { kind: "confirm" }],
    ["ہاں", { kind: "confirm" }],
    ["nahi", { kind: "cancel" }],
    ["rehne do", { kind: "cancel" }],
    ["shukriya", { kind: "thanks" }],
    ["bohat shukriya bhai", { kind: "thanks" }],
    ["شکریہ", { kind: "thanks" }],
    ["assalam o alaikum", { kind: "greet" }],
    ["السلام علیکم", { kind: "greet" }],
    ["khuda hafiz", { kind: "bye" }],
    ["madad", { kind: "help" }],
    ["theek hai", { kind: "ack" }],
    ["mausam kaisa hai kal", { kind: "unknown", topic: "weather" }],
    ["doosre user ka kaam 1 delete kar do", { kind: "others" }],
    ["کسی اور کے کام دکھاؤ", { kind: "others" }],
  ])("%j", (message, intent) => {
    expect(understand(message, clock)).toEqual(intent);
  });

  it.each(["añade comprar leche", "ajoute acheter du lait", "أضف شراء الحليب", "दूध खरीदना जोड़ो"])(
    "%j is another language: nothing is done",
    (message) => {
      expect(understand(message, clock)).toEqual({ kind: "foreign" });
    },
  );

  it("reads Urdu digits in English messages too", () => {
    expect(understand("delete task ۳", clock)).toEqual({
      kind: "delete",
      ref: { kind: "numbers", numbers: [3] },
    });
  });
});

describe("more of the ways people type it", () => {
  it.each([
    [
      "Kal subah 10 baje meeting hai add kardo",
      {
        kind: "add",
        tasks: [
          { read: { title: "Meeting", details: { due_date: "2026-12-10", due_time: "10:00" } } },
        ],
      },
    ],
    [
      "mujhe yaad dilana ke kal bill jama karna hai",
      {
        kind: "add",
        tasks: [{ read: { title: "Bill jama karna", details: { due_date: "2026-12-10" } } }],
      },
    ],
    ["plz ek kaam add karo: sabzi lana", { kind: "add", tasks: [{ title: "Sabzi lana" }] }],
    ["meri list mein anday add kar do", { kind: "add", tasks: [{ title: "Anday" }] }],
    [
      "کل شام پانچ بجے امی کو فون کرنا ہے",
      {
        kind: "add",
        tasks: [
          {
            read: {
              title: "امی کو فون کرنا",
              details: { due_date: "2026-12-10", due_time: "17:00" },
            },
          },
        ],
      },
    ],
    // What is left for today, as English "what do I have today" reads it (round 12).
    ["aaj kya kya karna hai", { kind: "query", filter: { status: "pending", due: "today" } }],
    ["koi kaam baqi hai?", { kind: "list", status: "pending" }],
    ["list dikhao", { kind: "list", status: "all" }],
    ["pending kaam", { kind: "list", status: "pending" }],
    ["kaam number 2 ho gaya", { kind: "complete", ref: { kind: "numbers", numbers: [2] } }],
    ["mera doosra kaam delete kr do", { kind: "delete", ref: { kind: "position", position: 2 } }],
    ["akhri wala ho gaya", { kind: "complete", ref: { kind: "position", position: "last" } }],
    ["Doodh le aaya", { kind: "complete", ref: { kind: "words", words: "doodh" } }],
    ["isay delete kardo", { kind: "delete", ref: { kind: "pronoun", plural: false } }],
    ["ho gaya", { kind: "complete", ref: { kind: "pronoun", plural: false } }],
    ["teesre kaam ko parson par kar do", { kind: "schedule", changes: { due_date: "2026-12-11" } }],
    ["thank you bhai", { kind: "thanks" }],
    [
      "doodh add kar do aur kaam 2 mukammal kar do",
      {
        kind: "multi",
        parts: [
          { kind: "add", tasks: [{ title: "Doodh" }] },
          { kind: "complete", ref: { kind: "numbers", numbers: [2] } },
        ],
      },
    ],
    // Two short things joined by "aur" are two tasks, as "add milk and eggs" is in English.
    [
      "doodh aur anday add kar do",
      { kind: "add", tasks: [{ title: "Doodh" }, { title: "Anday" }] },
    ],
  ])("%j", (message, intent) => {
    expect(understand(message, clock)).toMatchObject(intent);
  });
});

describe("a list's answer counts and says what is notable, the card shows the rows", () => {
  const now = { date: "2026-12-09", time: "15:00" };
  const tasks = [
    listed({
      id: 1,
      title: "Kiraya dena",
      completed: false,
      due_date: "2026-12-01",
      due_time: null,
    }),
    listed({
      id: 2,
      title: "دودھ خریدنا",
      completed: false,
      due_date: "2026-12-09",
      due_time: "18:00",
    }),
    listed({ id: 3, title: "Gym", completed: false, due_date: "2026-12-09", due_time: "09:00" }),
    listed({ id: 4, title: "Bill", completed: true, due_date: "2026-11-01", due_time: null }),
  ];
  it.each([
    [
      "ur-Latn",
      4,
      "all",
      false,
      "Aap ke 4 kaam hain: 3 pending, 1 mukammal. 2 kaamon ki tareekh guzar chuki hai, aur 1 kaam aaj karna hai.",
    ],
    [
      "ur",
      4,
      "all",
      false,
      "آپ کے 4 کام ہیں: 3 باقی، 1 مکمل۔ 2 کاموں کی تاریخ گزر چکی ہے، اور 1 کام آج کرنا ہے۔",
    ],
    ["ur-Latn", 4, "all", true, "Aap ke 4 kaam hain: 3 pending, 1 mukammal."],
    ["ur", 9, "all", false, "آپ کے 9 کام ہیں۔ 2 کاموں کی تاریخ گزر چکی ہے، اور 1 کام آج کرنا ہے۔"],
  ] as const)("%s, %i tasks, %s, count only %s", (script, total, status, countOnly, answer) => {
    const said = urduWording(script).describeList(tasks, total, status, countOnly, now);
    expect(said).toBe(answer);
    expect(said).not.toMatch(/○|✓|#\d|Kiraya|دودھ/u);
  });

  it("says nothing notable when nothing is due", () => {
    const undated = [listed({ id: 5, title: "Anday" })];
    expect(urduWording("ur-Latn").describeList(undated, 1, "pending", false, now)).toBe(
      "Aap ke 1 pending kaam hain.",
    );
  });
});

describe("a moved task's day, in the person's words", () => {
  const moved = (due_date: string, due_time: string | null) =>
    ({
      toolCallId: "call-1",
      ...seenCall(
        "update_task",
        { task_id: 2, due_date, due_time },
        { task_id: 2, status: "updated", title: "Doodh lena" },
      ),
    }) as SeenToolCall;

  it.each([
    ["ur-Latn", "2026-12-10", "17:00", /· kal 17:00\.$/u],
    ["ur-Latn", "2026-12-11", null, /· parson\.$/u],
    ["ur-Latn", "2026-12-18", null, /· Fri 18 Dec\.$/u],
    ["ur", "2026-12-10", "17:00", /· آئندہ کل 17:00۔$/u],
    ["ur", "2026-12-11", null, /· جمعہ، 11 دسمبر۔$/u],
  ] as const)("%s, %s %s", (script, date, time, said) => {
    const answer = urduWording(script).describeChanges([moved(date, time)], clock);
    expect(answer).toMatch(said);
    expect(answer).not.toMatch(/\d{4}-\d\d-\d\d/);
  });
});

// ── Through the chat core, with answers in the person's script ──────────────────────

const db = taskDatabaseForFile();

const conversation = chatConversation;

/** The rows of the turn's last list card, as the person sees them: "#2 Title". */
function cardRows(answer: { tool_calls: { name: string; result: unknown }[] }): string[] {
  const list = answer.tool_calls.findLast((call) => call.name === "list_tasks");
  const tasks = (list?.result as { tasks?: { id: number; title: string }[] })?.tasks ?? [];
  return tasks.map((task) => `#${task.id} ${task.title}`);
}

describe("a conversation in Urdu and Roman Urdu", () => {
  it("adds, lists, completes by position and deletes, answering in the script it was asked in", async () => {
    const user = await db.createUser(["Pay rent"]);
    const say = await conversation(user);

    const added = await say("دودھ خریدنے کا کام شامل کرو");
    expect(added.response).toMatch(URDU_SCRIPT);
    expect(added.response).toContain("#2");
    expect(added.response).toContain("دودھ خریدنا");

    // The card is the list (decision 019): the answer counts, the card's rows name the tasks.
    const listed = await say("mere kaam dikhao");
    expect(listed.response).toBe("Aap ke 2 kaam hain.");
    expect(cardRows(listed)).toEqual(["#1 Pay rent", "#2 دودھ خریدنا"]);

    const completed = await say("doosra kaam ho gaya");
    expect(completed.response).toMatch(/mukammal ho gaya/);
    expect(await db.listOf(user)).toEqual({ "1": "Pay rent", "2": "[x] دودھ خریدنا" });

    const deleted = await say("کام 1 ہٹا دو");
    expect(deleted.response).toMatch(URDU_SCRIPT);
    expect(deleted.response).toContain("ہٹا دیا");
    expect(await db.listOf(user)).toEqual({ "2": "[x] دودھ خریدنا" });

    const missing = await say("doctor wala kaam delete kar do");
    expect(missing.response).toMatch(/^Mujhe "doctor" wala koi kaam nahi mila/);
    expect(await db.listOf(user)).toEqual({ "2": "[x] دودھ خریدنا" });
  });

  it("finds a title written in the other script", async () => {
    const user = await db.createUser(["دودھ خریدنا", "Bijli ka bill jama karna", "ڈاکٹر سے ملنا"]);
    const say = await conversation(user);
    expect((await say("doodh wala kaam ho gaya")).response).toBe(
      'Kaam #1 "دودھ خریدنا" mukammal ho gaya. Shabash!',
    );
    expect((await say("بجلی کے بل والا کام ہٹا دو")).response).toBe(
      'کام #2 "Bijli ka bill jama karna" ہٹا دیا۔',
    );
    expect((await say("doctor se milna ho gaya")).response).toMatch(/^Kaam #3 /);
    expect(await db.listOf(user)).toEqual({ "1": "[x] دودھ خریدنا", "3": "[x] ڈاکٹر سے ملنا" });
  });

  it("asks which one in Urdu, and takes the number as the answer", async () => {
    const user = await db.createUser(["Doodh lena", "Doodh ka bill dena"]);
    const say = await conversation(user);
    const asked = await say("doodh wala kaam ho gaya");
    expect(asked.response).toMatch(/Kaunsa mukammal karun\?/);
    const answered = await say("2");
    expect(answered.response).toMatch(/^Kaam #2 "Doodh ka bill dena" mukammal ho gaya/);
  });

  it("asks with numbered choices when a few words may name a task, and takes the number", async () => {
    const user = await db.createUser(["Doodh lena", "Pay rent"]);
    const say = await conversation(user);
    const asked = await say("doodh");
    expect(asked.response).toMatch(
      /^Kya aap ka matlab tha:\n1\. mukammal #1 "Doodh lena"\n2\. naya kaam add "Doodh"/,
    );
    expect(await db.listOf(user)).toEqual({ "1": "Doodh lena", "2": "Pay rent" });
    const chosen = await say("1");
    expect(chosen.response).toMatch(/^Kaam #1 "Doodh lena" mukammal ho gaya/);
  });

  it("counts, and says when nothing matches, in Urdu script", async () => {
    const user = await db.createUser(["دودھ لینا", "[x] بل دینا"]);
    const say = await conversation(user);
    expect((await say("کتنے کام باقی ہیں")).response).toBe("آپ کے 1 باقی کام ہیں۔");
    expect((await say("ڈاکٹر والا کام ہٹا دو")).response).toMatch(
      /^مجھے "ڈاکٹر" والا کوئی کام نہیں ملا/,
    );
    expect((await say("کام 9 مکمل")).response).toBe("مجھے کام #9 نہیں ملا۔");
    expect(await db.listOf(user)).toEqual({ "1": "دودھ لینا", "2": "[x] بل دینا" });
  });

  it("carries out two requests of one message in order, with one answer", async () => {
    const user = await db.createUser(["Pay rent"]);
    const say = await conversation(user);
    const answer = await say("doodh add kar do aur kaam 1 mukammal kar do");
    expect(answer.response).toBe(
      'Kaam #2 "Doodh" add kar diya.\nKaam #1 "Pay rent" mukammal ho gaya. Shabash!',
    );
    expect(await db.listOf(user)).toEqual({ "1": "[x] Pay rent", "2": "Doodh" });
  });

  it("fills a due date and time from Urdu words", async () => {
    const user = await db.createUser([]);
    const say = await conversation(user);
    const added = await say("kal shaam 5 baje ammi ko call karna add kar do");
    const call = added.tool_calls.find((c) => c.name === "add_task");
    expect(call?.arguments).toMatchObject({ title: "Ammi ko call karna", due_time: "17:00" });
    expect(added.response).toBe('Kaam #1 "Ammi ko call karna" add kar diya · kal 17:00.');
  });

  it("answers small talk in the person's script, and other languages in English", async () => {
    const user = await db.createUser(["Pay rent"]);
    const say = await conversation(user);
    expect((await say("شکریہ")).response).toMatch(URDU_SCRIPT);
    expect((await say("shukriya")).response).toMatch(/^(?:Koi baat nahi|Khushi hui)/);
    const foreign = await say("añade comprar leche");
    expect(foreign.response).toMatch(/English, Urdu \(اردو\) and Roman Urdu/);
    expect(foreign.response).toContain("OPENAI_API_KEY");
    expect(foreign.tool_calls).toEqual([]);
    expect(await db.listOf(user)).toEqual({ "1": "Pay rent" });
  });
});
