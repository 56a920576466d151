"use client";

import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";

interface InlineEditProps {
  initial: string;
  label: string;
  maxLength: number;
  className?: string;
  onSave(value: string): Promise<void> | void;
  onDone(): void;
}

/** A text field that replaces a label while renaming: Enter saves, Escape cancels. */
export function InlineEdit({
  initial,
  label,
  maxLength,
  className,
  onSave,
  onDone,
}: InlineEditProps) {
  const t = useTranslations("common");
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function save() {
    const trimmed = value.trim();
    if (busy) return;
    if (!trimmed || trimmed === initial) return onDone();
    setBusy(true);
    try {
      await onSave(trimmed);
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t("couldNotSave"));
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      void save();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onDone();
    }
  }

  return (
    <span className={className}>
      <input
        className="input"
        aria-label={label}
        value={value}
        maxLength={maxLength}
        autoFocus
        dir="auto"
        disabled={busy}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => void save()}
        aria-invalid={error ? true : undefined}
      />
      {error && (
        <span role="alert" style={{ color: "var(--danger)", fontSize: "0.8rem" }}>
          {error}
        </span>
      )}
    </span>
  );
}
