"use client";

import { useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { MESSAGE_MAX } from "@/lib/chat/chat-request";
import styles from "./composer.module.css";

/** Show the count once a message gets near the contract's maximum. */
const COUNT_FROM = MESSAGE_MAX - 1000;
const MAX_HEIGHT_PX = 240;

interface ComposerProps {
  busy: boolean;
  onSend(text: string): void;
  onStop(): void;
}

/** Enter sends, Shift+Enter is a new line; grows with the text; Send is off while a turn runs. */
export function Composer({ busy, onSend, onStop }: ComposerProps) {
  const [text, setText] = useState("");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const length = text.trim().length;
  const tooLong = text.length > MESSAGE_MAX;
  const canSend = !busy && length > 0 && !tooLong;

  useLayoutEffect(() => {
    const element = textarea.current;
    if (!element) return;
    element.style.height = "auto";
    element.style.height = `${Math.min(element.scrollHeight, MAX_HEIGHT_PX)}px`;
  }, [text]);

  function send(event?: FormEvent) {
    event?.preventDefault();
    if (!canSend) return;
    onSend(text.trim());
    setText("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Not while an input method is composing a character (e.g. Japanese, Chinese).
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  }

  return (
    <form className={styles.composer} onSubmit={send}>
      <div className={styles.box}>
        <textarea
          ref={textarea}
          className={styles.input}
          name="message"
          aria-label="Message"
          aria-describedby="composer-hint composer-count"
          placeholder="Message Taskchat…"
          rows={1}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={tooLong || undefined}
          autoFocus
        />
        <div className={styles.actions}>
          {busy && (
            <button type="button" className="button button-secondary" onClick={onStop}>
              Stop
            </button>
          )}
          <button type="submit" className="button" disabled={!canSend}>
            Send
          </button>
        </div>
      </div>
      <div className={styles.footer}>
        <span id="composer-hint">Enter to send, Shift+Enter for a new line</span>
        <span id="composer-count" className={tooLong ? styles.over : undefined} aria-live="polite">
          {text.length >= COUNT_FROM
            ? `${text.length.toLocaleString("en-US")} / ${MESSAGE_MAX.toLocaleString("en-US")}${tooLong ? " — too long" : ""}`
            : ""}
        </span>
      </div>
    </form>
  );
}
