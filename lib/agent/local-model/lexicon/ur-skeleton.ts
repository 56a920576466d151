/**
 * One Urdu word in two scripts: "doodh" and "دودھ", "khareedna" and "خریدنا". Roman Urdu
 * has no fixed spelling, and Urdu script writes few vowels, so both are reduced to the
 * same consonant skeleton and compared: vowels and the letters that stand for them
 * (ا و ی ے, a e i o u w y v) go, aspiration and any non-initial h go (ھ, "dh" → d),
 * letters Urdu pronounces alike are one class (ت ط ٹ → t, س ص ث → s, ز ذ ض ظ → z,
 * ک ق خ → k, پ ف → p), and a consonant Roman doubles ("ammi") is one. A few short words whose skeleton is a
 * single consonant ("chai", "ammi") are too ambiguous for that and are listed by hand
 * (`urFrames.sameWords`). See docs/local-model.md, "Matching across scripts".
 */

/** Each Urdu letter's class; "" for letters that stand for vowels or only mark aspiration. */
const URDU: Record<string, string> = {
  ب: "b",
  پ: "p",
  ف: "p",
  ت: "t",
  ٹ: "t",
  ط: "t",
  ث: "s",
  س: "s",
  ص: "s",
  ج: "j",
  چ: "C",
  ح: "h",
  ہ: "h",
  ه: "h",
  ۃ: "h",
  ة: "h",
  خ: "k",
  ک: "k",
  ك: "k",
  ق: "k",
  د: "d",
  ڈ: "d",
  ذ: "z",
  ز: "z",
  ژ: "z",
  ض: "z",
  ظ: "z",
  ر: "r",
  ڑ: "r",
  ش: "X",
  غ: "g",
  گ: "g",
  ل: "l",
  م: "m",
  ن: "n",
  // Nasal n: Roman writes it ("sabziyan", "haan") more often than not; "maa" is listed.
  ں: "n",
};

/** Roman spellings, in order: pairs first ("sh" is ش, "ch" is چ), then single letters. */
const ROMAN: [RegExp, string][] = [
  [/x/g, "ks"],
  [/sh/g, "X"],
  [/ch/g, "C"],
  [/zh/g, "z"],
  [/c(?=[eiy])/g, "s"],
  [/ck|c|q/g, "k"],
  [/ph|f/g, "p"],
];

/** Roman letters that stay in the skeleton; vowels, w, v and y do not. */
const CONSONANT = /[bdghjklmnprstzCX]/;

/** The classes in order, without vowels and without an h inside the word. */
function fromClasses(classes: string[]): string {
  // An h inside a word is aspiration or a vowel's mark ("doodh", "subah", "کرایہ").
  return classes.filter((c, i) => c && !(c === "h" && i > 0)).join("");
}

/** Urdu letters as `keywords` leaves them (marks stripped, so ئ is Arabic ي), folded to Urdu's. */
export function foldUrdu(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u064A\u0649]/g, "ی")
    .replace(/\u0643/g, "ک");
}

/** The consonant skeleton of a word in Urdu script or Roman Urdu; "" when none. */
export function consonantSkeleton(word: string): string {
  const lower = word.toLowerCase();
  // Urdu script writes a doubled consonant once (its shadda is a mark), so nothing to fold.
  if (/\p{Script=Arabic}/u.test(lower)) {
    return fromClasses([...lower].map((letter) => URDU[letter] ?? ""));
  }
  // Roman spells doubling ("ammi", "bill"); letters apart ("doodh") are two consonants.
  const roman = ROMAN.reduce((text, [spelling, letter]) => text.replace(spelling, letter), lower);
  return fromClasses(
    [...roman.replace(/(.)\1+/g, "$1")].map((letter) => (CONSONANT.test(letter) ? letter : "")),
  );
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** One substitution, insertion or deletion at most. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/**
 * Whether a word in Urdu script and a word in Latin letters are one word: listed side by
 * side in `sameWords`, or with the same consonant skeleton of two consonants or more (one
 * slip allowed from four). Words in the same script are compared as written elsewhere.
 */
export function sameWordAcrossScripts(
  a: string,
  b: string,
  sameWords: ReadonlyMap<string, string>,
  stem: (word: string) => string,
): boolean {
  const aUrdu = ARABIC_SCRIPT.test(a);
  if (aUrdu === ARABIC_SCRIPT.test(b)) return false;
  const urdu = foldUrdu(aUrdu ? a : b);
  const roman = aUrdu ? b : a;
  if (!/\p{L}/u.test(roman)) return false;
  if (sameWords.get(roman) === urdu || sameWords.get(stem(roman)) === stem(urdu)) return true;
  const x = skeletonOf(urdu);
  const y = skeletonOf(roman);
  if (x.length >= 2 && x === y) return true;
  const xs = skeletonOf(stem(urdu));
  if (xs.length >= 2 && xs === skeletonOf(stem(roman))) return true;
  return x.length >= 4 && y.length >= 4 && withinOneEdit(x, y);
}

/** Title matching compares every word of a message with every word of every title. */
const skeletons = new Map<string, string>();
function skeletonOf(word: string): string {
  let skeleton = skeletons.get(word);
  if (skeleton === undefined) {
    skeleton = consonantSkeleton(word);
    if (skeletons.size > 5000) skeletons.clear();
    skeletons.set(word, skeleton);
  }
  return skeleton;
}
