/** Account rules shared by the server and the sign-up and settings forms (no server imports here). */
export const NAME_MAX = 100;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// C0 controls (NUL included) and DEL: no one means to type them, and Postgres text cannot hold NUL.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** What is wrong with a person's name, or undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return "Enter your name.";
  if (trimmed.length > NAME_MAX) return `Use a name of at most ${NAME_MAX} characters.`;
  if (CONTROL_CHARACTERS.test(name)) return "A name cannot contain control characters.";
  return undefined;
}

/** Whether text holds a control character (NUL, line breaks, escapes). */
export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}
