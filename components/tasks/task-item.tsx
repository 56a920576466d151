"use client";

import { useState } from "react";
import { InlineEdit } from "@/components/ui/inline-edit";
import type { Task } from "@/lib/tasks/task";
import type { TaskChanges } from "@/lib/tasks/task-fields";
import styles from "./task-panel.module.css";
import { RenameDeleteActions } from "@/components/ui/rename-delete-actions";

interface TaskItemProps {
  task: Task;
  onUpdate(id: number, changes: TaskChanges): Promise<void>;
  onRemove(id: number): Promise<void>;
}

export function TaskItem({ task, onUpdate, onRemove }: TaskItemProps) {
  const [editing, setEditing] = useState(false);
  return (
    <li className={styles.task} data-completed={task.completed || undefined}>
      <input
        type="checkbox"
        className={styles.check}
        checked={task.completed}
        aria-label={`#${task.id} ${task.title}: ${task.completed ? "completed" : "mark as completed"}`}
        onChange={(event) =>
          void onUpdate(task.id, { completed: event.target.checked }).catch(() => {})
        }
      />
      <span className={styles.number} aria-hidden="true">
        #{task.id}
      </span>
      {editing ? (
        <InlineEdit
          className={styles.edit}
          initial={task.title}
          label={`Title of task #${task.id}`}
          maxLength={200}
          onSave={(title) => onUpdate(task.id, { title })}
          onDone={() => setEditing(false)}
        />
      ) : (
        <span className={styles.title} onDoubleClick={() => setEditing(true)}>
          {task.title}
        </span>
      )}
      {!editing && (
        <RenameDeleteActions
          className={styles.actions}
          itemLabel={`task #${task.id}`}
          onRename={() => setEditing(true)}
          onDelete={() => void onRemove(task.id)}
        />
      )}
    </li>
  );
}
