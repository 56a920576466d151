"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { DialogFooter, ModalDialog } from "@/components/ui/modal-dialog";
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

/** The edit form of one task, in a modal (Escape closes). */
export function TaskEditDialog({ task, onSave, onClose }: TaskEditDialogProps) {
  const id = useId();
  const t = useTranslations("taskEdit");
  const tTasks = useTranslations("tasks");
  const tCommon = useTranslations("common");
  const { timeZone } = useClock();
  const [values, setValues] = useState<TaskFormValues>(() => formValues(task, timeZone));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

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
  /** A control's id (its label's target), its value and its change, for one form value. */
  const bind = <K extends keyof TaskFormValues>(key: K) => ({
    id: field(key),
    value: values[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValues((current) => ({ ...current, [key]: event.target.value })),
  });
  return (
    <ModalDialog className={styles.dialog} aria-labelledby={field("heading")} onCancel={onClose}>
      <form className={styles.form} onSubmit={submit} noValidate>
        <h2 id={field("heading")} className={styles.heading}>
          {t("heading", { id: task.id })}
        </h2>
        <label htmlFor={field("title")}>{t("title")}</label>
        <input
          className="input"
          maxLength={TITLE_MAX}
          required
          autoFocus
          dir="auto"
          {...bind("title")}
        />
        <label htmlFor={field("description")}>{t("description")}</label>
        <textarea
          className={`input ${styles.description}`}
          maxLength={DESCRIPTION_MAX}
          rows={3}
          dir="auto"
          {...bind("description")}
        />
        <div className={styles.pair}>
          <Cell label={t("date")} htmlFor={field("dueDate")}>
            <input type="date" className="input" {...bind("dueDate")} />
          </Cell>
          <Cell label={t("time")} htmlFor={field("dueTime")}>
            <input type="time" className="input" {...bind("dueTime")} />
          </Cell>
        </div>
        <div className={styles.pair}>
          <Cell label={t("priority")} htmlFor={field("priority")}>
            <select className="input" {...bind("priority")}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {p === "none" ? t("priorityNone") : tTasks(`priority.${p}`)}
                </option>
              ))}
            </select>
          </Cell>
          <Cell label={t("repeat")} htmlFor={field("repeat")}>
            <select className="input" {...bind("repeat")}>
              {REPEATS.map((r) => (
                <option key={r.value} value={r.value}>
                  {tTasks(`repeat.${r.value || "none"}`)}
                </option>
              ))}
              {values.repeat === "custom" && (
                <option value="custom">{t("custom", { rule: task.recurrence ?? "" })}</option>
              )}
            </select>
          </Cell>
        </div>
        <label htmlFor={field("tags")}>{t("tags")}</label>
        <input
          className="input"
          placeholder={t("tagsPlaceholder")}
          aria-describedby={field("tags-hint")}
          {...bind("tags")}
        />
        <p id={field("tags-hint")} className={styles.hint}>
          {t("tagsHint")}
        </p>
        <label htmlFor={field("remindAt")}>{t("reminder")}</label>
        <input
          type="datetime-local"
          className="input"
          aria-describedby={field("zone")}
          {...bind("remindAt")}
        />
        <p id={field("zone")} className={styles.hint}>
          {t("zoneHint", { zone: timeZone.replaceAll("_", " ") })}
        </p>
        <DialogFooter error={error} onCancel={onClose} classes={styles}>
          <button type="submit" className="button" disabled={busy}>
            {tCommon("save")}
          </button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}

/** One half of a pair of fields (date and time, priority and repeat): its label above it. */
function Cell({
  label,
  htmlFor,
  children,
}: {
  label: string;
  htmlFor: string;
  children: ReactNode;
}) {
  return (
    <div className={styles.cell}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}
