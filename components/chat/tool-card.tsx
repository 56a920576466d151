"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/components/ui/fetch-json";
import { TaskMeta } from "@/components/tasks/task-item";
import { useTasksChanged } from "@/components/tasks/tasks-changed";
import { useClock } from "@/components/tasks/time-zone";
import { cardLine } from "./card-line";
import { summarizeToolCall } from "./tool-call-summary";
import { groupKind } from "./tool-groups";
import { cardDetails, undoRequest } from "./tool-card-undo";
import styles from "./tool-card.module.css";
import { Icon } from "@/components/ui/icons";

export interface ToolCall {
  name: string;
  input: unknown;
  output: unknown;
  finished: boolean;
  errorText?: string;
}

interface ToolCardProps extends ToolCall {
  /** A list the model read to find a task, not the answer: its line only, no table. */
  lookup?: boolean;
}

type UndoState = { kind: "idle" | "busy" | "undone" } | { kind: "failed"; message: string };

/**
 * One task tool call: a one-line card ("Created #4 Call mom · Tomorrow 17:00 · High", in the
 * interface language) with
 * an Undo for a change, or a compact table for list_tasks with each task's chips.
 */
export function ToolCard({ lookup, ...call }: ToolCardProps) {
  return (
    <div
      className={styles.card}
      data-state={
        summarizeToolCall(call.name, call.input, call.output, call.finished, call.errorText).state
      }
    >
      <ToolCallLine call={call} lookup={lookup} />
    </div>
  );
}

/**
 * Several changes of one turn (three adds, two completions) as one card: a heading, then a
 * line per change, each with its own Undo.
 */
export function ToolGroupCard({ calls }: { calls: ToolCall[] }) {
  const t = useTranslations("toolCard");
  const heading = groupHeadingWords(calls, t);
  return (
    <section className={`${styles.card} ${styles.group}`} aria-label={heading} data-tool-group="">
      <p className={styles.groupHead}>{heading}</p>
      <ul className={styles.groupList}>
        {calls.map((call, index) => (
          <li key={index} className={styles.groupItem}>
            <ToolCallLine call={call} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ToolCallLine({ call, lookup }: { call: ToolCall; lookup?: boolean }) {
  const { name, input, output, finished, errorText } = call;
  const t = useTranslations("toolCard");
  const locale = useLocale();
  const { timeZone, now } = useClock();
  const tasksChanged = useTasksChanged();
  const [undo, setUndo] = useState<UndoState>({ kind: "idle" });
  const summary = summarizeToolCall(name, input, output, finished, errorText);
  const done = summary.state === "done";
  const details = done && !summary.list ? cardDetails(output, now(), timeZone, locale) : [];
  const inverse = done ? undoRequest(output) : null;
  // The line in the interface language; the fields' words are the interface's too.
  const line = cardLine(name, input, output, finished, errorText);
  const head = t(`line.${line.key}`, line.values);
  const text = [head, ...details].join(" · ");
  const list = lookup ? undefined : summary.list;

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
    <>
      <div
        className={styles.content}
        data-tool={name}
        data-state={summary.state}
        data-lookup={lookup || undefined}
      >
        <div className={styles.head}>
          <span className={styles.icon} data-state={summary.state} aria-hidden="true">
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
        {list && list.tasks.length > 0 && (
          <table className={styles.table}>
            <caption className="visually-hidden">{head}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t("task")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {list.tasks.map((task) => (
                <tr key={task.id}>
                  <td className={styles.number}>{task.id}</td>
                  <td>
                    <span className={task.completed ? styles.doneTitle : undefined} dir="auto">
                      {task.title}
                    </span>
                    <TaskMeta task={task} />
                  </td>
                  <td className={styles.status}>{task.completed ? t("done") : t("pending")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {list && list.total > list.tasks.length && (
          <p className={styles.more}>{t("more", { count: list.total - list.tasks.length })}</p>
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
          aria-label={t("undoLabel", { action: head })}
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
    </>
  );
}

/** A group card's heading in the interface language: "Added 3 tasks", "4 changes". */
function groupHeadingWords(calls: ToolCall[], t: ReturnType<typeof useTranslations<"toolCard">>) {
  return t(`groups.${groupKind(calls)}`, { count: calls.length });
}
