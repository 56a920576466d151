"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { pageText } from "@/components/i18n/page-text";
import { fetchJson } from "@/components/ui/fetch-json";
import type { NewTaskInput } from "@/lib/tasks/task-fields";
import { FreshReads } from "./fresh-reads";
import type { RichChanges, RichTask } from "./rich-task";

const LIST_LIMIT = 500;

/**
 * The person's tasks through the task API, as the panel's current view asks for them
 * (`query`: the REST filters, e.g. `status=pending&due=today&sort=due`). Edits show at once
 * and are undone if the server refuses; after each edit, and when `refresh` is called (a chat
 * turn or an Undo changed them), the view is read again. A read that ran across a local edit
 * is dropped (`FreshReads`), so a stale list never overwrites an edit.
 */
export function useTasks(initial: RichTask[]) {
  const [tasks, setTasks] = useState(initial);
  const [query, setQuery] = useState(ALL_TASKS);
  // The tag filter's choices: every tag seen in any list read so far (adjusted while
  // rendering, React's pattern for state that follows other state).
  const [knownTags, setKnownTags] = useState(() => tagsOf(initial, []));
  const [tagsSeenIn, setTagsSeenIn] = useState(initial);
  if (tagsSeenIn !== tasks) {
    setTagsSeenIn(tasks);
    setKnownTags(tagsOf(tasks, knownTags));
  }
  const [error, setError] = useState<string>();
  const creating = useRef(false);
  const reads = useRef(new FreshReads());
  const queryRef = useRef(query);

  const refresh = useCallback(async (): Promise<void> => {
    do {
      const ticket = reads.current.startRead();
      try {
        const url = `/api/tasks?${queryRef.current}&limit=${LIST_LIMIT}`;
        const page = await fetchJson<{ tasks: RichTask[] }>(url, { cache: "no-store" });
        if (reads.current.isFresh(ticket)) setTasks(page.tasks);
      } catch (failure) {
        if (reads.current.isFresh(ticket)) setError(messageOf(failure));
      }
    } while (reads.current.takeReread());
  }, []);

  useEffect(() => {
    if (queryRef.current === query) return;
    queryRef.current = query;
    void refresh();
  }, [query, refresh]);

  /** Runs one local change: reads already running are dropped, and the view is read after it. */
  const edit = useCallback(
    async <T>(send: () => Promise<T>): Promise<T> => {
      reads.current.editStarted();
      try {
        const result = await send();
        setError(undefined);
        return result;
      } catch (failure) {
        setError(messageOf(failure));
        throw failure;
      } finally {
        reads.current.editEnded();
        void refresh();
      }
    },
    [refresh],
  );

  /** One create at a time: a double submit cannot make two tasks. */
  const create = useCallback(
    async (title: string): Promise<boolean> => {
      if (creating.current) return false;
      creating.current = true;
      try {
        const body: NewTaskInput = { title };
        const task = await edit(() =>
          fetchJson<RichTask>("/api/tasks", { method: "POST", json: body }),
        );
        setTasks((all) => [...all.filter((t) => t.id !== task.id), task]);
        return true;
      } catch {
        return false;
      } finally {
        creating.current = false;
      }
    },
    [edit],
  );

  const update = useCallback(
    async (id: number, changes: RichChanges) => {
      setTasks((all) => all.map((t) => (t.id === id ? { ...t, ...changes } : t)));
      const task = await edit(() =>
        fetchJson<RichTask>(`/api/tasks/${id}`, { method: "PATCH", json: changes }),
      );
      setTasks((all) => all.map((t) => (t.id === id ? task : t)));
    },
    [edit],
  );

  const remove = useCallback(
    async (id: number) => {
      setTasks((all) => all.filter((t) => t.id !== id));
      await edit(() => fetchJson<void>(`/api/tasks/${id}`, { method: "DELETE" })).catch(() => {});
    },
    [edit],
  );

  return {
    tasks,
    knownTags,
    query,
    setQuery,
    error,
    refresh,
    create,
    update,
    remove,
    clearError: () => setError(undefined),
  };
}

/** The query of the panel's first view: every task, as the page was rendered with. */
export const ALL_TASKS = "status=all";

/** The tags seen so far and those of `list`, sorted; the same array when nothing is new. */
function tagsOf(list: RichTask[], known: string[]): string[] {
  const seen = new Set(known);
  for (const task of list) for (const tag of task.tags ?? []) seen.add(tag);
  return seen.size === known.length ? known : [...seen].sort();
}

const messageOf = (failure: unknown) =>
  failure instanceof Error ? failure.message : pageText("somethingWrong");
