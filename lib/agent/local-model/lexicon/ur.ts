import { phrases } from "./compile";
import { baseOfPast, stem } from "./ur-morphology";
import { foldUrdu, sameWordAcrossScripts } from "./ur-skeleton";
import type { Lexicon } from "./types";

/**
 * Urdu, in Urdu script and in Roman Urdu as people in Pakistan type it on phones
 * ("doodh khareedna add kar do", "teesra kaam ho gaya"). Both scripts are in every
 * list, with the common spellings of each Roman word. Urdu is subject–object–verb, so
 * its frames are its own (understand-ur.ts); they read these lists and `urFrames`.
 */

/** "kar do", "کر دو": the imperative that closes most requests. */
const DO = [
  ...["kar do", "kardo", "kr do", "krdo", "karo", "kro", "kar dein", "kardein", "kar den"],
  ...["karden", "kr dein", "kr den", "kar dijiye", "kar dijye", "kar dijie", "kar lo"],
  ...["karlo", "kr lo", "kar dena", "kardena", "kr dena", "kijiye", "kijie", "karein"],
  ...["kar dain", "kar de", "krde", "kr de", "karna", "krna"],
  ...["کر دو", "کردو", "کرو", "کر دیں", "کردیں", "کریں", "کر دیجیے", "کر دیجئے", "کیجیے"],
  ...["کیجئے", "کر لو", "کرلو", "کر دینا", "کرنا", "کر دے"],
];

/**
 * Roman spellings of short words whose consonant skeleton is one letter or misleads
 * (ur-skeleton.ts), each with its Urdu-script form: matched across scripts by this list.
 */
const SAME_WORDS = new Map<string, string>([
  ...["chai", "chaye", "chaaye", "chae"].map((w) => [w, foldUrdu("چائے")] as const),
  ...["ammi", "ami", "ammee"].map((w) => [w, foldUrdu("امی")] as const),
  ...["abbu", "abu", "abba"].map((w) => [w, foldUrdu("ابو")] as const),
  ...["aam"].map((w) => [w, foldUrdu("آم")] as const),
  ...["ghee", "ghi"].map((w) => [w, foldUrdu("گھی")] as const),
  ...["maa"].map((w) => [w, foldUrdu("ماں")] as const),
  ...["dawai", "dawa", "dawaai", "dwai"].map((w) => [w, foldUrdu("دوائی")] as const),
  ...["nai", "naai"].map((w) => [w, foldUrdu("نائی")] as const),
]);

export const ur: Lexicon = {
  language: "ur",
  smalltalk: {
    greetings: [
      ...["salam", "salaam", "assalam o alaikum", "assalamualaikum", "assalam alaikum", "aoa"],
      ...["walaikum assalam", "wa alaikum assalam", "walaikum salam", "wslm", "وعلیکم السلام"],
      ...["asalam o alaikum", "adaab", "kya haal hai", "kaise ho", "kese ho", "kaisay ho"],
      ...["السلام علیکم", "سلام", "آداب", "کیا حال ہے", "کیسے ہو", "کیسے ہیں"],
      // "اسلام علیکم": the greeting as it is often typed, without the "ل".
      ...["اسلام علیکم", "السلام و علیکم", "اسلام و علیکم", "السلام علیکم ورحمۃ اللہ"],
      ...["subah bakhair", "subha bakhair", "subah bakhair ho", "صبح بخیر"],
    ],
    thanks: [
      ...["shukriya", "shukria", "shukriyaa", "bohat shukriya", "bohot shukriya", "meharbani"],
      ...["bohat meharbani", "jazakallah", "jazak allah", "thanks yaar", "jazakallah khair"],
      ...["jazak allah khair", "jazakallahu khairan", "jazakallah khairan"],
      ...phrases(["", "bohat", "bohot", "bari", "badi", "bahut"], ["madad hui", "madad ho gayi"]),
      ...["بہت مدد ہوئی", "مدد ہو گئی", "بڑی مدد ہوئی"],
      ...phrases(["", "bohat", "bohot", "bari", "badi", "bahut"], ["madad mili"]),
      ...phrases(["", "بہت", "بڑی"], ["مدد ملی"]),
      ...["جزاک اللہ خیر", "جزاک اللہ خیرا", "جزاکم اللہ", "جزاک اللّٰہ"],
      // "bohat shukriya, Allah khush rakhe": a blessing said as thanks.
      ...phrases(
        ["allah", "khuda"],
        ["khush rakhe", "khush rakhay", "salamat rakhe", "bhala kare"],
      ),
      ...phrases(["اللہ", "خدا"], ["خوش رکھے", "سلامت رکھے", "بھلا کرے"]),
      ...["جیتے رہو", "jeete raho", "jeetay raho"],
      ...["شکریہ", "بہت شکریہ", "مہربانی", "بہت مہربانی", "جزاک اللہ"],
      // "aap ka bohat shukriya", "آپ کا شکریہ": thanks said to someone.
      ...phrases(["aap ka", "ap ka", "tumhara"], ["shukriya", "shukria", "bohat shukriya"]),
      ...phrases(["آپ کا", "تمہارا"], ["شکریہ", "بہت شکریہ", "بہت بہت شکریہ"]),
    ],
    goodbyes: [
      ...["khuda hafiz", "allah hafiz", "phir milenge", "bas", "bas itna hi", "bus itna hi"],
      ...["خدا حافظ", "اللہ حافظ", "پھر ملیں گے", "بس", "بس اتنا ہی"],
      ...["shab bakhair", "شب بخیر"],
      // "chalo bye", "acha bye": the English word inside Roman Urdu.
      ...phrases(["", "chalo", "acha", "achha", "ok", "theek hai"], ["bye", "bye bye", "bye ji"]),
    ],
    leaving: ["jana hai", "جانا ہے"],
    compliments: [
      ...["zabardast", "kamaal", "kamal", "bohat khoob", "shabash", "zabardast ho"],
      ...["زبردست", "کمال", "بہت خوب", "شاباش"],
      // "بہت اچھے، شکریہ", "bohat ache": "very good", said as praise.
      ...phrases(
        ["bohat", "bohot", "bahut", "buhat"],
        ["acha", "achha", "ache", "achay", "achhe"],
        ["", "hai", "hai ye", "hai yeh", "laga", "hai yaar"],
      ),
      ...phrases(["بہت اچھے", "بہت اچھا", "بہت عمدہ", "بہت اعلیٰ"], ["", "ہے", "ہے یہ", "لگا"]),
    ],
    topics: {
      weather: ["mausam", "barish", "baarish", "garmi", "sardi", "موسم", "بارش"],
      news: ["khabar", "khabrein", "news", "score", "match", "خبر", "خبریں", "میچ"],
      time: ["kya waqt hai", "time kya hai", "kitne baje hain", "کیا وقت ہے", "کتنے بجے ہیں"],
      joke: ["lateefa", "latifa", "lateefay", "mazaq", "kahani", "joke", "jokes", "لطیفہ", "مذاق"],
    },
  },
  chat: {
    howAreYou: [
      ...["aap kaise hain", "ap kaise hain", "aap kaise ho", "tum kaise ho", "kaise hain aap"],
      ...["aap kese hain", "kya haal hain", "kya haal chaal hai", "haal kaisa hai", "sab theek"],
      ...["آپ کیسے ہیں", "تم کیسے ہو", "کیا حال ہیں", "آپ کیسے ہو", "سب ٹھیک"],
    ],
    identity: [
      ...["aap kaun ho", "aap kaun hain", "ap kaun ho", "tum kaun ho", "aap kon ho", "tum kon ho"],
      ...["aap ka naam kya hai", "tumhara naam kya hai", "kya tum robot ho", "kya aap robot hain"],
      ...["آپ کون ہیں", "آپ کون ہو", "تم کون ہو", "آپ کا نام کیا ہے", "تمہارا نام کیا ہے"],
    ],
    apologies: [
      ...["maaf karna", "maaf kijiye", "maafi", "sorry yaar", "sorry bhai", "maaf karo", "ghalti"],
      ...["meri ghalti", "galti ho gayi", "ghalti ho gayi", "maazrat", "maazrat chahta hun"],
      ...["معاف کرنا", "معاف کیجیے", "معافی", "میری غلطی", "غلطی ہو گئی", "معذرت"],
    ],
    acks: [
      ...["koi baat nahi", "koi baat nai", "sahi", "sahi hai", "theek", "thik", "acha ji"],
      ...["acha theek hai", "achha theek hai", "ok ji", "theek hai ji", "zabardast", "wah"],
      ...["کوئی بات نہیں", "صحیح", "صحیح ہے", "ٹھیک", "اچھا ٹھیک ہے", "واہ"],
    ],
    laughs: ["hahaha", "haha", "lol", "ہاہاہا", "ہاہا"],
    moods: [
      ...phrases(
        ["", "yaar", "aaj", "yaar aaj", "aaj to"],
        ["", "bohat", "bohot", "bahut", "bara", "bada"],
        ["thak gaya", "thak gayi", "thak gaya hun", "thak gayi hun", "thaka hua hun"],
      ),
      ...phrases(
        ["", "yaar", "bas yaar", "uff"],
        ["kaam hi kaam hai", "bohat kaam hai", "bohot kaam hai", "lamba din tha", "din lamba tha"],
      ),
      ...["bohat masroof din tha", "aaj bohat masroof tha", "thakawat ho gayi"],
      ...phrases(["", "آج", "آج تو"], ["بہت", ""], ["تھک گیا", "تھک گئی", "تھک گیا ہوں"]),
      ...phrases(["", "آج"], ["بہت مصروف دن تھا", "بہت کام ہے", "لمبا دن تھا"]),
    ],
    frustration: [
      ...["kaam nahi kar raha", "samajh nahi aa raha", "bekaar", "bakwas", "ghalat", "galat"],
      ...["کام نہیں کر رہا", "بیکار", "بکواس", "غلط"],
    ],
    asides: [
      ...["umeed hai aap theek hain", "umeed hai khairiyat se hain", "takleef ke liye maafi"],
      ...["امید ہے آپ ٹھیک ہیں", "تکلیف کے لیے معذرت"],
    ],
    faces: {
      thanks: ["🙏", "❤️", "❤", "♥️", "💕", "😍", "🥰", "🤗", "<3"],
      laugh: ["😂", "🤣", "😆", "😄", "😁", "😅"],
      upset: ["😞", "😢", "😭", "😠", "😡", "🙄", "😤", "💔"],
      ack: ["👍", "👌", "🙂", "😊", "🔥", "👏"],
      greet: ["👋"],
    },
    errands: {},
  },
  others: {
    people: [
      ...["doosre user", "dusre user", "kisi aur", "kisi or", "doosre bande", "dusre logon"],
      ...["sab users", "دوسرے صارف", "دوسرے یوزر", "کسی اور", "دوسرے لوگوں"],
    ],
    belongings: ["kaam", "task", "tasks", "list", "account", "کام", "فہرست", "لسٹ", "اکاؤنٹ"],
    notOwners: ["aaj", "kal", "آج", "کل"],
    accountIds: {
      nouns: ["user", "account", "یوزر", "صارف", "اکاؤنٹ"],
      idWords: ["id", "آئی ڈی", "no", "number", "نمبر"],
      joined: ["userid", "user_id", "user-id", "uid"],
    },
    // With "X ki list" only: "ahmed ki list dikhao", "sara ka account delete karo".
    manage: [
      ...["dikhao", "dikha do", "dikhado", "dikhaen", "dikhayen", "dikha", "batao", "bata do"],
      ...["delete", "hata", "hatao", "mita", "mitao", "saaf", "khatam", "show", "check"],
      ...["دکھاؤ", "دکھا دو", "دکھائیں", "بتاؤ", "ڈیلیٹ", "ہٹا", "ہٹاؤ", "مٹا", "مٹاؤ"],
    ],
    relatives: [
      ...["behen", "behan", "bhai", "ammi", "ami", "amma", "abbu", "abu", "abba", "biwi"],
      ...["begum", "shohar", "miyan", "dost", "beta", "beti", "baji", "api", "chacha"],
      ...["chachi", "khala", "mamu", "mamoo", "phuppo", "nana", "nani", "dada", "dadi"],
      ...["بہن", "بھائی", "امی", "ابو", "بیوی", "شوہر", "دوست", "بیٹا", "بیٹی", "باجی"],
      // "mere bete ke kaam", "میرے بیٹے کے کام": the oblique forms, and people met at work.
      ...["bete", "betay", "bhaiyon", "colleague", "boss", "saheli", "husband", "wife"],
      ...["بیٹے", "سہیلی", "کولیگ", "باس", "ساس", "سسر", "بھابھی", "نند"],
    ],
  },
  politeness: {
    please: [
      ...["please", "plz", "pls", "plzz", "zara", "zra", "meharbani se", "meharbani karke"],
      ...["baraye meharbani", "braye meharbani", "kindly", "jee", "ji", "janab", "bhai", "yaar"],
      ...["meherbani kar ke", "meharbani kar ke", "meherbani karke", "mehrbani kar ke"],
      ...["mehrbani karke", "meherbani se", "mehrbani se"],
      ...["yar", "براہ کرم", "برائے مہربانی", "مہربانی سے", "مہربانی کر کے", "ذرا", "پلیز"],
      ...["جی", "جناب", "بھائی", "یار"],
    ],
    fillers: [
      ...["acha", "achha", "accha", "ok", "okay", "theek hai", "thik hai", "chalo", "ab"],
      ...["bas", "haan", "ہاں", "اچھا", "ٹھیک ہے", "چلو", "اب", "اوکے"],
      // "acha to isko done kr do": "so" after the filler.
      ...phrases(["acha", "achha", "accha", "theek hai", "chalo", "ok"], ["to", "tou", "phir"]),
      ...phrases(["اچھا", "ٹھیک ہے", "چلو"], ["تو", "پھر"]),
    ],
    hesitations: ["um", "hmm", "ہمم"],
    trailing: [
      ...["please", "plz", "pls", "shukriya", "shukria", "thanks", "jaldi", "abhi", "bhai", "yaar"],
      ...["yar", "jee", "ji", "zara", "zra", "پلیز", "شکریہ", "جلدی", "ابھی", "بھائی", "یار", "جی"],
      ...["ذرا", "meherbani", "meharbani", "mehrbani", "مہربانی", "براہ مہربانی", "برائے مہربانی"],
      // "usay delete kar do ab": "now" closing a request.
      ...["ab", "اب"],
      // "… hogya alhamdulillah", "… inshallah": a blessing closing the message.
      ...["alhamdulillah", "alhamdolillah", "alhumdulillah", "shukar hai", "shukr hai"],
      ...["inshallah", "insha allah", "inshaallah", "mashallah", "الحمدللہ", "الحمد للہ"],
      ...["ان شاء اللہ", "انشاءاللہ", "ماشاءاللہ", "شکر ہے"],
      // "… ho gaya finally": the English word, as typed in Roman Urdu.
      ...["finally", "finaly", "akhirkar", "aakhirkar", "آخرکار", "بالآخر"],
    ],
    // "dawai le li hai beta": a grandmother's "dear", said to whoever reads; in Urdu they close
    // a request as any trailing word does.
    address: ["beta", "bachay", "bhaiya", "jaan", "بیٹا", "بھیا"],
    you: ["aap", "ap", "tum", "آپ", "تم"],
  },
  answers: {
    yes: ["haan", "han", "ji", "jee", "ji haan", "jee haan", "bilkul", "ہاں", "جی", "جی ہاں"],
    confirm: [
      ...["haan kar do", "ji kar do", "kar do", "bilkul", "haan ji", "ji haan", "jee haan"],
      ...["haan", "han", "ہاں", "جی ہاں", "ہاں کر دو", "بالکل", "کر دو"],
      // "ji", "haan theek hai", "جی ٹھیک ہے": a yes that agrees, said with or without "yes".
      ...phrases(["haan", "han", "ji", "jee", "haan ji", "ji haan"], ["theek hai", "thik hai"]),
      ...["ji", "jee", "haan ji kar do", "ji theek", "theek hai kar do", "thik hai kar do"],
      ...phrases(["ہاں", "جی", "ہاں جی", "جی ہاں"], ["ٹھیک ہے"]),
      ...["جی", "ہاں جی", "ٹھیک ہے کر دو", "جی بالکل", "ہاں بالکل"],
      ...phrases(["ji", "jee", "haan", "han"], ["bilkul", "bilkul kar do", "zaroor"]),
      // "ji haan kar do", "جی ہاں کر دو": a polite yes, then the go-ahead.
      ...phrases(["ji haan", "jee haan", "ji han"], ["kar do", "kar dein"]),
      ...["جی ہاں کر دو", "ہاں جی کر دو", "جی ہاں کر دیں"],
    ],
    cancel: [
      ...["nahi", "nahin", "nai", "na", "rehne do", "rahne do", "chhoro", "chodo", "chhodo"],
      ...["mat karo", "nahi karo", "cancel", "نہیں", "رہنے دو", "چھوڑو", "چھوڑ دو", "مت کرو"],
      // "nahi rehne do", "نہیں رہنے دو": a no with the words that say so.
      ...phrases(
        ["nahi", "nahin", "nai", "na", "nhi"],
        ["rehne do", "rahne do", "rehne dein", "chhoro", "chodo", "chhodo", "chhod do"],
      ),
      ...phrases("نہیں", ["رہنے دو", "رہنے دیں", "چھوڑو", "چھوڑ دو"]),
    ],
  },
  help: [
    ...["madad", "help", "tum kya kar sakte ho", "aap kya kar sakte hain", "kya kar sakte ho"],
    ...["مدد", "آپ کیا کر سکتے ہیں", "تم کیا کر سکتے ہو", "کیا کر سکتے ہو"],
  ],
  wish: { adverbs: ["zaroor", "bhi", "ضرور", "بھی"] },
  correctableVerbs: ["dikhao", "mukammal", "shamil", "delete"],
  verbForms: {},
  contractions: {},
  references: {
    numbers: {
      ek: 1,
      aik: 1,
      teen: 3,
      char: 4,
      chaar: 4,
      paanch: 5,
      panch: 5,
      chhe: 6,
      che: 6,
      chay: 6,
      saat: 7,
      sat: 7,
      aath: 8,
      ath: 8,
      nau: 9,
      das: 10,
      gyarah: 11,
      gyara: 11,
      barah: 12,
      bara: 12,
      ایک: 1,
      تین: 3,
      چار: 4,
      پانچ: 5,
      چھ: 6,
      چھے: 6,
      سات: 7,
      آٹھ: 8,
      نو: 9,
      دس: 10,
      گیارہ: 11,
      بارہ: 12,
    },
    except: ["siwaye", "siwa", "ke ilawa", "k ilawa", "سوائے", "کے علاوہ"],
    persons: ["usay", "use", "unhein", "اسے", "انہیں"],
    also: ["bhi", "aur", "بھی", "اور"],
    next: [
      ...phrases(["uske baad", "us ke baad", "iske baad", "is ke baad"], ["wala", "wali", "wale"]),
      ...["agla wala", "agla kaam", "agli wali", "اس کے بعد والا", "اس کے بعد والی"],
      ...["اگلا والا", "اگلا کام", "اگلی والی"],
    ],
    ordinals: {
      pehla: 1,
      pehle: 1,
      pehli: 1,
      pahla: 1,
      pahle: 1,
      pahli: 1,
      pehlay: 1,
      doosra: 2,
      doosre: 2,
      doosri: 2,
      dusra: 2,
      dusre: 2,
      dusri: 2,
      doosray: 2,
      teesra: 3,
      teesre: 3,
      teesri: 3,
      tisra: 3,
      tisre: 3,
      tisri: 3,
      teesray: 3,
      chautha: 4,
      chauthe: 4,
      chauthi: 4,
      chotha: 4,
      chothe: 4,
      chothi: 4,
      paanchwan: 5,
      paanchwen: 5,
      panchwan: 5,
      panchwen: 5,
      chhata: 6,
      chhatay: 6,
      chatha: 6,
      // Code-switched: "first wala done", "2nd wala hata do".
      first: 1,
      second: 2,
      third: 3,
      fourth: 4,
      fifth: 5,
      "1st": 1,
      "2nd": 2,
      "3rd": 3,
      "4th": 4,
      "5th": 5,
      پہلا: 1,
      پہلے: 1,
      پہلی: 1,
      دوسرا: 2,
      دوسرے: 2,
      دوسری: 2,
      تیسرا: 3,
      تیسرے: 3,
      تیسری: 3,
      چوتھا: 4,
      چوتھے: 4,
      چوتھی: 4,
      پانچواں: 5,
      پانچویں: 5,
      چھٹا: 6,
      چھٹے: 6,
    },
    // "neeche wala", "نیچے والا": the bottom one of the list shown, the last.
    last: ["aakhri", "akhri", "aakhiri", "akhiri", "last", "آخری", "neeche", "niche", "نیچے"],
    ordinalSuffixes: ["wan", "waan", "ویں"],
    numberMarkers: [
      ...["kaam", "kam", "task", "number", "nambar", "nmbr", "no", "#"],
      ...["کام", "نمبر", "ٹاسک"],
    ],
    pronouns: [
      ...["ye", "yeh", "ye wala", "yeh wala", "wo", "woh", "wo wala", "woh wala", "isay", "ise"],
      ...["usay", "use", "ye kaam", "yeh kaam", "wo kaam", "woh kaam", "is", "us", "is kaam"],
      ...["us kaam", "یہ", "وہ", "یہ والا", "وہ والا", "اسے", "یہ کام", "وہ کام", "اس کام"],
      ...["اس", "اس کو", "اسکو", "isko", "usko", "is ko", "us ko"],
    ],
    pluralPronouns: [
      ...["dono", "donon", "dono kaam", "in sab", "un sab", "inhein", "unhein"],
      ...["دونوں", "دونوں کام", "ان سب", "انہیں"],
      // "in ko", "un ko", "ان کو": "them", the plural of "is ko", "us ko", after a list; the
      // frames read "ko" apart, so "in", "un", "ان" alone too (as "is", "us" are singular).
      ...["in", "un", "in ko", "inko", "un ko", "unko", "inhe", "unhe", "in sab ko", "un sab ko"],
      ...["ان", "اِن", "اُن", "ان کو", "انکو", "ان سب کو", "اِن کو", "اُن کو"],
    ],
    fillers: [
      ...["wala", "wali", "wale", "waala", "waali", "waale", "walay", "kaam", "task", "ka", "ki"],
      ...["ke", "ko", "mera", "meri", "mere", "mery", "apna", "apni", "apne", "jo", "tha"],
      ...["والا", "والی", "والے", "کام", "کا", "کی", "کے", "کو", "میرا", "میری", "میرے"],
      ...["اپنا", "اپنی", "اپنے", "جو", "تھا"],
      // "ab fee wala bhi ho gaya": "now" and "too" say nothing about which task.
      ...["bhi", "ab", "بھی", "اب"],
    ],
  },
  status: {
    done: [
      ...["mukammal", "mukamal", "complete", "completed", "done", "ho gaye", "ho chuke"],
      ...["khatam shuda", "mukammal shuda", "khatam ho gaye", "khatam ho chuke", "kar liye"],
      ...["ho chuke hain", "ho gaye hain", "finished"],
      ...["مکمل", "ہو گئے", "ہو چکے", "ختم شدہ", "مکمل شدہ", "ختم ہو گئے", "کر لیے"],
    ],
    pending: [
      ...["pending", "baqi", "baaqi", "baki", "baaki", "adhoore", "adhure", "adhuray", "bache"],
      ...["reh gaye", "rehte", "na mukammal", "namukammal", "bachay", "remaining", "left"],
      ...["reh gaye hain", "rehte hain", "bache hain", "bachay hain", "baqi hain", "bacha"],
      ...["باقی", "بقایا", "ادھورے", "نامکمل", "زیر التوا", "رہ گئے", "بچے"],
    ],
  },
  stopwords: [
    ...["ka", "ki", "ke", "ko", "se", "mein", "hai", "hain", "aur", "wala", "wali", "wale"],
    ...["کا", "کی", "کے", "کو", "سے", "میں", "ہے", "ہیں", "اور", "والا", "والی", "والے"],
    ...["کام", "kaam"],
  ],
  verbs: {
    complete: [
      ...["mukammal", "mukamal", "complete", "done", "khatam", "ho gaya", "ho gya", "hogaya"],
      ...["hogya", "ho gayi", "ho gai", "ho gaye", "ho gye", "ho chuka", "ho chuki", "hochuka"],
      ...["hogayi", "hogai", "hogyi", "ho gyi", "hogaye", "hogye"],
      ...["kar liya", "kr liya", "kar lia", "karliya", "kr lia", "kar li", "kar liye", "kr li"],
      ...["le liya", "le li", "le lia", "de diya", "de di", "kar diya", "kr diya", "kar dia"],
      ...["مکمل", "ہو گیا", "ہوگیا", "ہو گئی", "ہو گئے", "ہو چکا", "ہو چکی", "کر لیا"],
      ...["کرلیا", "کر لی", "لے لیا", "لے لی", "دے دیا", "کر دیا"],
      // "کاپیاں چیک کر لیں": the past agreeing with things counted as feminine and plural.
      ...["کر لیں", "لے لیں"],
    ],
    completedPast: ["ho gaya", "kar liya", "ہو گیا", "کر لیا"],
    mark: ["mark", "مارک"],
    crossOff: ["kaat", "کاٹ"],
    takeOff: ["nikal", "نکال"],
    delete: [
      ...["delete", "remove", "hata", "hatao", "hta", "htao", "hatado", "nikal", "nikalo"],
      ...["nikaal", "mita", "mitao", "khatam", "cancel", "urra", "uda", "udao"],
      ...["ڈیلیٹ", "ہٹا", "ہٹاؤ", "نکال", "نکالو", "مٹا", "مٹاؤ", "ختم", "کینسل", "حذف"],
    ],
    notDeeds: ["chaha", "socha", "چاہا", "سوچا"],
    add: [
      ...["add", "shamil", "shaamil", "darj", "note", "include", "daal", "dal", "daalo"],
      ...["dalo", "likh", "likho", "shamil", "شامل", "ایڈ", "درج", "نوٹ", "ڈال", "ڈالو"],
      ...["لکھ", "لکھو"],
    ],
    create: ["bana", "banao", "بنا", "بناؤ"],
    putOn: ["daal", "dal", "ڈال"],
    bareTodo: ["khareedna", "lena", "dena", "karna", "خریدنا", "لینا", "دینا", "کرنا"],
    action: [
      "khareedna",
      "lena",
      "dena",
      "karna",
      "jana",
      "خریدنا",
      "لینا",
      "دینا",
      "کرنا",
      "جانا",
    ],
    update: [
      ...["badal", "badlo", "badal do", "tabdeel", "change", "update", "edit", "بدل", "بدلو"],
      ...["بدل دو", "تبدیل"],
    ],
    attach: ["likh", "likho", "لکھ", "لکھو"],
    name: ["naam", "title", "unwan", "نام", "عنوان"],
    reopen: ["dobara kholo", "wapas kholo", "دوبارہ کھولو"],
    command: ["add", "delete", "mukammal", "شامل", "ہٹا", "مکمل"],
    reschedule: ["move", "shift", "muntaqil", "aage", "منتقل", "آگے", "set", "fix", "سیٹ"],
    // "bank ko call karna add kar do, card ki fee ka poochna hai": what the call is for.
    talkingPoints: [
      ...["poochna", "puchna", "poochni", "puchni", "pochna", "batana", "bataana", "batani"],
      ...["kehna", "kehni", "yaad dilana", "پوچھنا", "پوچھنی", "بتانا", "بتانی", "کہنا"],
      ...["یاد دلانا"],
    ],
  },
  list: {
    verbs: [
      ...["dikhao", "dikha do", "dikhado", "dikhaen", "dikhayen", "dikhaiye", "dikhaye"],
      ...["dikhain", "dikha", "dekhao", "batao", "bata do", "btao", "bataen", "bataiye"],
      ...["batain", "show", "list", "show karo", "kya hain", "kya hai", "kitne", "kitnay"],
      ...["kitna", "kitni", "کتنا", "کتنی"],
      ...["دکھاؤ", "دکھا دو", "دکھائیں", "دکھائیے", "دکھا", "بتاؤ", "بتا دو", "بتائیں"],
      ...["بتائیے", "کیا ہیں", "کیا ہے", "کتنے"],
    ],
    topics: [
      ...["kaam", "kaamon", "kaamo", "kam", "task", "tasks", "list", "fehrist"],
      ...["کام", "کاموں", "فہرست", "لسٹ", "ٹاسک"],
    ],
    kinds: ["pending", "mukammal", "baqi", "باقی", "مکمل"],
    all: [
      ...["sab", "saare", "sare", "saray", "tamam", "tmam", "poori", "puri", "sary"],
      ...["سب", "سارے", "تمام", "پوری"],
      // "saari list", "saara kaam", "ساری فہرست": the same word agreeing with a feminine or a
      // singular noun ("sara" is left out: it is a name).
      ...["saari", "sari", "saara", "poora", "pura", "ساری", "سارا", "پورا"],
    ],
    pendingCues: ["baqi", "pending", "adhoore", "باقی", "ادھورے"],
    completedCues: ["mukammal", "ho gaye", "مکمل", "ہو گئے"],
    countCues: ["kitne", "kitnay", "kitney", "kitna", "kitni", "کتنے", "کتنا", "کتنی"],
  },
  taskNouns: {
    singular: ["kaam", "task", "کام", "ٹاسک"],
    plural: ["kaam", "kaamon", "tasks", "کام", "کاموں"],
  },
  listNouns: ["list", "fehrist", "لسٹ", "فہرست"],
  determiners: ["naya", "nayi", "naye", "ek", "aik", "نیا", "نئی", "نئے", "ایک"],
  fields: {
    description: [
      "tafseel",
      "tafsil",
      "description",
      "تفصیل",
      "note",
      "notes",
      "details",
      "detail",
    ],
    title: ["naam", "title", "unwan", "نام", "عنوان"],
    wording: ["alfaaz", "الفاظ"],
    followUps: ["note", "نوٹ"],
  },
  titleMarkers: ["naam", "نام"],
  relations: ["ke saath", "ke liye", "کے ساتھ", "کے لیے"],
  leadingArticles: ["ek", "aik", "ایک"],
  pointingBack: ["ye", "wo", "یہ", "وہ"],
  priority: {
    high: [
      ...["zaroori", "zaruri", "zarori", "zaroori hai", "ahem", "aham", "bohat ahem", "urgent"],
      ...["fori", "foran", "فوری", "ضروری", "اہم", "بہت اہم", "ارجنٹ"],
      // Code-switched, as typed in Pakistan: "supplier wala kaam high priority kar do".
      ...["high priority", "top priority", "ہائی پرائیورٹی"],
    ],
    medium: ["darmiyana", "normal", "درمیانہ"],
    low: [
      ...["kam ahem", "kam zaroori", "ghair ahem", "jaldi nahi", "koi jaldi nahi"],
      ...["کم اہم", "کم ضروری", "غیر اہم", "کوئی جلدی نہیں"],
      ...["low priority", "لو پرائیورٹی"],
    ],
    adjectives: ["zaroori", "ahem", "ضروری", "اہم"],
  },
  done: ["mukammal", "ho gaya", "مکمل", "ہو گیا"],
  cancelled: [
    ...phrases(
      ["cancel", "mansookh"],
      ["ho gaya", "ho gayi", "ho gaye", "hogaya", "ho gya", "ho chuka"],
    ),
    ...phrases(["کینسل", "منسوخ"], ["ہو گیا", "ہو گئی", "ہو گئے", "ہو چکا"]),
  ],
  notDone: ["nahi hua", "baqi hai", "نہیں ہوا", "باقی ہے"],
  particles: ["do", "lo", "دو", "لو"],
  morphology: {
    stem,
    baseOfPast,
    sameWord: (a, b) => sameWordAcrossScripts(a, b, SAME_WORDS, stem),
  },
};

const ADDING = ["add", "shamil", "shaamil", "likh", "daal", "dal", "شامل", "ایڈ", "لکھ", "ڈال"];

/**
 * Urdu's own frame words: the imperative, the auxiliaries of a finished deed, and the
 * words of dates and times (chrono-node reads English only, so these map to values in
 * dates-ur.ts). Lists hold both scripts.
 */
export const urFrames = {
  do: DO,
  /** "nahi yaar usay delete kar do": a word for the one spoken to, after a no. */
  address: ["yaar", "yar", "bhai", "یار", "بھائی"],
  /** After "add"/"shamil": a request to put the task on the list. */
  addTail: [
    ...phrases(["add", "shamil", "shaamil", "darj", "note", "include"], ["", ...DO]),
    ...["daal do", "dal do", "daalo", "dalo", "daal dein", "daal den", "likh do", "likh lo"],
    ...["likho", "likh dein", "likh den", "likh lein", "yaad rakhna", "yaad rakho"],
    ...phrases(["شامل", "ایڈ", "درج", "نوٹ"], ["", ...DO]),
    ...["ڈال دو", "ڈالو", "ڈال دیں", "لکھ دو", "لکھ لو", "لکھو", "لکھ دیں", "یاد رکھنا"],
    ...["یاد رکھو", "لکھ لیں", "لکھ لیجیے"],
  ].map((words) => words.trim()),
  /** "yaad dila dena", "یاد دلانا": a reminder. */
  remind: [
    ...["yaad dila dena", "yaad dilana", "yaad dila do", "yaad dilao", "yaad dila dein"],
    ...["yad dila dena", "yad dilana", "یاد دلا دینا", "یاد دلانا", "یاد دلا دو", "یاد دلاؤ"],
  ],
  /** "naya kaam: …". */
  newTask: [
    ...phrases(["naya", "nayi", "naye", "new", "ek", "aik"], ["kaam", "task"]),
    ...phrases(["ek naya", "aik naya", "ek aur", "aik aur"], ["kaam", "task"]),
    ...["kaam", "task", "نیا کام", "نیا ٹاسک", "ایک کام", "کام", "ایک نیا کام", "ایک اور کام"],
  ],
  /** "ye sab add kar do: a, b, c": the items that follow, or that came before ("… ye dono"). */
  these: [
    ...phrases(["ye", "yeh", "in"], ["sab", "saari cheezein", "sab cheezein", "cheezein", "dono"]),
    ...["dono", "donon", "teeno", "teenon", "دونوں", "تینوں"],
    ...["ye items", "yeh items", "یہ سب", "یہ دونوں", "یہ چیزیں", "ان سب", "یہ سب چیزیں"],
    // "ye bhi add kar do:\n…", "یہ کام لکھ لو: …": a heading over the items that follow.
    ...phrases(["ye", "yeh"], ["bhi", "kaam", "kaam bhi", "sab bhi"]),
    ...["یہ بھی", "یہ کام", "یہ کام بھی", "یہ سب بھی"],
  ],
  /** "kaun kaun se kaam …": a question that asks for a list. */
  which: [
    "kaun se",
    "kon se",
    "kaun kaun se",
    "kon kon se",
    "konse",
    "kaunse",
    "کون سے",
    "کون کون سے",
  ],
  /** "mere liye bank ko call kar do": an errand asked of us, which we offer as a task. */
  forMe: ["mere liye", "meray liye", "mere lie", "mere liay", "mere liyay", "میرے لیے", "میرے لئے"],
  /** "upar se teesra", "اوپر سے تیسرا": a place counted from the top of the list. */
  fromStart: ["upar se", "oopar se", "upar say", "shuru se", "اوپر سے", "شروع سے"],
  /**
   * "unmein se teesra", "ان میں سے دوسرا": "of them", a place in the list just shown, as the
   * place alone is.
   */
  ofThese: [
    ...phrases(["in", "un"], ["mein se", "me se", "main se", "mei se"]),
    ...["inmein se", "unmein se", "inme se", "unme se", "unmei se", "inmei se", "in mein"],
    ...["un mein", "ان میں سے", "اِن میں سے", "اُن میں سے", "انمیں سے"],
  ],
  /** "neeche se doosra", "آخر سے دوسرا": a place counted from the end of the list. */
  fromEnd: [
    ...["neeche se", "niche se", "neechay se", "nichay se", "aakhir se", "akhir se"],
    ...["peeche se", "last se", "نیچے سے", "آخر سے", "پیچھے سے"],
  ],
  /** "kya kya ho gaya hai", "کیا کیا ہو گیا": which tasks are done, so the done ones shown. */
  whatsDone: [
    ...phrases(
      ["kya kya", "kia kia", "kya"],
      ["ho gaya", "ho gya", "hogya", "ho chuka", "kar liya", "kr liya", "mukammal hua"],
      ["", "hai"],
    ),
    ...phrases(["کیا کیا"], ["ہو گیا", "ہو چکا", "کر لیا", "مکمل ہوا"], ["", "ہے"]),
  ],
  /** "meri list to dikhao": "to" (toh) only stresses the word before it. */
  emphasis: ["to", "toh", "tou", "تو"],
  /** "kaunse kaam late ho gaye", "کون سے کام لیٹ ہیں": what is past its day. */
  overdue: ["late", "overdue", "der se", "لیٹ", "تاخیر"],
  /** "ab tak", "اب تک": so far, said of what is done. */
  soFar: ["ab tak", "abhi tak", "ab tk", "اب تک", "ابھی تک"],
  /** "aaj", "آج": a list of what is due today ("aaj ke kaam dikhao"). */
  today: ["aaj", "aj", "آج"],
  /** "kal ke kaam dikhao", "کل کے کام": in a request for the list, what is due tomorrow. */
  tomorrow: ["kal", "kl", "کل"],
  /** "is hafte ke kaam", "اس ہفتے کے کام": what is due in the coming days. */
  thisWeek: [
    ...phrases(["is", "iss", "es"], ["hafte", "haftay", "hafta", "week"]),
    ...["اس ہفتے", "اس ہفتہ"],
  ],
  /** "helmet le liya aaj": when a deed was done, said after it. */
  doneWhen: ["aaj", "aj", "abhi", "abi", "kal", "kl", "subah", "آج", "ابھی", "کل", "صبح"],
  /** "hua", "ہوا": the plain past, a deed done only when asked about ("kya bill jama hua?"). */
  happened: ["hua", "hui", "hue", "huay", "huwa", "ہوا", "ہوئی", "ہوئے"],
  /** "tick kar do", "مکمل کر دو" with no task named: the one just talked about, ticked off. */
  tickIt: [
    ...phrases(
      ["tick", "mark", "mukammal", "complete", "done"],
      ["kar do", "kr do", "kar dein", "karo"],
    ),
    ...["ٹک کر دو", "مکمل کر دو", "مکمل کر دیں"],
  ],
  /** "X abhi baqi hai?": X not done yet, asked about as "X ho gaya?" is. */
  stillLeft: [
    ...phrases(
      ["", "abhi", "abhi bhi", "ابھی", "ابھی بھی"],
      ["baqi", "baki", "baaqi", "باقی"],
      ["hai", "he", "ہے"],
    ),
  ],
  /** "mujhe … jana hai": I have to. */
  mustStart: ["mujhe", "mujhay", "mjhe", "hamein", "humein", "مجھے", "ہمیں"],
  mustEnd: ["hai", "he", "hy", "ہے"],
  /**
   * Words that make a few words a statement or a question, not a thing to do: "thak gaya",
   * "ghar pe hoon", "kaise ho" (a bare "abbu ki report" or "جوتے پالش" is a thing).
   */
  notThing: [
    ...["hai", "hain", "he", "hy", "tha", "thi", "the", "ho", "hoon", "hun", "hu", "raha", "rahi"],
    ...["rahe", "gaya", "gya", "gayi", "gai", "gaye", "kar", "kr", "karo", "kro", "do", "diya"],
    ...[
      "liya",
      "lia",
      "kya",
      "kia",
      "kaise",
      "kyun",
      "kyu",
      "kab",
      "kahan",
      "nahi",
      "nahin",
      "nhi",
    ],
    ...["ہے", "ہیں", "تھا", "تھی", "تھے", "ہو", "ہوں", "رہا", "رہی", "رہے", "گیا", "گئی", "گئے"],
    ...["کر", "کرو", "دو", "دیا", "لیا", "کیا", "کیسے", "کیوں", "کب", "کہاں", "نہیں"],
  ],
  /** "… ho gaya", "… kar liya": a finished deed. */
  done: [
    ...["ho gaya", "ho gya", "hogaya", "hogya", "ho gayi", "ho gai", "ho gaye", "ho gye"],
    ...["hogayi", "hogai", "hogyi", "ho gyi", "hogaye", "hogye"],
    ...["ho chuka", "ho chuki", "ho chuke", "hochuka", "kar liya", "kr liya", "kar lia"],
    ...["karliya", "kr lia", "kar li", "kar liye", "kr li", "le liya", "le li", "le lia"],
    ...["de diya", "de di", "kar diya", "kr diya", "kar dia", "khatam ho gaya", "le aaya"],
    ...["le aya", "le aayi", "le ayi", "la diya", "kar aaya", "kar aya", "ho aaya", "لے آیا"],
    ...["le aaye", "le aye", "le aai", "la di", "لے آئی", "لے آئے", "لا دیا", "لا دی"],
    ...["mukammal ho gaya", "complete ho gaya", "done ho gaya", "mukammal hai", "done hai"],
    ...["ہو گیا", "ہوگیا", "ہو گئی", "ہو گئے", "ہو چکا", "ہو چکی", "کر لیا", "کرلیا"],
    ...["کر لی", "لے لیا", "لے لی", "دے دیا", "کر دیا", "ختم ہو گیا", "مکمل ہو گیا"],
    ...["مکمل ہے", "کر لیں", "لے لیں"],
  ],
  /**
   * "bill bhar diya", "parcel bhej di", "fee jama kar di": any verb with a perfective
   * "diya"/"liya", a finished deed (the verb before it is the deed's, not the task's name).
   */
  perfective: [
    ...["diya", "dia", "di", "diye", "liya", "lia", "li", "liye", "lie"],
    ...["دیا", "دی", "دیے", "دئیے", "لیا", "لی", "لیے"],
  ],
  /**
   * "دیگیں دھلوا دیں", "کتابیں گن لیں": the plural feminine past, said of plural things done.
   * Never after "کر": "… کر دیں" is above all the polite imperative, a request, not news.
   */
  perfectivePlural: ["دیں", "لیں"],
  /** "ban gaya", "mil gayi", "aa gaye": a verb that went its way, a deed done. */
  went: ["gaya", "gya", "gayi", "gai", "gyi", "gaye", "gye", "گیا", "گئی", "گئے"],
  /** Verbs whose past with "gaya" says the deed did not happen: "reh gaya", "bhool gaya". */
  notWentDeeds: [
    ...["reh", "rah", "bhool", "bhul", "choot", "chhoot", "chut", "ruk", "atak", "kho", "toot"],
    ...["phans", "bigar", "bigad", "gir", "thak", "so", "dar", "ghabra", "chal", "chali"],
    ...["رہ", "بھول", "چھوٹ", "رک", "اٹک", "کھو", "ٹوٹ", "پھنس", "بگڑ", "گر", "تھک", "سو", "ڈر"],
  ],
  /** Verbs whose past with "diya" reports an add or a removal, not a deed done. */
  notPerfectiveDeeds: [
    ...["delete", "remove", "hata", "hta", "nikal", "nikaal", "mita", "cancel"],
    ...["ڈیلیٹ", "ہٹا", "نکال", "مٹا", "حذف"],
    ...ADDING,
  ],
  /** "… شامل کر دیں", "تحفہ لکھ لیں": verbs that put a thing on the list, with "kar" or not. */
  adding: ADDING,
  /**
   * "wapis le aao", "واپس کر دو": take the last change back, as "undo that" (a deletion
   * restored, a completion reopened).
   */
  undo: [
    ...phrases(
      ["wapis", "wapas", "waapis", "vapis"],
      [
        "le aao",
        "le ao",
        "lao",
        "laao",
        "kar do",
        "kr do",
        "krdo",
        "karo",
        "daal do",
        "dal do",
        "daalo",
      ],
    ),
    ...phrases(
      ["wapis", "wapas", "waapis", "vapis"],
      ["le aayen", "le aaen", "kar dein", "kar den"],
    ),
    ...["undo kar do", "undo kr do", "undo karo"],
    ...phrases("واپس", ["لے آؤ", "لاؤ", "کر دو", "کرو", "لے آئیں", "کر دیں", "ڈال دو"]),
  ],
  /** "mukammal", "done": said with or without "kar do". */
  complete: ["mukammal", "mukamal", "complete", "done", "khatam", "mukammal shuda", "مکمل", "ختم"],
  /** "… delete kar do", "… ہٹا دو". */
  deleteTail: [
    ...phrases(["delete", "remove", "cancel", "khatam", "ڈیلیٹ", "ختم", "کینسل", "حذف"], DO),
    ...["delete", "remove", "hata do", "hta do", "hatado", "hata dein", "hata den", "hatao"],
    ...["htao", "nikal do", "nikalo", "nikaal do", "nikal dein", "mita do", "mitao", "mita dein"],
    ...["urra do", "uda do", "udao", "ہٹا دو", "ہٹاؤ", "ہٹا دیں", "نکال دو", "نکالو"],
    ...["نکال دیں", "مٹا دو", "مٹاؤ", "مٹا دیں"],
    ...phrases(
      ["hata", "hta", "nikal", "nikaal", "mita", "urra", "uda"],
      ["dijiye", "dijye", "dijie", "dain", "de", "den", "dena"],
    ),
    ...phrases(["ہٹا", "نکال", "مٹا"], ["دیجیے", "دیجئے", "دینا", "دے"]),
  ],
  /** "stock ginne ki zaroorat nahi", "… کی ضرورت نہیں": no longer needed, so deleted. */
  notNeeded: [
    ...phrases(
      ["ki", "ka"],
      ["zaroorat", "zarurat", "zarorat", "zaroorat bhi"],
      ["nahi", "nahin", "nai", "nhi"],
      ["", "hai", "ab", "rahi", "raha", "reh gayi"],
    ),
    ...phrases(["کی"], ["ضرورت"], ["نہیں"], ["", "ہے", "رہی", "اب"]),
    ...["ab zaroorat nahi", "اب ضرورت نہیں"],
  ],
  /** "… ka naam X rakh do". */
  set: [...DO, "rakh do", "rakho", "rakh dein", "rakh den", "رکھ دو", "رکھو", "رکھ دیں"],
  /** "kal pe daal do": put on a day. */
  putOn: [
    ...["daal do", "dal do", "daalo", "dalo", "daal dein", "daal den", "kar do", "kardo"],
    ...["ڈال دو", "ڈالو", "ڈال دیں", "کر دو"],
  ],
  /** "badal kar", "بدل کر": changed into. */
  changedTo: ["badal kar", "badal ke", "badal k", "badalkar", "بدل کر", "بدل کے"],
  /** "X ki jagah Y likh do", "X کی جگہ Y لکھ دو": Y written in X's place. */
  insteadOf: ["ki jagah", "ki jaga", "ke bajaye", "ke bajae", "کی جگہ", "کے بجائے"],
  write: [
    ...["likh do", "likho", "likh dein", "likh den", "kar do", "kr do", "karo", "rakh do"],
    ...["لکھ دو", "لکھو", "لکھ دیں", "کر دو", "کرو", "رکھ دو"],
  ],
  /** "badlo", "بدلو": change it (a colon and the new value follow). */
  change: ["badlo", "badal do", "badal dein", "tabdeel karo", "بدلو", "بدل دو", "بدل دیں"],
  /** Words after a task's words that lead to its new date: "kal par", "jumma tak". */
  toWhen: ["par", "pe", "tak", "ke liye", "پر", "تک", "کے لیے", "کیلئے"],
  /** A task's date, as in "iski date kal kar do". */
  dateWords: ["date", "tareekh", "tarikh", "deadline", "تاریخ", "ڈیٹ"],
  /** Possessives: "ka", "ki", "ke". */
  of: ["ka", "ki", "ke", "کا", "کی", "کے"],
  /** Object marker: "ko". */
  object: ["ko", "کو"],
  /** "wala": the one about. */
  about: ["wala", "wali", "wale", "waala", "waali", "waale", "walay", "والا", "والی", "والے"],
  /** "list mein", "فہرست میں". */
  inList: phrases(["list", "fehrist", "لسٹ", "فہرست"], ["mein", "me", "main", "میں"]),
  fromList: phrases(["list", "fehrist", "لسٹ", "فہرست"], ["se", "سے"]),
  and: ["aur", "or", "اور"],
  /** "aur phir", "uske baad", "پھر": the next of steps said in order (the longer said first). */
  then: [
    ...phrases(["aur", "or", "اور"], ["phir", "پھر"]),
    ...phrases(["", "aur", "اور"], ["uske baad", "us ke baad", "iske baad", "اس کے بعد"]),
    ...["phir", "پھر"],
  ],
  /** Questions and requests for the list with no verb: "kya baqi hai". */
  isLeft: [
    ...phrases(
      ["", "koi", "koi kaam", "kya koi kaam", "kaam"],
      ["baqi", "baki", "baaqi", "bacha", "bache", "bachay"],
      ["hai", "hain"],
    ),
    ...phrases(
      ["", "aaj", "aj", "kal", "kl", "is hafte", "iss hafte", "is haftay"],
      ["kya", "kya kya", "kia"],
      ["karna", "krna"],
      ["hai", "hain"],
    ),
    ...["آج کیا کرنا ہے", "کیا کرنا ہے", "کوئی کام باقی ہے", "کون سے کام باقی ہیں"],
    ...["کل کیا کرنا ہے", "آج کیا کیا کرنا ہے", "کل کیا کیا کرنا ہے"],
    ...["اس ہفتے کیا کرنا ہے", "اس ہفتے کیا کیا کرنا ہے"],
    ...["کیا بچا ہے", "اب کیا بچا ہے", "اب کیا باقی ہے", "ابھی کیا باقی ہے"],
    ...["kya baqi hai", "kya baaqi hai", "kya baki hai", "baqi kya hai", "baki kya hai"],
    ...["kya reh gaya", "kya reh gaya hai", "کیا باقی ہے", "باقی کیا ہے", "کیا رہ گیا ہے"],
    ...phrases(
      ["kya", "kya kya", "kia", "kya kuch", "ab kya", "abhi kya", "ab kya kya", "abhi kya kya"],
      ["pending", "baqi", "baki", "reh gaya", "bacha", "bacha hua", "reh gaye", "rehta"],
      // "kya kya reh gaya": people typing on a phone leave the "hai" out.
      ["", "hai", "hain"],
    ),
    // "abhi kya karna baqi hai", "kya kya karna reh gaya": what is still to do.
    ...phrases(
      ["", "ab", "abhi"],
      ["kya", "kya kya", "kia"],
      ["karna", "krna"],
      ["baqi", "baki", "baaqi", "reh gaya", "bacha"],
      ["", "hai", "hain"],
    ),
    ...["کیا کیا باقی ہے", "کیا کیا رہ گیا ہے"],
  ],
  when: {
    today: ["aaj", "aj", "آج"],
    tomorrow: ["kal", "kl", "کل"],
    dayAfter: ["parson", "parso", "parsoon", "parsun", "پرسوں"],
    next: ["agle", "aglay", "agla", "agli", "agly", "اگلے", "اگلا", "اگلی"],
    /** "is jumma": this week's, the coming one. */
    this: ["is", "iss", "es", "اس"],
    week: ["hafte", "haftay", "hafta", "ہفتے"],
    month: ["mahine", "mahinay", "maheene", "مہینے"],
    weekdays: {
      peer: 1,
      pir: 1,
      somwar: 1,
      mangal: 2,
      budh: 3,
      budhwar: 3,
      jumeraat: 4,
      jumerat: 4,
      jummah: 5,
      jumma: 5,
      juma: 5,
      jumah: 5,
      jummay: 5,
      jumme: 5,
      sanichar: 6,
      saneechar: 6,
      // Typed in English as often as not: "friday pe shift karo", "monday ko".
      monday: 1,
      tuesday: 2,
      wednesday: 3,
      thursday: 4,
      friday: 5,
      saturday: 6,
      sunday: 0,
      itwar: 0,
      itwaar: 0,
      اتوار: 0,
      پیر: 1,
      سوموار: 1,
      منگل: 2,
      بدھ: 3,
      جمعرات: 4,
      جمعہ: 5,
      جمعے: 5,
      سنیچر: 6,
      ہفتہ: 6,
      // "ہفتے کو", "ہفتے تک": Saturday, in the oblique its postposition asks for ("اگلے ہفتے"
      // alone is next week, read before any weekday).
      "ہفتے کو": 6,
      "ہفتے تک": 6,
      "hafte ko": 6,
      "haftay ko": 6,
      "hafte tak": 6,
      "haftay tak": 6,
    } as Record<string, number>,
    /**
     * Words after a weekday that make it part of a thing's name ("jumma bazaar ka stall",
     * "peer wali class", "جمعہ بازار"): the weekly market, or "the Monday one", not a date.
     */
    dayAsName: [
      ...["wala", "wali", "wale", "walay", "waala", "waali", "waale", "bazaar", "bazar"],
      ...["والا", "والی", "والے", "بازار"],
    ],
    /** Parts of the day, with the hour they stand for when no hour is said. */
    parts: {
      subah: "morning",
      subha: "morning",
      sobah: "morning",
      dopahar: "afternoon",
      dopehar: "afternoon",
      dophar: "afternoon",
      sham: "evening",
      shaam: "evening",
      raat: "night",
      rat: "night",
      صبح: "morning",
      دوپہر: "afternoon",
      شام: "evening",
      رات: "night",
    } as Record<string, "morning" | "afternoon" | "evening" | "night">,
    oclock: ["baje", "bajay", "bje", "bajey", "bajy", "بجے"],
    half: ["saadhe", "sadhe", "saade", "ساڑھے"],
    quarterPast: ["sawa", "سوا"],
    quarterTo: ["paune", "pone", "پونے"],
    /** Left hanging once a date is taken out: "ko", "tak", "se pehle". */
    leftovers: [
      ...["ko", "tak", "se pehle", "se pehlay", "ke liye", "par", "pe", "ki", "ke", "ka", "hai"],
      ...["کو", "تک", "سے پہلے", "کے لیے", "پر", "کی", "کے", "کا", "ہے"],
    ],
  },
};
