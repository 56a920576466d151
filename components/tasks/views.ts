import { addDays, todayIn } from "@/lib/time/zoned-time";
import { dayLabel } from "./due-format";
import type { RichTask } from "./rich-task";

/**
 * The task panel's views, each a REST query (CONTRACT.md "Rich tasks": filters). Their names
 * and empty-list sentences are messages (tasks.views.*, tasks.empty.* in messages/).
 */
export const VIEWS = [
  {
    value: "today",
    filters: { status: "pending", due: "today" },
  },
  {
    value: "upcoming",
    filters: { status: "pending", due: "upcoming" },
  },
  {
    value: "pending",
    filters: { status: "pending" },
  },
  {
    value: "all",
    filters: { status: "all" },
  },
  {
    value: "completed",
    filters: { status: "completed" },
  },
] as const;

export type ViewName = (typeof VIEWS)[number]["value"];

/** The orders; names are messages (tasks.sorts.*, "default" for the empty value). */
export const SORTS = [
  { value: "" },
  { value: "number" },
  { value: "due" },
  { value: "priority" },
  { value: "created" },
  { value: "title" },
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

/** The interface's language and its words for the fixed group headings. */
export interface GroupWords {
  locale: string;
  overdue: string;
  today: string;
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
  words: GroupWords = { locale: "en", overdue: "Overdue", today: "Today" },
): TaskGroup[] {
  const today = todayIn(timeZone, now);
  const dated = !sort || sort === "due";
  if (view === "today" && dated) {
    const overdue = tasks.filter((t) => t.due_date && t.due_date < today);
    const rest = tasks.filter((t) => !overdue.includes(t));
    return [
      { key: "overdue", heading: words.overdue, tasks: overdue },
      { key: "today", heading: words.today, tasks: rest },
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
      heading: dayLabel(day, today, words.locale),
      tasks: list,
    }));
  }
  return [{ key: "all", tasks }];
}
