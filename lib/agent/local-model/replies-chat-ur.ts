import type { ChatAbout } from "./parse-chat";
import type { ChatWording } from "./wording";

/**
 * Small talk answered in Urdu: Urdu script for Urdu script, Roman Urdu for Roman Urdu
 * (each pair below is [Urdu, Roman Urdu]). Several wordings each, picked by the turn,
 * as in replies-chat.ts.
 */

type Both = readonly [string, string];

const CHAT: Record<ChatAbout, Both[]> = {
  howAreYou: [
    [
      "میں ٹھیک ہوں، پوچھنے کا شکریہ! آج فہرست میں کیا کرنا ہے؟",
      "Main theek hun, poochne ka shukriya! Aaj list mein kya karna hai?",
    ],
    [
      "الحمدللہ، سب ٹھیک! کوئی کام شامل یا مکمل کرنا ہے؟",
      "Alhamdulillah, sab theek! Koi kaam add ya mukammal karna hai?",
    ],
  ],
  identity: [
    [
      'میں Taskchat ہوں، آپ کی کاموں کی فہرست کا مددگار: کام شامل، مکمل، تبدیل اور ختم کرتا ہوں۔ لکھیں "دودھ لینا شامل کرو"۔',
      'Main Taskchat hun, aap ki kaamon ki list ka madadgar: kaam add, mukammal, update aur delete karta hun. Likhein "doodh lena add kar do".',
    ],
    [
      'میں Taskchat ہوں۔ "میرے کام دکھاؤ" لکھیں تو فہرست دکھاؤں گا۔',
      'Main Taskchat hun. "Mere kaam dikhao" likhein to list dikhaunga.',
    ],
  ],
  sorry: [
    ["کوئی بات نہیں!", "Koi masla nahi!"],
    ["فکر نہ کریں، کچھ نہیں بدلا۔", "Fikar na karein, kuch nahi badla."],
  ],
  upset: [
    [
      'معذرت! مختصر لکھ کر دیکھیں، جیسے "دودھ لینا شامل کرو" یا "میرے کام دکھاؤ"۔',
      'Maazrat! Mukhtasar likh kar dekhein, jaise "doodh lena add kar do" ya "mere kaam dikhao".',
    ],
    [
      'معذرت، میں سادہ باتیں سمجھتا ہوں: "کام 2 مکمل کرو"، "جم والا کام ہٹاؤ"۔',
      'Maazrat, main seedhi baatein samajhta hun: "kaam 2 mukammal kar do", "gym wala kaam hata do".',
    ],
  ],
  mood: [
    [
      'ہمت رکھیں! فہرست میں سنبھال لوں گا: "میرے کام دکھاؤ" لکھیں۔',
      'Himmat rakhein! List main sambhal lunga: "mere kaam dikhao" likhein.',
    ],
    [
      "ایک وقت میں ایک کام۔ بتائیں کیا شامل کرنا، بدلنا یا مکمل کرنا ہے۔",
      "Ek waqt mein ek kaam. Batayein kya add, change ya mukammal karna hai.",
    ],
  ],
  laugh: [
    ["😄 اور کچھ فہرست کے لیے؟", "😄 Aur kuch list ke liye?"],
    ["😄 جب کوئی کام ہو تو بتائیں۔", "😄 Jab koi kaam ho to batayein."],
  ],
};

const pick = <T>(wordings: readonly T[], turn: number) => wordings[turn % wordings.length]!;

export function urduChat(script: "ur" | "ur-Latn"): ChatWording {
  const s = (both: Both) => (script === "ur" ? both[0] : both[1]);
  return {
    chat: (about, turn) => s(pick(CHAT[about], turn)),
    offer: (_errand, title, turn) =>
      s(
        pick<Both>(
          [
            [
              `یہ میں خود نہیں کر سکتا، لیکن "${title}" کام کے طور پر شامل کر سکتا ہوں۔ "ہاں" لکھیں۔`,
              `Ye main khud nahi kar sakta, lekin "${title}" kaam ke taur par add kar sakta hun. "Haan" likhein.`,
            ],
            [
              `یہ میرے بس میں نہیں۔ کیا "${title}" فہرست میں شامل کر دوں؟`,
              `Ye mere bas mein nahi. Kya "${title}" list mein add kar dun?`,
            ],
          ],
          turn,
        ),
      ),
  };
}
