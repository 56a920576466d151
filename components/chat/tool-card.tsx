import { summarizeToolCall } from "./tool-call-summary";
import styles from "./tool-card.module.css";
import { Icon } from "@/components/ui/icons";

interface ToolCardProps {
  name: string;
  input: unknown;
  output: unknown;
  finished: boolean;
  errorText?: string;
}

/** One task tool call: a one-line card, or a compact table for list_tasks. */
export function ToolCard({ name, input, output, finished, errorText }: ToolCardProps) {
  const summary = summarizeToolCall(name, input, output, finished, errorText);
  return (
    <div className={styles.card} data-tool={name} data-state={summary.state}>
      <div className={styles.head}>
        <span className={styles.icon} aria-hidden="true">
          {summary.state === "pending" ? (
            <span className={styles.spinner} />
          ) : summary.state === "done" ? (
            <Icon name="check" size={13} />
          ) : (
            "!"
          )}
        </span>
        <span className={styles.text}>{summary.text}</span>
      </div>
      {summary.list && summary.list.tasks.length > 0 && (
        <table className={styles.table}>
          <caption className="visually-hidden">{summary.text}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Task</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {summary.list.tasks.map((task) => (
              <tr key={task.id}>
                <td className={styles.number}>{task.id}</td>
                <td className={task.completed ? styles.doneTitle : undefined}>{task.title}</td>
                <td className={styles.status}>{task.completed ? "Done" : "Pending"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.list && summary.list.total > summary.list.tasks.length && (
        <p className={styles.more}>…and {summary.list.total - summary.list.tasks.length} more</p>
      )}
    </div>
  );
}
