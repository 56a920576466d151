import { addDays, dayLabel, zonedNow } from "./due-format";
import type { RichTask } from "./rich-task";

/** The task panel's views, each a REST query (CONTRACT.md "Rich tasks": filters). */
export const VIEWS = [
  {
    value: "today",
    label: "Today",
    filters: { status: "pending", due: "today" },
    empty: "Nothing due today.",
  },
  {
    value: "upcoming",
    label: "Upcoming",
    filters: { status: "pending", due: "upcoming" },
    empty: "Nothing due in the next 7 days.",
  },
  {
    value: "pending",
    label: "Pending",
    filters: { status: "pending" },
    empty: "Nothing pending. 🎉",
  },
  {
    value: "all",
    label: "All",
    filters: { status: "all" },
    empty: "No tasks yet. Add one here or ask in the chat.",
  },
  {
    value: "completed",
    label: "Completed",
    filters: { status: "completed" },
    empty: "No completed tasks yet.",
  },
] as const;

export type ViewName = (typeof VIEWS)[number]["value"];

export const SORTS = [
  { value: "", label: "Default order" },
  { value: "number", label: "Number" },
  { value: "due", label: "Due date" },
  { value: "priority", label: "Priority" },
  { value: "created", label: "Created" },
  { value: "title", label: "Title" },
] as const;

export type SortName = (typeof SORTS)[number]["value"];

export interface Narrowing {
  tag: string;
  search: string;
  sort: SortName;
}

/** Dated views read earliest first unless the person picks another order. */
const defaultSort = (view: ViewName): SortName =>
  view === "today" || view === "upcoming" ? "due" : "";

/** The `GET /api/tasks` query of a view: "status=pending&due=today&sort=due&tag=work". */
export function viewQuery(view: ViewName, { tag, search, sort }: Narrowing): string {
  const params = new URLSearchParams(VIEWS.find((v) => v.value === view)!.filters);
  const order = sort || defaultSort(view);
  if (order && order !== "number") params.set("sort", order);
  if (tag) params.set("tag", tag);
  if (search.trim()) params.set("q", search.trim());
  return params.toString();
}

export interface TaskGroup {
  key: string;
  /** Shown above the group; none for a flat list. */
  heading?: string;
  tasks: RichTask[];
}

/**
 * Today splits into Overdue (an earlier day) and Today; Upcoming is grouped by day when it
 * reads in date order. Other views are one list.
 */
export function groupTasks(
  view: ViewName,
  sort: SortName,
  tasks: RichTask[],
  now: Date,
  timeZone: string,
): TaskGroup[] {
  const today = zonedNow(now, timeZone).date;
  const dated = !sort || sort === "due";
  if (view === "today" && dated) {
    const overdue = tasks.filter((t) => t.due_date && t.due_date < today);
    const rest = tasks.filter((t) => !overdue.includes(t));
    return [
      { key: "overdue", heading: "Overdue", tasks: overdue },
      { key: "today", heading: "Today", tasks: rest },
    ].filter((g) => g.tasks.length > 0);
  }
  if (view === "upcoming" && dated) {
    const groups = new Map<string, RichTask[]>();
    for (const task of tasks) {
      const day = task.due_date ?? addDays(today, 1);
      groups.set(day, [...(groups.get(day) ?? []), task]);
    }
    return [...groups].map(([day, list]) => ({
      key: day,
      heading: dayLabel(day, today),
      tasks: list,
    }));
  }
  return [{ key: "all", tasks }];
}
