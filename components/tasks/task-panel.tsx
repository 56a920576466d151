"use client";

import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations("tasks");
  const locale = useLocale();
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
  const groups = groupTasks(view, sort, state.tasks, now(), timeZone, {
    locale,
    overdue: t("groups.overdue"),
    today: t("groups.today"),
  });
  const narrowed = tag || search;
  return (
    <div className={styles.panel}>
      <div className={styles.header}>
        <h2 id="tasks-heading" className={styles.heading}>
          {t("heading")}
        </h2>
        <span className={styles.count}>
          {t("count", { count: state.tasks.length })}
          {narrowed ? ` ${t("filtered")}` : ""}
        </span>
      </div>
      <div className={styles.tools}>
        <div className={styles.search}>
          <Icon name="search" size={14} />
          <input
            type="search"
            className={`input ${styles.searchInput}`}
            aria-label={t("search")}
            placeholder={t("searchPlaceholder")}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <select
          className={`input ${styles.select}`}
          aria-label={t("tag")}
          value={tag}
          onChange={(event) => setTag(event.target.value)}
        >
          <option value="">{t("allTags")}</option>
          {state.knownTags.map((name) => (
            <option key={name} value={name}>
              #{name}
            </option>
          ))}
        </select>
        <select
          className={`input ${styles.select}`}
          aria-label={t("sortBy")}
          value={sort}
          onChange={(event) => setSort(event.target.value as SortName)}
        >
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {t(`sorts.${s.value || "default"}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.filters} role="group" aria-label={t("show")}>
        {VIEWS.map((v) => (
          <button
            key={v.value}
            type="button"
            className={styles.filter}
            aria-pressed={view === v.value}
            onClick={() => setView(v.value)}
          >
            {t(`views.${v.value}`)}
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
          <p className={styles.empty}>{narrowed ? t("noMatch") : t(`empty.${current.value}`)}</p>
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
                aria-label={
                  group.heading ? undefined : t("listLabel", { view: t(`views.${current.value}`) })
                }
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
