"use client";

import { useCallback, useRef, useState } from "react";
import { fetchJson } from "@/components/ui/fetch-json";
import type { Task } from "@/lib/tasks/task";
import type { NewTaskInput, TaskChanges } from "@/lib/tasks/task-fields";

const LIST_URL = "/api/tasks?status=all&limit=500";

/**
 * The person's tasks through the task API. Edits show at once and are undone if the
 * server refuses; `refresh` re-reads after a chat turn changed them.
 */
export function useTasks(initial: Task[]) {
  const [tasks, setTasks] = useState(initial);
  const [error, setError] = useState<string>();
  const creating = useRef(false);

  const refresh = useCallback(async () => {
    try {
      const page = await fetchJson<{ tasks: Task[] }>(LIST_URL, { cache: "no-store" });
      setTasks(page.tasks);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, []);

  /** One create at a time: a double submit cannot make two tasks. */
  const create = useCallback(async (title: string): Promise<boolean> => {
    if (creating.current) return false;
    creating.current = true;
    try {
      const body: NewTaskInput = { title };
      const task = await fetchJson<Task>("/api/tasks", { method: "POST", json: body });
      setTasks((all) => [...all.filter((t) => t.id !== task.id), task]);
      setError(undefined);
      return true;
    } catch (failure) {
      setError(messageOf(failure));
      return false;
    } finally {
      creating.current = false;
    }
  }, []);

  const update = useCallback(
    async (id: number, changes: TaskChanges) => {
      setTasks((all) => all.map((t) => (t.id === id ? { ...t, ...changes } : t)));
      try {
        const task = await fetchJson<Task>(`/api/tasks/${id}`, { method: "PATCH", json: changes });
        setTasks((all) => all.map((t) => (t.id === id ? task : t)));
        setError(undefined);
      } catch (failure) {
        setError(messageOf(failure));
        await refresh();
        throw failure;
      }
    },
    [refresh],
  );

  const remove = useCallback(
    async (id: number) => {
      setTasks((all) => all.filter((t) => t.id !== id));
      try {
        await fetchJson<void>(`/api/tasks/${id}`, { method: "DELETE" });
        setError(undefined);
      } catch (failure) {
        setError(messageOf(failure));
        await refresh();
      }
    },
    [refresh],
  );

  return { tasks, error, refresh, create, update, remove, clearError: () => setError(undefined) };
}

const messageOf = (failure: unknown) =>
  failure instanceof Error ? failure.message : "Something went wrong.";
