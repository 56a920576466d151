"use client";

import { useState } from "react";
import type { Task } from "@/lib/tasks/task";
import type { TaskStatusFilter } from "@/lib/tasks/task-fields";
import { NewTaskForm } from "./new-task-form";
import { TaskItem } from "./task-item";
import styles from "./task-panel.module.css";
import type { useTasks } from "./use-tasks";

type Filter = TaskStatusFilter;

const FILTERS: { value: Filter; label: string; keep(task: Task): boolean }[] = [
  { value: "all", label: "All", keep: () => true },
  { value: "pending", label: "Pending", keep: (t) => !t.completed },
  { value: "completed", label: "Completed", keep: (t) => t.completed },
];

const EMPTY: Record<Filter, string> = {
  all: "No tasks yet. Add one here or ask in the chat.",
  pending: "Nothing pending. 🎉",
  completed: "No completed tasks yet.",
};

/** The task list beside the chat: filter, complete, rename, delete, add. */
export function TaskPanel({ tasks: state }: { tasks: ReturnType<typeof useTasks> }) {
  const [filter, setFilter] = useState<Filter>("all");
  const current = FILTERS.find((f) => f.value === filter)!;
  const shown = state.tasks.filter(current.keep);
  return (
    <div className={styles.panel}>
      <div className={styles.header}>
        <h2 id="tasks-heading" className={styles.heading}>
          Tasks
        </h2>
        <span className={styles.count}>
          {state.tasks.filter((t) => !t.completed).length} pending
        </span>
      </div>
      <div className={styles.filters} role="group" aria-label="Show">
        {FILTERS.map((f) => (
          <button
            key={f.value}
            type="button"
            className={styles.filter}
            aria-pressed={filter === f.value}
            onClick={() => setFilter(f.value)}
          >
            {f.label}{" "}
            <span className={styles.filterCount}>{state.tasks.filter(f.keep).length}</span>
          </button>
        ))}
      </div>
      <NewTaskForm onCreate={state.create} />
      {state.error && (
        <p role="alert" className={styles.error}>
          {state.error}
        </p>
      )}
      {shown.length === 0 ? (
        <p className={styles.empty}>{EMPTY[filter]}</p>
      ) : (
        <ul className={styles.list} aria-label={`${current.label} tasks`}>
          {shown.map((task) => (
            <TaskItem key={task.id} task={task} onUpdate={state.update} onRemove={state.remove} />
          ))}
        </ul>
      )}
    </div>
  );
}
