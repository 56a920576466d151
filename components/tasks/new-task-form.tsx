"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import styles from "./task-panel.module.css";

/** Adds a task directly; the form is off while the request runs, so it is sent once. */
export function NewTaskForm({ onCreate }: { onCreate(title: string): Promise<boolean> }) {
  const t = useTranslations("tasks");
  const [title, setTitle] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    if (await onCreate(trimmed)) setTitle("");
    setBusy(false);
  }

  return (
    <form className={styles.newTask} onSubmit={submit}>
      <input
        className="input"
        aria-label={t("newTask")}
        placeholder={t("addPlaceholder")}
        dir="auto"
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
        readOnly={busy}
      />
      <button type="submit" className="button" disabled={busy || !title.trim()}>
        {t("add")}
      </button>
    </form>
  );
}
