import { describe, expect, it } from "vitest";
import { suiteApp } from "../support/app-server";
import { createThread, ISO_DATE, signUpWithChatKit, userInput, UUID } from "../support/chatkit";

// The ChatKit protocol's JSON requests: threads and items, their pages and cursors,
// renaming, deleting, feedback, and another user's thread.

const app = suiteApp();

const newUser = () => signUpWithChatKit(app.url);

/**
 * Feedback has no read path in the API, so its rows are read from the database: only on
 * the Postgres server (a running server holds PGlite), else undefined, saying so.
 */
async function feedbackRows(text: string, params: unknown[]) {
  if (!app.database.url) {
    console.warn("[tests] no TEST_DATABASE_URL: feedback rows not read");
    return undefined;
  }
  return app.database.query(text, params);
}

const threadShape = (id: string, title: string) => ({
  id,
  title,
  created_at: expect.stringMatching(ISO_DATE),
  status: { type: "active" },
  metadata: {},
  items: { data: [], has_more: false, after: null },
});

describe("threads.get_by_id", () => {
  it("answers the thread with its first page of items, oldest first", async () => {
    const { chatKit } = await newUser();
    const id = await createThread(chatKit, "Add a task to buy milk");
    const answer = await chatKit({ type: "threads.get_by_id", params: { thread_id: id } });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/);
    const thread = answer.json;
    expect(Object.keys(thread).sort()).toEqual(
      ["created_at", "id", "items", "metadata", "status", "title"].sort(),
    );
    expect(thread).toMatchObject({
      id,
      // Named after the task it added (topic titles).
      title: "Milk",
      status: { type: "active" },
    });
    expect(thread.items.has_more).toBe(false);
    expect(thread.items.after).toBeNull();
    const [userItem, widget, assistant] = thread.items.data;
    expect(thread.items.data).toHaveLength(3);
    expect(userItem).toEqual({
      type: "user_message",
      id: expect.stringMatching(UUID),
      thread_id: id,
      created_at: expect.stringMatching(ISO_DATE),
      content: [{ type: "input_text", text: "Add a task to buy milk" }],
      attachments: [],
      inference_options: {},
    });
    expect(widget).toMatchObject({ type: "widget", id: `${assistant.id}:tools`, thread_id: id });
    expect(assistant).toEqual({
      type: "assistant_message",
      id: expect.stringMatching(UUID),
      thread_id: id,
      created_at: expect.stringMatching(ISO_DATE),
      content: [{ type: "output_text", text: 'Added task #1: "Buy milk".', annotations: [] }],
    });
  });
});

describe("threads.list", () => {
  it("pages threads newest first (or oldest first with asc), following `after`", async () => {
    const { chatKit } = await newUser();
    const ids = [];
    for (const text of ["first", "second", "third"]) ids.push(await createThread(chatKit, text));

    const page1 = await chatKit({ type: "threads.list", params: { limit: 2, order: "desc" } });
    expect(page1.status).toBe(200);
    expect(page1.json).toEqual({
      data: [threadShape(ids[2]!, "third"), threadShape(ids[1]!, "second")],
      has_more: true,
      after: ids[1],
    });
    const page2 = await chatKit({
      type: "threads.list",
      params: { limit: 2, order: "desc", after: page1.json.after },
    });
    expect(page2.json).toEqual({
      data: [threadShape(ids[0]!, "first")],
      has_more: false,
      after: null,
    });

    const asc = await chatKit({ type: "threads.list", params: { limit: 2, order: "asc" } });
    expect(asc.json.data.map((t: any) => t.id)).toEqual([ids[0], ids[1]]);
    const ascRest = await chatKit({
      type: "threads.list",
      params: { limit: 2, order: "asc", after: asc.json.after },
    });
    expect(ascRest.json.data.map((t: any) => t.id)).toEqual([ids[2]]);

    // Defaults: newest first, one page.
    const all = await chatKit({ type: "threads.list", params: {} });
    expect(all.json.data.map((t: any) => t.id)).toEqual([...ids].reverse());
    expect(all.json.has_more).toBe(false);

    // A thread with a new message moves to the top.
    await chatKit({
      type: "threads.add_user_message",
      params: { thread_id: ids[0], input: userInput("hello again") },
    });
    const after = await chatKit({ type: "threads.list", params: { limit: 1 } });
    expect(after.json.data[0].id).toBe(ids[0]);

    const bad = await chatKit({ type: "threads.list", params: { after: "not-a-cursor" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe("params.after");
  });
});

describe("items.list", () => {
  it("pages items newest first by default, and oldest first with asc, without gaps or repeats", async () => {
    const { chatKit } = await newUser();
    const id = await createThread(chatKit, "Add a task to call the bank");
    await chatKit({
      type: "threads.add_user_message",
      params: { thread_id: id, input: userInput("hello") },
    });
    const all = await chatKit({ type: "items.list", params: { thread_id: id, order: "asc" } });
    expect(all.json.has_more).toBe(false);
    expect(all.json.after).toBeNull();
    const ascIds = all.json.data.map((i: any) => i.id);
    expect(all.json.data.map((i: any) => i.type)).toEqual([
      "user_message",
      "widget",
      "assistant_message",
      "user_message",
      "assistant_message",
    ]);

    for (const order of ["asc", "desc"] as const) {
      for (const limit of [1, 2, 3]) {
        const seen: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 10; page++) {
          const params: Record<string, unknown> = { thread_id: id, limit };
          if (order === "asc") params.order = "asc";
          if (after) params.after = after;
          const answer = await chatKit({ type: "items.list", params });
          expect(answer.status).toBe(200);
          expect(answer.json.data.length).toBeLessThanOrEqual(limit);
          seen.push(...answer.json.data.map((i: any) => i.id));
          if (!answer.json.has_more) {
            expect(answer.json.after).toBeNull();
            break;
          }
          expect(answer.json.after).toBe(answer.json.data.at(-1).id);
          after = answer.json.after;
        }
        expect(seen, `${order} ${limit}`).toEqual(order === "asc" ? ascIds : [...ascIds].reverse());
      }
    }
  });
});

describe("threads.update and threads.delete", () => {
  it("renames a thread, seen by our own API too", async () => {
    const { chatKit, api } = await newUser();
    const id = await createThread(chatKit, "hello");
    const answer = await chatKit({
      type: "threads.update",
      params: { thread_id: id, title: "  Groceries  " },
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(threadShape(id, "Groceries"));
    expect((await api("GET", `/api/conversations/${id}`)).json.title).toBe("Groceries");
    const blank = await chatKit({ type: "threads.update", params: { thread_id: id, title: " " } });
    expect(blank.status).toBe(400);
    expect(blank.json.error.field).toBe("params.title");
  });

  it("deletes a thread and its items", async () => {
    const { chatKit, api } = await newUser();
    const id = await createThread(chatKit, "hello");
    const answer = await chatKit({ type: "threads.delete", params: { thread_id: id } });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({});
    const gone = await chatKit({ type: "threads.get_by_id", params: { thread_id: id } });
    expect(gone.status).toBe(404);
    expect((await api("GET", `/api/conversations/${id}/messages`)).status).toBe(404);
    const again = await chatKit({ type: "threads.delete", params: { thread_id: id } });
    expect(again.status).toBe(404);
  });
});

describe("items.feedback", () => {
  it("stores the user's feedback on items, replacing an earlier verdict", async () => {
    const { user, chatKit } = await newUser();
    const id = await createThread(chatKit, "Add a task to buy bread");
    const items = (await chatKit({ type: "items.list", params: { thread_id: id, order: "asc" } }))
      .json.data;
    const assistant = items.find((i: any) => i.type === "assistant_message");
    const widget = items.find((i: any) => i.type === "widget");
    const positive = await chatKit({
      type: "items.feedback",
      params: { thread_id: id, item_ids: [assistant.id], kind: "positive" },
      metadata: {},
    });
    expect(positive.status).toBe(200);
    expect(positive.json).toEqual({});
    // The widget belongs to the same answer: one verdict per message.
    const negative = await chatKit({
      type: "items.feedback",
      params: { thread_id: id, item_ids: [widget.id], kind: "negative" },
    });
    expect(negative.json).toEqual({});

    const unknown = await chatKit({
      type: "items.feedback",
      params: { thread_id: id, item_ids: [assistant.id, crypto.randomUUID()], kind: "positive" },
    });
    expect(unknown.status).toBe(404);
    const badKind = await chatKit({
      type: "items.feedback",
      params: { thread_id: id, item_ids: [assistant.id], kind: "meh" },
    });
    expect(badKind.status).toBe(400);
    expect(badKind.json.error.field).toBe("params.kind");

    const rows = await feedbackRows(
      "select message_id, user_id, kind from message_feedback where user_id = $1",
      [user.id],
    );
    if (rows)
      expect(rows).toEqual([{ message_id: assistant.id, user_id: user.id, kind: "negative" }]);
  });
});

describe("another user's thread", () => {
  it("is not found for every request type, and nothing changes", async () => {
    const owner = await newUser();
    const id = await createThread(owner.chatKit, "Add a task to hide this");
    const items = (
      await owner.chatKit({ type: "items.list", params: { thread_id: id, order: "asc" } })
    ).json.data;
    const userItemId = items[0].id;
    const assistantId = items.at(-1).id;

    const other = await newUser();
    const requests = [
      { type: "threads.get_by_id", params: { thread_id: id } },
      { type: "items.list", params: { thread_id: id } },
      { type: "threads.update", params: { thread_id: id, title: "mine now" } },
      { type: "threads.delete", params: { thread_id: id } },
      { type: "threads.add_user_message", params: { thread_id: id, input: userInput("hi") } },
      { type: "threads.retry_after_item", params: { thread_id: id, item_id: userItemId } },
      {
        type: "items.feedback",
        params: { thread_id: id, item_ids: [assistantId], kind: "negative" },
      },
    ];
    for (const request of requests) {
      const answer = await other.chatKit(request);
      expect(answer.status, request.type).toBe(404);
      expect(answer.json).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
    }
    // Nor can another user's item be named in their own thread.
    const ownId = await createThread(other.chatKit, "hello");
    const foreignItem = await other.chatKit({
      type: "items.feedback",
      params: { thread_id: ownId, item_ids: [assistantId], kind: "negative" },
    });
    expect(foreignItem.status).toBe(404);
    expect((await other.chatKit({ type: "threads.list", params: {} })).json.data).toHaveLength(1);

    const after = await owner.chatKit({ type: "threads.get_by_id", params: { thread_id: id } });
    expect(after.json.title).toBe("Hide this");
    expect(after.json.items.data.map((i: any) => i.id)).toEqual(items.map((i: any) => i.id));

    // Feedback has no read path in the API: the refused verdicts must not be stored.
    const rows = await feedbackRows("select user_id from message_feedback where message_id = $1", [
      assistantId,
    ]);
    if (rows) expect(rows).toEqual([]);
  });
});
