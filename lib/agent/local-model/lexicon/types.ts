/**
 * The words of one language that the local model understands, as data. Patterns are
 * compiled from these lists (see compile.ts), so a language is added by writing its
 * lexicon, not by editing regular expressions. Every list holds plain words or
 * phrases (lowercase, single spaces), matched whole.
 */
export interface Lexicon {
  /** BCP 47 tag: "en", "ur". */
  language: string;
  smalltalk: {
    greetings: string[];
    thanks: string[];
    /** Goodbyes and "that's all": the conversation is over for now. */
    goodbyes: string[];
    /** After "gotta …": leaving ("gotta go"), not a task. */
    leaving: string[];
    /** "you're the best", "lifesaver": praise, a thank-you, never part of a title. */
    compliments: string[];
    /** Questions outside a todo list, by topic ("weather", "news"): answered, never acted on. */
    topics: Record<string, string[]>;
  };
  /**
   * Small talk that is neither a greeting nor thanks, and errands outside a todo list
   * (parse-chat.ts). Each kind of talk has its own short answer.
   */
  chat: {
    /** "how are you", "how's your day going": asked after the assistant. */
    howAreYou: string[];
    /** "who are you", "are you a bot": asked what the assistant is. */
    identity: string[];
    /** "sorry", "my bad": an apology for a slip. */
    apologies: string[];
    /** "sounds good", "got it", "cool cool": an acknowledgement, nothing to do. */
    acks: string[];
    /** "lol", "haha": a laugh. */
    laughs: string[];
    /** "long day", "i'm so behind", "thak gaya": how the person feels, nothing asked. */
    moods: string[];
    /** Words of annoyance anywhere in a message that asks nothing ("ugh", "useless", "not working"). */
    frustration: string[];
    /**
     * Clauses said around a request that are no part of it ("hope you're well", "sorry to
     * bother", "when you get a chance"): taken off before and after the request.
     */
    asides: string[];
    /** Emoji said alone, by what they say (text faces, ":)", are the same in every language: parse-chat.ts). */
    faces: Record<"thanks" | "laugh" | "upset" | "ack" | "greet", string[]>;
    /**
     * Errands the assistant cannot run itself, by what they need ("email": "email",
     * "send an email"): asked of it ("can you call mom", "call mom for me"), they are
     * offered as a task instead. The same words typed as a note to self are a task.
     */
    errands: Record<string, string[]>;
  };
  /**
   * Words that name someone else's tasks or account ("the other user", "someone else"):
   * such a message changes nothing, whatever else it says.
   */
  others: {
    /** Another person or account: "other user", "someone else", "everyone". */
    people: string[];
    /** What can belong to them: "tasks", "list", "account". */
    belongings: string[];
    /** Words before "'s" that are no owner: "today's list", "the 2nd one's done", "what's". */
    notOwners: string[];
    /**
     * An account named by its identifier, as pasted from an admin page or a ticket ("user id
     * 8f2c91", "account no. 7", "userId=42"): `nouns` take an id only after one of `idWords`
     * ("customer id 5530"), `joined` are the two written as one ("uid", "user_id").
     */
    accountIds: { nouns: string[]; idWords: string[]; joined: string[] };
    /**
     * Verbs that only act on a list's entries ("mark", "tick off", "delete", "dikhao"): with
     * another person's thing as their object ("mark my dad's bill as paid", "ahmed ki list
     * dikhao") they ask about that person's list. Errand verbs ("call", "pick up", "fix") are
     * not among them: "call my brother about rent" is a task.
     */
    manage: string[];
    /** People named by who they are to you ("sister", "behen"): "meri behen ke kaam". */
    relatives: string[];
  };
  politeness: {
    /** "please", "kindly": said before a request, never part of it. */
    please: string[];
    /** Words said around a request that mean nothing for it ("ok", "so", "actually"). */
    fillers: string[];
    /** Sounds whose last letter may repeat ("um", "ummm"). */
    hesitations: string[];
    /** Said after a request: "… for me", "… if you can", "… asap please". */
    trailing: string[];
    /**
     * Words of address ("dear", "hun", "honey"): they close a request only after a comma or a
     * thanks ("thanks hun", "…, dear"), since a thing may end with one ("jar the clover honey").
     */
    address: string[];
    /** "you" as typed to a chat ("u", "ya"). */
    you: string[];
  };
  /** Short answers to a question we asked. */
  answers: {
    /** "yes", "ok": on its own, a yes to "delete everything?". */
    yes: string[];
    /** "do it", "go ahead": a yes even among other words. */
    confirm: string[];
    /** "no", "never mind": drop what was asked. */
    cancel: string[];
  };
  /** "help", "what can you do": a request for the help text. */
  help: string[];
  wish: {
    /** "really", "probably": adverbs around "I need to …", not part of the task. */
    adverbs: string[];
  };
  /** Leading verbs worth correcting when misspelled ("delet" → "delete"), by edit distance. */
  correctableVerbs: string[];
  /** Words too short for edit distance, or other forms, mapped to the verb meant ("del" → "delete"). */
  verbForms: Record<string, string>;
  /** Contractions typed without the apostrophe, and only those that are no other word ("dont"). */
  contractions: Record<string, string>;
  references: {
    /** Number words, "one" to "twenty": "task two". */
    numbers: Record<string, number>;
    /** "everything except the laundry": the words that leave some tasks out of "all". */
    except: string[];
    /** "her", "him": a person, who may be the task ("called her") but names none by themselves. */
    persons: string[];
    /** "bread too", "and the dentist": the same again, for another task. */
    also: string[];
    /** Ordinals of a position in the list shown: "the second one". */
    ordinals: Record<string, number>;
    /** The end of the list: "the last one". */
    last: string[];
    /** Endings that make an ordinal of a numeral: "3rd". */
    ordinalSuffixes: string[];
    /** Words before a task number: "task 3", "no. 3", "item 3" (with common slips, "tsk 3"). */
    numberMarkers: string[];
    /** A pronoun for one task: "it", "that one", "the one I just added". */
    pronouns: string[];
    /** A pronoun for several tasks: "them", "both of those". */
    pluralPronouns: string[];
    /**
     * The task after the one just changed, in the list shown: "the one after that", "the next
     * one", "uske baad wala".
     */
    next: string[];
    /** Words that say nothing about which task ("the", "task", "called"): dropped before matching titles. */
    fillers: string[];
    /** When a deed was done, said after its object ("paid it this morning"): no words of a title. */
    whenDone?: string[];
  };
  /** Words for the state of tasks: "all completed tasks", "my pending ones". */
  status: {
    done: string[];
    pending: string[];
  };
  /** Words that name nothing in a title ("the", "task"): ignored when titles are compared. */
  stopwords: string[];
  /** Verbs and phrases per intent. */
  verbs: {
    /** "complete task 2", "check off milk", "done with the report". */
    complete: string[];
    /** Past forms after "I've …" that report a task done: "I've finished …", "I've dealt with …". */
    completedPast: string[];
    /** "mark … done", "set … to complete". */
    mark: string[];
    /** "check … off", "cross … off": a completion. */
    crossOff: string[];
    /** "take … off my list", "get … off the list": a deletion. */
    takeOff: string[];
    /** "delete task 2", "get rid of the gym one". */
    delete: string[];
    /** Past tenses that report something other than doing a task ("added", "wanted", "forgot"). */
    notDeeds: string[];
    /** "add X", "jot down X": a new task follows. */
    add: string[];
    /** "create a task …", "make a new todo …": verbs that need the noun to mean a new task. */
    create: string[];
    /** "put X on my list", "stick X on the list". */
    putOn: string[];
    /** Verbs of a bare to-do ("buy milk", "call the bank"); none that also start ordinary requests ("tell me …"). */
    bareTodo: string[];
    /** Verbs that lead a to-do; two items both led by one are two tasks ("call mom and pay bills"). */
    action: string[];
    /** "rename task 2 to X", "change the dentist one to X". */
    update: string[];
    /** "add a note to task 3: X", "give task 2 the description X". */
    attach: string[];
    /** "call it X", "name task 2 X". */
    name: string[];
    /** "reopen task 2", "bring back the milk one" (which no tool can do). */
    reopen: string[];
    /** Verbs that start a request to the assistant, never a task: "mark", "tick off", "delete". */
    command: string[];
    /** "postpone", "prepone", "move": a task gets a new date or time. */
    reschedule: string[];
    /**
     * What to raise when calling or writing to someone ("ask", "tell him", "remind them"): after
     * a call, an email or a text and a comma, the note of that task, not a task of its own.
     */
    talkingPoints: string[];
  };
  /** Asking for the list. */
  list: {
    /** "show", "what's", "how many": a request to see tasks, with a topic word elsewhere. */
    verbs: string[];
    /** "tasks", "left", "agenda": what a request to see tasks is about. */
    topics: string[];
    /** "pending tasks", "open items": the kinds a bare request can name. */
    kinds: string[];
    /** "all", "everything": the whole list. */
    all: string[];
    /** "left", "still", "haven't": the pending ones. */
    pendingCues: string[];
    /** "done", "finished", "ticked off": the completed ones. */
    completedCues: string[];
    /** "how many", "count": only the number is wanted. */
    countCues: string[];
  };
  /** Nouns for a task: "add a task …", "these items: …". */
  taskNouns: { singular: string[]; plural: string[] };
  /** Nouns for the list itself: "on my list", "on my agenda". */
  listNouns: string[];
  /** Words before the task noun in a frame: "add a new task", "add these tasks", "add the following". */
  determiners: string[];
  /** Names of a task's fields: "with description …", "change the title of …"; `wording` names the title's text. */
  fields: {
    description: string[];
    title: string[];
    wording: string[];
    /** "on it: …", "note: …": a note for the task just mentioned, its description. */
    followUps: string[];
  };
  /** "called", "named": what comes next is a title ("a task called X"). */
  titleMarkers: string[];
  /** Words that make an item more than a noun ("meeting with Bob", "milk for tomorrow"): no list split. */
  relations: string[];
  /**
   * Pairs said as one thing, never split into two tasks: `whole` alone too ("fish and chips"),
   * `beforeNoun` only before the noun they describe ("salt and pepper shakers"; "salt and
   * pepper" alone is two things to buy). Read by the English list rule only (parse-add.ts).
   */
  fixedPairs?: { whole: string[]; beforeNoun: string[] };
  /** Words a title does not start with ("a meeting with Bob" → "Meeting with Bob"). */
  leadingArticles: string[];
  /** Pronouns that point back to an earlier item ("finish the report and send it"). */
  pointingBack: string[];
  /** Priority words in a task's title ("urgent: pay rent"); `adjectives` name one in a frame ("a high priority task"). */
  priority: { high: string[]; medium: string[]; low: string[]; adjectives: string[] };
  /** Words that say a task is done: "task 2 is done", "milk: taken care of". */
  done: string[];
  /** Words that say a task is no longer wanted: "the meeting was cancelled". */
  cancelled: string[];
  /** Words that say a task is not done: "mark task 2 as not done". */
  notDone: string[];
  /** Particles that go with a verb ("pick up", "sort out"), kept with it when the order is turned round. */
  particles: string[];
  /** The language's word forms. */
  morphology: {
    /** A word without its plural or verb ending ("meetings" → "meeting"), for fuzzy title matching. */
    stem(word: string): string;
    /** The base form of a verb in the past tense ("called" → "call", "paid" → "pay"), else undefined. */
    baseOfPast(word: string): string | undefined;
    /**
     * Whether two words are one word written in two scripts ("doodh" and "دودھ"), for a
     * language typed in both; absent where the language has one script.
     */
    sameWord?(a: string, b: string): boolean;
  };
}
