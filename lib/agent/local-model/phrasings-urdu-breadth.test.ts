import { describe, expect, it } from "vitest";
import { understand } from "./understand";

// Urdu and Roman Urdu as people type them on phones, written fresh for this table: several
// items in one message, more ways to ask for lists, more completion and deletion verbs and
// spellings, polite forms, positions and Urdu digits. Each phrasing must read into the
// same intent the English frames would give.

/** Wednesday 2026-12-09, 15:00 in Karachi. */
const clock = { now: new Date("2026-12-09T10:00:00Z"), timeZone: "Asia/Karachi" };
const read = (message: string) => understand(message, clock);
const titles = (message: string) => {
  const intent = read(message);
  return intent.kind === "add" ? intent.tasks.map((t) => t.read?.title ?? t.title) : intent;
};

describe("several items in one message", () => {
  it.each([
    ["ye sab add kar do: chawal, daal, namak", ["Chawal", "Daal", "Namak"]],
    ["ye sab list mein daal do: sabun, toothpaste aur shampoo", ["Sabun", "Toothpaste", "Shampoo"]],
    ["add kar do:\n- atta\n- cheeni\n- chai ki patti", ["Atta", "Cheeni", "Chai ki patti"]],
    ["یہ سب شامل کر دو: آٹا، چینی، دال", ["آٹا", "چینی", "دال"]],
    ["pyaz, tamatar aur adrak add kar do", ["Pyaz", "Tamatar", "Adrak"]],
    ["1. bijli ka bill\n2. gas ka bill\nye dono add kar do", ["Bijli ka bill", "Gas ka bill"]],
  ])("%j adds %j", (message, expected) => {
    expect(titles(message)).toEqual(expected);
  });
});

describe("asking for the list", () => {
  it.each([
    ["jo kaam reh gaye hain wo dikhao", "pending"],
    ["kaun se kaam abhi baqi hain", "pending"],
    ["remaining kaam dikhao", "pending"],
    ["mere adhoore kaam batao", "pending"],
    ["jo ho chuke hain wo dikhao", "completed"],
    ["completed kaam dikhao", "completed"],
    ["kon kon se kaam khatam ho gaye", "completed"],
    ["meri puri list dikha do zara", "all"],
    ["باقی کام دکھا دیں", "pending"],
    ["مکمل شدہ کام دکھاؤ", "completed"],
  ])("%j lists %s", (message, status) => {
    expect(read(message)).toMatchObject({ kind: "list", status });
  });
});

describe("completing, in the spellings people type", () => {
  it.each([
    ["kaam 2 kar liya", { kind: "numbers", numbers: [2] }],
    ["2 kr lia", { kind: "numbers", numbers: [2] }],
    ["doosra wala hogya", { kind: "position", position: 2 }],
    ["teesra ho gya", { kind: "position", position: 3 }],
    ["pehla kaam khatam", { kind: "position", position: 1 }],
    ["aakhri kaam mukammal ho gaya hai", { kind: "position", position: "last" }],
    ["kaam ۳ ho gaya", { kind: "numbers", numbers: [3] }],
    ["سبزی والا کام کر لیا", { kind: "words", words: "سبزی" }],
    ["chautha kaam complete kar do please", { kind: "position", position: 4 }],
    ["dhobi wala kaam ho chuka", { kind: "words", words: "dhobi" }],
  ])("%j completes %j", (message, ref) => {
    expect(read(message)).toMatchObject({ kind: "complete", ref });
  });
});

describe("deleting, in the verbs people use", () => {
  it.each([
    ["kaam 4 mita do", { kind: "numbers", numbers: [4] }],
    ["doosra kaam nikal do", { kind: "position", position: 2 }],
    ["aakhri wala hata do", { kind: "position", position: "last" }],
    ["gas bill wala kaam list se hata dein", { kind: "words", words: "gas bill" }],
    ["تیسرا کام مٹا دو", { kind: "position", position: 3 }],
    ["کام ۵ نکال دیں", { kind: "numbers", numbers: [5] }],
    ["pehla wala delete krdo", { kind: "position", position: 1 }],
  ])("%j deletes %j", (message, ref) => {
    expect(read(message)).toMatchObject({ kind: "delete", ref });
  });
});

describe("polite forms around a request", () => {
  it.each([
    ["meherbani kar ke doosra kaam delete kar dein", "delete"],
    ["please zara mere kaam dikha dein", "list"],
    ["zara teesra kaam mukammal kar dijiye", "complete"],
    ["baraye meharbani dahi add kar dein", "add"],
    ["ji zara kaam 2 hata dijiye shukriya", "delete"],
    ["مہربانی کر کے دوسرا کام ہٹا دیں", "delete"],
  ])("%j is a %s", (message, kind) => {
    expect(read(message)).toMatchObject({ kind });
  });
});

describe("a verb with its 'gaya' is a deed done, unless it says the deed did not happen", () => {
  it.each([
    ["bus pass ban gaya", "bus pass"],
    ["pension mil gayi", "pension"],
    ["sabzi le aayi hun", "sabzi"],
    ["fees de di bachon ki", "fees"],
  ])("%j completes %j", (message, words) => {
    expect(read(message)).toMatchObject({ kind: "complete", ref: { kind: "words", words } });
  });

  it.each(["bus pass reh gaya", "bill bhool gaya", "main thak gaya", "ye galti se add hogya"])(
    "%j completes nothing",
    (message) => {
      expect(read(message)).not.toMatchObject({ kind: "complete" });
    },
  );
});
