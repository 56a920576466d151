"use client";

import { useEffect, useId, useState } from "react";
import { useTaskLink } from "@/components/reminders/use-task-link";
import { Icon } from "@/components/ui/icons";
import { NewTaskForm } from "./new-task-form";
import type { RichTask } from "./rich-task";
import { TaskEditDialog } from "./task-edit-dialog";
import { TaskItem } from "./task-item";
import { useClock } from "./time-zone";
import type { useTasks } from "./use-tasks";
import { SORTS, VIEWS, groupTasks, viewQuery, type SortName, type ViewName } from "./views";
import styles from "./task-panel.module.css";

const SEARCH_DELAY_MS = 250;

/** The task list beside the chat: views, search, tag and order; complete, edit, delete, add. */
export function TaskPanel({ tasks: state }: { tasks: ReturnType<typeof useTasks> }) {
  const id = useId();
  const { timeZone, now } = useClock();
  const [view, setView] = useState<ViewName>("all");
  const [tag, setTag] = useState("");
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<SortName>("");
  const [editing, setEditing] = useState<RichTask>();
  const { setQuery } = state;
  // A reminder's notification links to its task: open its form.
  useTaskLink(setEditing);

  // Typing reads the list once the person pauses; a view, tag or order reads at once.
  const [typed, setTyped] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => {
    setQuery(viewQuery(view, { tag, search, sort }));
  }, [setQuery, view, tag, search, sort]);

  const current = VIEWS.find((v) => v.value === view)!;
  const groups = groupTasks(view, sort, state.tasks, now(), timeZone);
  const narrowed = tag || search;
  return (
    <div className={styles.panel}>
      <div className={styles.header}>
        <h2 id="tasks-heading" className={styles.heading}>
          Tasks
        </h2>
        <span className={styles.count}>
          {state.tasks.length} {state.tasks.length === 1 ? "task" : "tasks"}
          {narrowed ? " (filtered)" : ""}
        </span>
      </div>
      <div className={styles.tools}>
        <div className={styles.search}>
          <Icon name="search" size={14} />
          <input
            type="search"
            className={`input ${styles.searchInput}`}
            aria-label="Search tasks"
            placeholder="Search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <select
          className={`input ${styles.select}`}
          aria-label="Tag"
          value={tag}
          onChange={(event) => setTag(event.target.value)}
        >
          <option value="">All tags</option>
          {state.knownTags.map((name) => (
            <option key={name} value={name}>
              #{name}
            </option>
          ))}
        </select>
        <select
          className={`input ${styles.select}`}
          aria-label="Sort by"
          value={sort}
          onChange={(event) => setSort(event.target.value as SortName)}
        >
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.filters} role="group" aria-label="Show">
        {VIEWS.map((v) => (
          <button
            key={v.value}
            type="button"
            className={styles.filter}
            aria-pressed={view === v.value}
            onClick={() => setView(v.value)}
          >
            {v.label}
          </button>
        ))}
      </div>
      <NewTaskForm onCreate={state.create} />
      {state.error && (
        <p role="alert" className={styles.error}>
          {state.error}
        </p>
      )}
      <div className={styles.list}>
        {state.tasks.length === 0 ? (
          <p className={styles.empty}>
            {narrowed ? "No tasks match the search or tag." : current.empty}
          </p>
        ) : (
          groups.map((group) => (
            <section
              key={group.key}
              aria-labelledby={group.heading ? `${id}-${group.key}` : undefined}
            >
              {group.heading && (
                <h3 id={`${id}-${group.key}`} className={styles.groupHeading}>
                  {group.heading}
                </h3>
              )}
              <ul
                className={styles.items}
                aria-label={group.heading ? undefined : `${current.label} tasks`}
                aria-labelledby={group.heading ? `${id}-${group.key}` : undefined}
              >
                {group.tasks.map((task) => (
                  <TaskItem
                    key={task.id}
                    task={task}
                    onUpdate={state.update}
                    onRemove={state.remove}
                    onEdit={setEditing}
                  />
                ))}
              </ul>
            </section>
          ))
        )}
      </div>
      {editing && (
        <TaskEditDialog
          key={editing.id}
          task={editing}
          onSave={state.update}
          onClose={() => setEditing(undefined)}
        />
      )}
    </div>
  );
}
