/**
 * Urdu word forms, in Urdu script and in Roman Urdu, by rule: enough to match a title's
 * words ("kaamon" → "kaam", "khareedne" → "khareedna", "کاموں" → "کام"). Urdu marks a
 * completed task with an auxiliary ("ho gaya", "kar liya"), not with a past form of the
 * task's own verb, so `baseOfPast` has nothing to do: the frames read the auxiliary.
 */
export function stem(word: string): string {
  // Urdu script: plural -وں and -ے, oblique infinitive -نے → -نا, English -نگ.
  if (/\p{Script=Arabic}/u.test(word)) {
    if (word.length > 3 && word.endsWith("وں")) return word.slice(0, -2);
    if (word.length > 3 && word.endsWith("نے")) return `${word.slice(0, -2)}نا`;
    // "جوڑے" and "جوڑوں": a plural and its oblique are one word ("جوڑوں والا کام").
    if (word.length > 3 && word.endsWith("ے")) return word.slice(0, -1);
    // English "-ing" in Urdu script: "گراؤنڈ کی بکنگ" is booked when "گراؤنڈ بک ہو گئی".
    if (word.length >= 4 && word.endsWith("نگ")) return word.slice(0, -2);
    return word;
  }
  if (word.length > 5 && word.endsWith("on")) return word.slice(0, -2);
  if (word.length > 4 && /(?:ne|ni|nay)$/.test(word)) return word.replace(/(?:ne|ni|nay)$/, "na");
  return word;
}

export function baseOfPast(): string | undefined {
  return undefined;
}
