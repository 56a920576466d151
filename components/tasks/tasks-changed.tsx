"use client";

import { createContext, useContext } from "react";

/**
 * Tells the task panel that tasks changed outside it (an Undo on a tool card), so it reads
 * its view again. Outside a chat page, nothing listens.
 */
export const TasksChangedContext = createContext<() => void>(() => {});

export const useTasksChanged = () => useContext(TasksChangedContext);
