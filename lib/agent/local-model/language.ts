/**
 * Which language a message is in, per message: Urdu in Urdu script, Roman Urdu (Urdu
 * typed in Latin letters), English, another language, or none at all ("2", "✅").
 * Urdu script is told by its letters; Roman Urdu by its function words, which English
 * hardly uses ("kar do", "ho gaya", "mere", "wala"); a few ambiguous ones ("do", "me",
 * "main") never count. Other languages are told by their script or their common words.
 */

export type Language = "en" | "ur" | "ur-Latn" | "other" | "none";

/** Ten digits of Urdu (۰–۹) and Arabic-Indic (٠–٩), as ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) =>
    String((digit.charCodeAt(0) - 0x0660) % 0x90),
  );
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const ANY_LETTER = /\p{L}/gu;
/** Letters Urdu has and Arabic does not: ٹ ڈ ڑ ں ے ہ ھ, and Urdu's kāf, yē, gāf. */
const URDU_LETTER = /[\u0679\u0688\u0691\u06BA\u06D2\u06C1\u06BE\u06A9\u06CC\u06AF\u0686\u067E]/u;
/** Arabic's own kāf, yā', tā' marbūṭa, alif maqṣūra. */
const ARABIC_ONLY = /[\u0643\u064A\u0629\u0649]/u;

/** Roman Urdu words English does not use (or hardly: "kal" is a name, and still Urdu here). */
const ROMAN_URDU = new Set([
  ...["kaam", "kam", "kaamon", "kaamo", "karo", "kar", "kr", "kro", "kardo", "krdo", "karna"],
  ...["krna", "kardein", "karden", "dein", "dijiye", "dijye", "karein", "karlo", "kijiye"],
  ...["dikhao", "dikha", "dikhado", "dikhaen", "dikhayen", "dikhaiye", "dikhain", "dekhao"],
  ...["batao", "btao", "bata", "bataen", "bataiye", "batain", "mera", "meri", "mere", "mery"],
  ...["mujhe", "mujhay", "mjhe", "hai", "hain", "hy", "ho", "gaya", "gya", "gayi", "gai"],
  ...["gaye", "gye", "hogaya", "hogya", "chuka", "chuki", "chuke", "liya", "lia", "liye"],
  ...["diya", "dia", "wala", "wali", "wale", "waala", "waali", "walay", "ka", "ki", "ke"],
  ...["ko", "se", "mein", "aur", "bhi", "nahi", "nahin", "kya", "kyun", "sab", "saare"],
  ...["sare", "tamam", "mukammal", "mukamal", "baqi", "baaqi", "baki", "baaki", "adhoore"],
  ...["adhure", "pehla", "pehle", "pehli", "doosra", "doosre", "doosri", "dusra", "dusre"],
  ...["dusri", "teesra", "teesre", "teesri", "tisra", "tisre", "chautha", "chothe"],
  ...["aakhri", "akhri", "aakhiri", "naya", "nayi", "naye", "kal", "aaj", "parson"],
  ...["parso", "agle", "aglay", "agla", "subah", "subha", "shaam", "sham", "raat", "dopahar"],
  ...["baje", "bajay", "bje", "jumma", "juma", "jummah", "jumeraat", "itwaar", "itwar"],
  ...["mangal", "budh", "hafte", "haftay", "mahine", "zaroori", "zaruri", "ahem"],
  ...["aham", "hata", "hatao", "hatado", "mita", "mitao", "nikal", "nikalo", "khatam"],
  ...["nikaal", "nikaalo"],
  ...["shamil", "shaamil", "daal", "daalo", "dalo", "likh", "likho", "yaad", "dilana"],
  ...["chahiye", "hua", "hui", "hue", "tha", "thi", "bhai", "yaar", "shukriya", "shukria"],
  ...["salam", "salaam", "assalam", "alaikum", "aoa", "janab", "jee", "haan", "theek"],
  ...["thik", "acha", "achha", "accha", "abhi", "phir", "dobara", "naam", "badal", "badlo"],
  ...["rakh", "rakho", "tafseel", "doodh", "khareedna", "kharidna", "khareedne", "lena"],
  ...["dena", "jana", "meharbani", "zara", "khuda", "hafiz", "kitne", "kitnay", "fehrist"],
  // "chalo Allah hafiz": the goodbye's other words.
  ...["chalo", "allah"],
  ...["saadhe", "sadhe", "sawa", "paune", "ammi", "abbu", "sabzi", "dawai", "bijli", "rehne"],
  ...["chhoro", "chodo", "kaise", "kese", "haal", "madad", "sakte", "ye", "yeh", "woh"],
  ...["aaya", "aya", "laya", "kiya", "kia", "isay", "usay", "kuch", "koi", "kon"],
  ...["mausam", "kaisa", "kaisi", "barish", "baarish", "lateefa", "sunao", "karun", "kaunsa"],
  ...["jazakallah", "jazakallahu", "jazak", "khair", "maaf", "maafi", "kaun", "aap", "baat"],
  ...["walaikum", "masla", "ghalti", "galti", "maazrat", "alhamdulillah", "mashallah", "inshallah"],
  ...["dono", "donon", "iska", "uska", "iski", "uski", "iske", "uske", "isko", "usko"],
  // Perfectives and everyday verbs of deeds done: "order kar di", "email bhej di", "bill bhar diya".
  ...["di", "li", "bhej", "bheja", "bheji", "bhar", "bhara", "jama", "karwana", "karwani"],
  ...["karwa", "sirf", "kapray", "kapre", "hogayi", "hogai", "hun", "hoon", "gyi"],
  // "wapis le aao": taking a change back.
  ...["wapis", "wapas", "waapis", "vapis", "lao", "laao", "aao"],
  // "Ahmed ko paise de diye": giving, done.
  ...["de", "diye", "diyay", "dene", "paise", "paisay"],
  // "ji", "han": yes, alone or before "theek hai".
  ...["ji", "han", "krni", "krne", "hogyi"],
]);

/**
 * Urdu words written only with letters Urdu shares with Arabic ("دوسرا والا", "سب مٹا دو"):
 * Urdu, though no letter of its own says so.
 */
const URDU_SHARED_LETTER_WORDS = new Set([
  ...["والا", "دوسرا", "اور", "سب", "دو", "مٹا", "مٹاؤ", "آج", "واپس", "صرف", "نمبر", "لسٹ"],
  // Greetings said alone: "آداب", "سلام".
  ...["آداب", "سلام", "اسلام"],
]);

/** Roman Urdu verbs that close a request ("… dikhao", "… kar do"). */
const CLOSERS = new Set([
  ...["karo", "kardo", "krdo", "kro", "kardein", "karden", "dein", "dijiye", "karein", "karlo"],
  ...["dikhao", "dikha", "dikhado", "dikhaen", "dikhayen", "dikhaiye", "batao", "btao", "hatao"],
  ...["hatado", "mitao", "nikalo", "likho", "daalo", "dalo", "gaya", "gya", "liya", "lia", "diya"],
  ...["hai", "hain", "kaam", "di", "li"],
]);

/**
 * Urdu grammar English never has: "wala" after a noun, the imperatives and auxiliaries that
 * close a request. Code-switched Roman Urdu keeps these and borrows English content words
 * ("meeting wala task done kr do", "pending tasks dikhao", "first wala done").
 */
const URDU_GRAMMAR = new Set([
  ...["wala", "wali", "wale", "waala", "waali", "waale", "walay", "kr", "krdo", "kardo", "karo"],
  ...["kro", "dikhao", "dikhado", "hatao", "hatado", "mitao", "nikalo", "hogya", "hogaya", "gaya"],
  ...["gya", "gayi", "gaye", "kardein", "dijiye", "mukammal"],
  ...["hogyi", "hogayi", "hogai", "gyi", "hogye", "hogaye"],
  // "rassi, tape aur gatta": things joined by the Urdu "and".
  "aur",
  // "bachon ki school fees": Urdu's possessive between English nouns.
  ...["ka", "ki", "ke"],
]);

/** English function words: a sentence built with them is English, whatever its nouns. */
const ENGLISH_GRAMMAR = new Set([
  ...["the", "a", "an", "to", "and", "my", "is", "it", "of", "for", "on", "in", "with", "i"],
  ...["you", "me", "that", "this", "as", "at", "by", "are", "was", "be", "from", "about"],
]);

/** Words of other languages met in chat requests, never in English or Roman Urdu. */
const OTHER_LATIN = new Set([
  // Spanish
  ...["añade", "añadir", "agrega", "agregar", "agregue", "crea", "crear", "tarea", "tareas"],
  ...["muestra", "mostrar", "mis", "borra", "borrar", "elimina", "eliminar", "completa"],
  ...["completar", "hecho", "leche", "comprar", "por", "favor", "gracias", "hola", "qué"],
  ...["los", "las", "el", "del", "una", "para", "con", "llamar", "mañana", "lista"],
  // French
  ...["ajoute", "ajouter", "tâche", "tâches", "montre", "montrer", "mes", "supprime"],
  ...["supprimer", "lait", "acheter", "merci", "bonjour", "vous", "plaît", "les", "une"],
  ...["des", "pour", "avec", "je", "et", "est", "terminé", "faire", "demain", "appeler"],
  // German
  ...["füge", "hinzu", "aufgabe", "aufgaben", "zeige", "meine", "lösche", "milch", "kaufen"],
  ...["bitte", "danke", "hallo", "und", "ich", "die", "der", "das", "ist", "morgen"],
  // Portuguese, Italian, Indonesian
  ...["adicione", "adicionar", "tarefa", "tarefas", "mostre", "minhas", "leite", "obrigado"],
  ...["olá", "aggiungi", "compito", "latte", "comprare", "mostra", "grazie", "ciao"],
  ...["tambah", "tambahkan", "tugas", "susu", "beli", "tolong"],
]);

/** English words, for the balance against the two lists above. */
const ENGLISH = new Set([
  ...["the", "a", "an", "to", "and", "my", "is", "it", "of", "for", "on", "in", "with"],
  ...["please", "add", "task", "tasks", "show", "what", "delete", "mark", "done", "remove"],
  ...["list", "buy", "call", "milk", "complete", "finish", "finished", "remind", "tomorrow"],
  ...["today", "all", "pending", "completed", "first", "second", "last", "one", "that"],
  ...["this", "i", "you", "me", "can", "need", "want", "as", "at", "by", "get", "got"],
  ...["rename", "change", "update", "thanks", "hi", "hello", "yes", "no", "ok", "not", "left"],
  ...["have", "did", "are", "was", "be", "up", "off", "out", "new", "from", "about", "also"],
]);

/** "badalwana", "saaf karwani": Urdu's causative infinitive, a shape English words never end in. */
const CAUSATIVE = /^\p{L}{2,}(?:wana|wani|wane|waana|waani|waane)$/u;
const isRoman = (word: string) => ROMAN_URDU.has(word) || CAUSATIVE.test(word);

const count = (text: string, letters: RegExp) => text.match(letters)?.length ?? 0;

export function languageOf(message: string): Language {
  const text = asciiDigits(message);
  const letters = count(text, ANY_LETTER);
  if (letters === 0) return "none";
  const arabic = count(text, ARABIC_LETTER);
  const latin = count(text, LATIN_LETTER);
  const others = letters - arabic - latin;
  if (arabic >= latin && arabic >= others) {
    const urdu =
      URDU_LETTER.test(text) ||
      (text.match(/\p{L}+/gu) ?? []).some((word) => URDU_SHARED_LETTER_WORDS.has(word));
    return urdu && !ARABIC_ONLY.test(text) ? "ur" : "other";
  }
  if (others > latin) return "other";
  const words = text.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  const roman = words.filter(isRoman).length;
  const foreign = words.filter((w) => OTHER_LATIN.has(w)).length;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  // "add pour over coffee" leads in English: French words inside a title do not make it French.
  const leadsInEnglish = ENGLISH.has(words[0] ?? "");
  if (foreign >= 2 && foreign > english && foreign > roman && !leadsInEnglish) return "other";
  if (/[ñ¿¡]/u.test(text) && foreign >= 1) return "other";
  if (roman >= 2 && roman > english) return "ur-Latn";
  // Urdu closes a request with its verb: "list dikhao", "isay delete kardo".
  if (roman >= 1 && roman >= english && CLOSERS.has(words.at(-1)!)) return "ur-Latn";
  // A Roman Urdu verb and "do" to close it: "task 2 delete kar do", "usay high priority bana do".
  if (words.at(-1) === "do" && ROMAN_URDU.has(words.at(-2) ?? "")) return "ur-Latn";
  // Urdu grammar around English nouns, with no English grammar: "meeting wala task done kr do".
  if (words.some((w) => URDU_GRAMMAR.has(w)) && !words.some((w) => ENGLISH_GRAMMAR.has(w)))
    return "ur-Latn";
  // One word or two, all Roman Urdu: "shukriya", "mukammal kaam".
  if (roman >= 1 && english === 0 && roman * 2 >= words.length) return "ur-Latn";
  return "en";
}
