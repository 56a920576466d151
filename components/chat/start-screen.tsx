import styles from "./start-screen.module.css";

export const STARTER_PROMPTS = [
  "Add a task to buy groceries",
  "What's pending?",
  "Show my completed tasks",
  "What can you do?",
];

/** The empty chat: a greeting and starter prompts that send on click. */
export function StartScreen({
  name,
  onPick,
  disabled,
}: {
  name: string;
  onPick(prompt: string): void;
  disabled: boolean;
}) {
  const first = name.split(" ")[0];
  return (
    <div className={styles.start}>
      <h1 className={styles.greeting}>
        {first ? `Hi ${first}, what's on your list?` : "What's on your list?"}
      </h1>
      <p className={styles.sub}>
        Tell me what to add, finish, rename or remove — I&apos;ll keep your tasks in order.
      </p>
      <ul className={styles.prompts} aria-label="Starter prompts">
        {STARTER_PROMPTS.map((prompt) => (
          <li key={prompt}>
            <button
              type="button"
              className={styles.prompt}
              onClick={() => onPick(prompt)}
              disabled={disabled}
            >
              {prompt}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
