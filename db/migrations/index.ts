import type { Migration } from "kysely/migration";
import * as m0001 from "./0001_tasks_and_chat";
import * as m0002 from "./0002_message_feedback";
import * as m0003 from "./0003_quota_index";
import * as m0004 from "./0004_usage_ledgers";
import * as m0005 from "./0005_rich_tasks";
import * as m0006 from "./0006_reminders";
import * as m0007 from "./0007_push_keys";
import * as m0008 from "./0008_task_counts";
import * as m0009 from "./0009_push_locale";

/**
 * Every migration, in order. Listed by import (not read from the folder at run time)
 * so the bundled server carries them. Never edit one that has landed: add the next.
 */
export const migrations: Record<string, Migration> = {
  "0001_tasks_and_chat": m0001,
  "0002_message_feedback": m0002,
  "0003_quota_index": m0003,
  "0004_usage_ledgers": m0004,
  "0005_rich_tasks": m0005,
  "0006_reminders": m0006,
  "0007_push_keys": m0007,
  "0008_task_counts": m0008,
  "0009_push_locale": m0009,
};
