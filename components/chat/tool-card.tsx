"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/components/ui/fetch-json";
import { useTasksChanged } from "@/components/tasks/tasks-changed";
import { useClock } from "@/components/tasks/time-zone";
import { summarizeToolCall } from "./tool-call-summary";
import { cardDetails, undoRequest } from "./tool-card-undo";
import styles from "./tool-card.module.css";
import { Icon } from "@/components/ui/icons";

interface ToolCardProps {
  name: string;
  input: unknown;
  output: unknown;
  finished: boolean;
  errorText?: string;
}

type UndoState = { kind: "idle" | "busy" | "undone" } | { kind: "failed"; message: string };

/**
 * One task tool call: a one-line card ("Created #4 Call mom · Tomorrow 17:00 · High") with
 * an Undo for a change, or a compact table for list_tasks.
 */
export function ToolCard({ name, input, output, finished, errorText }: ToolCardProps) {
  const t = useTranslations("toolCard");
  const { timeZone, now } = useClock();
  const tasksChanged = useTasksChanged();
  const [undo, setUndo] = useState<UndoState>({ kind: "idle" });
  const summary = summarizeToolCall(name, input, output, finished, errorText);
  const done = summary.state === "done";
  const details = done && !summary.list ? cardDetails(output, now(), timeZone) : [];
  const inverse = done ? undoRequest(output) : null;
  const text = [summary.text, ...details].join(" · ");

  async function runUndo() {
    if (!inverse || undo.kind === "busy") return;
    setUndo({ kind: "busy" });
    try {
      await fetchJson<unknown>(inverse.url, { method: inverse.method, json: inverse.body });
      setUndo({ kind: "undone" });
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : t("undoFailed");
      setUndo({ kind: "failed", message });
    }
    tasksChanged();
  }

  // The Undo sits beside the call's own box (data-tool), so the call's text stays its own.
  return (
    <div className={styles.card} data-state={summary.state}>
      <div className={styles.content} data-tool={name} data-state={summary.state}>
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
          <span
            className={styles.text}
            data-undone={undo.kind === "undone" || undefined}
            dir="auto"
          >
            {text}
          </span>
        </div>
        {summary.list && summary.list.tasks.length > 0 && (
          <table className={styles.table}>
            <caption className="visually-hidden">{summary.text}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t("task")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {summary.list.tasks.map((task) => (
                <tr key={task.id}>
                  <td className={styles.number}>{task.id}</td>
                  <td className={task.completed ? styles.doneTitle : undefined} dir="auto">
                    {task.title}
                  </td>
                  <td className={styles.status}>{task.completed ? t("done") : t("pending")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {summary.list && summary.list.total > summary.list.tasks.length && (
          <p className={styles.more}>
            {t("more", { count: summary.list.total - summary.list.tasks.length })}
          </p>
        )}
        {undo.kind === "failed" && (
          <p role="alert" className={styles.undoError}>
            {undo.message}
          </p>
        )}
      </div>
      {inverse && undo.kind !== "undone" && (
        <button
          type="button"
          className={`button button-secondary ${styles.undo}`}
          aria-label={t("undoLabel", { action: summary.text })}
          disabled={undo.kind === "busy"}
          onClick={() => void runUndo()}
        >
          <Icon name="undo" size={13} />
          {t("undo")}
        </button>
      )}
      {undo.kind === "undone" && (
        <span className={styles.undone} role="status">
          {t("undone")}
        </span>
      )}
    </div>
  );
}
