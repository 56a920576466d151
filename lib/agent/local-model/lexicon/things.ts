/**
 * Words that never name a thing to do or to buy, for telling a few bare words ("milk",
 * "pharmacy run") that are a new task from talk ("maybe", "I like turtles", "must be
 * nice"). Kept beside the core lexicon (types.ts, en.ts), as schedule.ts is.
 */
export const notThings: readonly string[] = [
  ...["i", "i'm", "i've", "i'll", "me", "my", "you", "you're", "u", "we", "he", "she", "they"],
  ...["them", "those", "these", "him", "her", "us", "his", "their", "your", "our", "mine"],
  ...["keep", "leave", "stop", "wait", "undo", "cancel", "nope", "nah", "yeah", "yep"],
  ...["it", "it's", "that", "that's", "this", "what", "why", "who", "how", "when", "where"],
  ...["is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "must", "can"],
  ...["could", "would", "should", "will", "shall", "may", "might", "not", "no", "yes"],
  ...["maybe", "perhaps", "probably", "really", "very", "so", "too", "just", "like", "love"],
  ...["hate", "nice", "cool", "ok", "okay", "fine", "good", "bad", "great", "sure", "wow"],
  ...["hmm", "huh", "meh", "lol", "haha", "idk", "nvm", "whatever", "anyway", "same", "test"],
  ...["testing", "hello", "hi", "hey", "bye", "again", "more", "less", "here", "there"],
  ...["now", "later", "soon", "never", "always", "something", "anything", "nothing"],
  // Reactions: "interesting", "makes sense" after an answer are no new task.
  ...["interesting", "weird", "true", "false", "right", "wrong", "correct", "exactly"],
  ...["indeed", "seriously", "alright", "done", "ready", "busy", "tired", "bored", "happy"],
  ...["sad", "funny", "crazy", "amazing", "wonderful", "awesome", "brilliant", "perfect"],
  ...["excellent", "lovely", "sweet", "fair", "noted", "understood", "got", "makes", "sense"],
  ...["agreed", "oh", "ah", "aha", "welp", "damn", "oops", "ugh", "yikes", "omg", "wtf"],
  ...["lmao", "rofl", "bro", "dude", "man", "mate", "sir", "please", "thanks", "sorry"],
];

/**
 * Delete verbs that also lead the name of a thing to buy ("bin bags", "trash bags", "junk
 * mail", "scrap paper"): "bin bags" deletes a task about bags if there is one, else it is a
 * new task.
 */
export const thingsLedByDeleteVerbs: readonly string[] = ["bin", "trash", "junk", "scrap"];
