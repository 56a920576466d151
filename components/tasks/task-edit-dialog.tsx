"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/tasks/task-fields";
import { PRIORITIES, REPEATS, type RichChanges, type RichTask } from "./rich-task";
import { formChanges, formValues, type TaskFormValues } from "./task-form";
import { useClock } from "./time-zone";
import styles from "./task-edit-dialog.module.css";

interface TaskEditDialogProps {
  task: RichTask;
  onSave(id: number, changes: RichChanges): Promise<void>;
  onClose(): void;
}

/** The edit form of one task, in a modal (native <dialog>: focus is trapped, Escape closes). */
export function TaskEditDialog({ task, onSave, onClose }: TaskEditDialogProps) {
  const id = useId();
  const t = useTranslations("taskEdit");
  const tTasks = useTranslations("tasks");
  const tCommon = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const { timeZone } = useClock();
  const [values, setValues] = useState<TaskFormValues>(() => formValues(task, timeZone));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const set =
    <K extends keyof TaskFormValues>(key: K) =>
    (value: TaskFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const outcome = formChanges(task, values, timeZone);
    if ("problem" in outcome) {
      return setError(t(`problems.${outcome.problem}`, { tag: outcome.tag ?? "" }));
    }
    if (Object.keys(outcome.changes).length === 0) return onClose();
    setBusy(true);
    setError(undefined);
    try {
      await onSave(task.id, outcome.changes);
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t("saveFailed"));
      setBusy(false);
    }
  }

  const field = (name: string) => `${id}-${name}`;
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={field("heading")}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className={styles.form} onSubmit={submit} noValidate>
        <h2 id={field("heading")} className={styles.heading}>
          {t("heading", { id: task.id })}
        </h2>
        <label htmlFor={field("title")}>{t("title")}</label>
        <input
          id={field("title")}
          className="input"
          value={values.title}
          maxLength={TITLE_MAX}
          required
          autoFocus
          dir="auto"
          onChange={(e) => set("title")(e.target.value)}
        />
        <label htmlFor={field("description")}>{t("description")}</label>
        <textarea
          id={field("description")}
          className={`input ${styles.description}`}
          value={values.description}
          maxLength={DESCRIPTION_MAX}
          rows={3}
          dir="auto"
          onChange={(e) => set("description")(e.target.value)}
        />
        <div className={styles.pair}>
          <div className={styles.cell}>
            <label htmlFor={field("date")}>{t("date")}</label>
            <input
              id={field("date")}
              type="date"
              className="input"
              value={values.dueDate}
              onChange={(e) => set("dueDate")(e.target.value)}
            />
          </div>
          <div className={styles.cell}>
            <label htmlFor={field("time")}>{t("time")}</label>
            <input
              id={field("time")}
              type="time"
              className="input"
              value={values.dueTime}
              onChange={(e) => set("dueTime")(e.target.value)}
            />
          </div>
        </div>
        <div className={styles.pair}>
          <div className={styles.cell}>
            <label htmlFor={field("priority")}>{t("priority")}</label>
            <select
              id={field("priority")}
              className="input"
              value={values.priority}
              onChange={(e) => set("priority")(e.target.value as TaskFormValues["priority"])}
            >
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {p === "none" ? t("priorityNone") : tTasks(`priority.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.cell}>
            <label htmlFor={field("repeat")}>{t("repeat")}</label>
            <select
              id={field("repeat")}
              className="input"
              value={values.repeat}
              onChange={(e) => set("repeat")(e.target.value)}
            >
              {REPEATS.map((r) => (
                <option key={r.value} value={r.value}>
                  {tTasks(`repeat.${r.value || "none"}`)}
                </option>
              ))}
              {values.repeat === "custom" && (
                <option value="custom">{t("custom", { rule: task.recurrence ?? "" })}</option>
              )}
            </select>
          </div>
        </div>
        <label htmlFor={field("tags")}>{t("tags")}</label>
        <input
          id={field("tags")}
          className="input"
          value={values.tags}
          placeholder={t("tagsPlaceholder")}
          aria-describedby={field("tags-hint")}
          onChange={(e) => set("tags")(e.target.value)}
        />
        <p id={field("tags-hint")} className={styles.hint}>
          {t("tagsHint")}
        </p>
        <label htmlFor={field("remind")}>{t("reminder")}</label>
        <input
          id={field("remind")}
          type="datetime-local"
          className="input"
          value={values.remindAt}
          aria-describedby={field("zone")}
          onChange={(e) => set("remindAt")(e.target.value)}
        />
        <p id={field("zone")} className={styles.hint}>
          {t("zoneHint", { zone: timeZone.replaceAll("_", " ") })}
        </p>
        {error && (
          <p role="alert" className={styles.error}>
            {error}
          </p>
        )}
        <div className={styles.actions}>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {tCommon("cancel")}
          </button>
          <button type="submit" className="button" disabled={busy}>
            {tCommon("save")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
