"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Icon } from "@/components/ui/icons";
import { InlineEdit } from "@/components/ui/inline-edit";
import { RenameDeleteActions } from "@/components/ui/rename-delete-actions";
import { dueChip } from "./due-format";
import { REPEATS, repeatPreset, type RichChanges, type RichTask } from "./rich-task";
import { useClock } from "./time-zone";
import styles from "./task-panel.module.css";

interface TaskItemProps {
  task: RichTask;
  onUpdate(id: number, changes: RichChanges): Promise<void>;
  onRemove(id: number): Promise<void>;
  onEdit(task: RichTask): void;
}

/**
 * One row: check, number, title (a button that opens the edit form), and a line of what the
 * task holds — due chip, priority, tags, repeat, reminder. The rename and delete buttons float
 * over the row's end, so they take no width from the title.
 */
export function TaskItem({ task, onUpdate, onRemove, onEdit }: TaskItemProps) {
  const t = useTranslations("tasks");
  const [renaming, setRenaming] = useState(false);
  return (
    <li className={styles.task} data-completed={task.completed || undefined}>
      <input
        type="checkbox"
        className={styles.check}
        checked={task.completed}
        aria-label={t(task.completed ? "checkDone" : "checkPending", {
          id: task.id,
          title: task.title,
        })}
        onChange={(event) =>
          void onUpdate(task.id, { completed: event.target.checked }).catch(() => {})
        }
      />
      <span className={styles.number} aria-hidden="true">
        #{task.id}
      </span>
      <div className={styles.body}>
        {renaming ? (
          <InlineEdit
            className={styles.edit}
            initial={task.title}
            label={t("titleOf", { id: task.id })}
            maxLength={200}
            onSave={(title) => onUpdate(task.id, { title })}
            onDone={() => setRenaming(false)}
          />
        ) : (
          <button
            type="button"
            className={styles.title}
            aria-label={t("editLabel", { id: task.id, title: task.title })}
            dir="auto"
            onClick={() => onEdit(task)}
          >
            {task.title}
          </button>
        )}
        <TaskMeta task={task} />
      </div>
      {!renaming && (
        <RenameDeleteActions
          className={styles.actions}
          itemLabel={t("item", { id: task.id })}
          onRename={() => setRenaming(true)}
          onDelete={() => void onRemove(task.id)}
        />
      )}
    </li>
  );
}

/**
 * The chips under a title; nothing when the task holds only a title. The chat's list cards
 * show the same chips.
 */
export function TaskMeta({
  task,
}: {
  task: Pick<
    RichTask,
    "completed" | "due_date" | "due_time" | "priority" | "tags" | "recurrence" | "remind_at"
  >;
}) {
  const t = useTranslations("tasks");
  const locale = useLocale();
  const { timeZone, now } = useClock();
  const due = dueChip(task, now(), timeZone, locale);
  const priority = task.priority && task.priority !== "none" ? task.priority : null;
  const tags = task.tags ?? [];
  if (!due && !priority && tags.length === 0 && !task.recurrence && !task.remind_at) return null;
  return (
    <span className={styles.meta}>
      {due && (
        <span className={styles.chip} data-overdue={due.overdue || undefined}>
          {due.overdue && <span className="visually-hidden">{t("overdue")}</span>}
          {due.label}
        </span>
      )}
      {priority && (
        <span className={styles.priority} data-priority={priority}>
          <Icon name="flag" size={12} />
          {t(`priority.${priority}`)}
        </span>
      )}
      {tags.map((tag) => (
        <span key={tag} className={styles.tag}>
          #{tag}
        </span>
      ))}
      {task.recurrence && (
        <span className={styles.icon} role="img" aria-label={repeatLabel(task.recurrence, t)}>
          <Icon name="repeat" size={13} />
        </span>
      )}
      {task.remind_at && (
        <span className={styles.icon} role="img" aria-label={t("hasReminder")}>
          <Icon name="bell" size={13} />
        </span>
      )}
    </span>
  );
}

/** "Repeats daily", "Repeats (FREQ=WEEKLY;INTERVAL=2)": the repeat icon's name, in the interface language. */
function repeatLabel(rule: string, t: ReturnType<typeof useTranslations<"tasks">>): string {
  const preset = REPEATS.find((r) => r.value === repeatPreset(rule));
  return preset
    ? t("repeats", { rule: t(`repeat.${preset.value || "none"}`).toLocaleLowerCase() })
    : t("repeatsCustom", { rule });
}
