import { describe, expect, it } from "vitest";
import { groupHeading, layoutParts, type ToolPartView } from "./tool-groups";

type Part = { text: string } | ToolPartView;
const toolOf = (part: Part) => ("name" in part ? part : undefined);
const added = (id: number): ToolPartView => ({
  name: "add_task",
  output: { task_id: id, status: "created", title: `Task ${id}` },
  finished: true,
});
const list: ToolPartView = { name: "list_tasks", output: { tasks: [], total: 0 }, finished: true };
const answer = { text: "Done." };

describe("the layout of an answer", () => {
  it("groups consecutive changes of one turn into one card", () => {
    const layout = layoutParts<Part>([added(1), added(2), added(3), answer], toolOf);
    expect(layout).toEqual([
      { kind: "changes", parts: [added(1), added(2), added(3)], heading: "Added 3 tasks" },
      { kind: "part", part: answer, lookup: false },
    ]);
  });

  it("keeps one change as its own card", () => {
    expect(layoutParts<Part>([added(1), answer], toolOf)[0]).toEqual({
      kind: "part",
      part: added(1),
      lookup: false,
    });
  });

  it("shows a list followed by another call as a lookup, and the last list as the answer", () => {
    const complete: ToolPartView = {
      name: "complete_task",
      output: { task_id: 2, status: "completed", title: "Milk" },
      finished: true,
    };
    expect(
      layoutParts<Part>([list, complete, answer], toolOf).map((l) => l.kind === "part" && l.lookup),
    ).toEqual([true, false, false]);
    // A failed lookup: the whole list, then the search for the words; only the search shows rows.
    const search = { ...list, output: { tasks: [], total: 0 } };
    const layout = layoutParts<Part>([list, search, answer], toolOf);
    expect(layout.map((l) => l.kind === "part" && l.lookup)).toEqual([true, false, false]);
  });

  it("heads a mixed group by its count", () => {
    const deleted: ToolPartView = {
      name: "delete_task",
      output: { task_id: 4, status: "deleted", title: "x" },
      finished: true,
    };
    expect(groupHeading([added(1), deleted])).toBe("2 changes");
    expect(groupHeading([deleted, deleted])).toBe("Deleted 2 tasks");
  });
});
