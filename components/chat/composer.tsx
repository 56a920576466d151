"use client";

import { useLocale, useTranslations } from "next-intl";
import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from "react";
import { Icon } from "@/components/ui/icons";
import { SPEECH_LANGUAGES, isLocale, DEFAULT_LOCALE } from "@/i18n/locales";
import { MESSAGE_MAX } from "@/lib/chat/chat-request";
import { useDictation, type DictationProblem } from "@/components/voice/use-dictation";
import styles from "./composer.module.css";

/** Show the count once a message gets near the contract's maximum. */
const COUNT_FROM = MESSAGE_MAX - 1000;
const MAX_HEIGHT_PX = 240;

interface ComposerProps {
  busy: boolean;
  onSend(text: string): void;
  onStop(): void;
}

/**
 * Enter sends, Shift+Enter is a new line; grows with the text; Send is off while a turn runs.
 * The microphone dictates in the interface's language: words appear as they are heard and
 * the message is sent when the person stops speaking; pressing it again stops and keeps the
 * words to edit (docs/decisions/018-interface-languages.md).
 */
export function Composer({ busy, onSend, onStop }: ComposerProps) {
  const t = useTranslations("composer");
  const locale = useLocale();
  const [text, setText] = useState("");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const length = text.trim().length;
  const tooLong = text.length > MESSAGE_MAX;
  const canSend = !busy && length > 0 && !tooLong;

  // What was typed before dictation began; heard words are added after it.
  const typed = useRef("");
  const busyNow = useRef(busy);
  useLayoutEffect(() => {
    busyNow.current = busy;
  }, [busy]);
  const withHeard = (heard: string) => [typed.current.trimEnd(), heard].filter(Boolean).join(" ");
  const dictation = useDictation({
    lang: SPEECH_LANGUAGES[isLocale(locale) ? locale : DEFAULT_LOCALE],
    onHeard: useCallback((heard: string) => setText(withHeard(heard)), []),
    onFinished: useCallback(
      (heard: string) => {
        const message = withHeard(heard).trim();
        // Sent like a typed message; while an answer is still coming, kept to send later.
        if (heard && message && message.length <= MESSAGE_MAX && !busyNow.current) {
          onSend(message);
          setText("");
        } else setText(withHeard(heard));
      },
      [onSend],
    ),
    onCancelled: useCallback((heard: string) => {
      setText(withHeard(heard));
      textarea.current?.focus();
    }, []),
  });

  useLayoutEffect(() => {
    const element = textarea.current;
    if (!element) return;
    element.style.height = "auto";
    element.style.height = `${Math.min(element.scrollHeight, MAX_HEIGHT_PX)}px`;
  }, [text]);

  function send(event?: FormEvent) {
    event?.preventDefault();
    if (!canSend) return;
    if (dictation.listening) dictation.cancel();
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

  function toggleDictation() {
    if (dictation.listening) return dictation.cancel();
    typed.current = text;
    dictation.start();
  }

  const count = {
    length: text.length.toLocaleString(locale),
    max: MESSAGE_MAX.toLocaleString(locale),
  };
  const problem = problemText(dictation.problem, t);
  return (
    <form className={styles.composer} onSubmit={send}>
      <div className={styles.box}>
        <textarea
          ref={textarea}
          className={styles.input}
          name="message"
          dir="auto"
          aria-label={t("label")}
          aria-describedby="composer-hint composer-count"
          placeholder={t("placeholder")}
          rows={1}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={tooLong || undefined}
          autoFocus
        />
        <div className={styles.actions}>
          {dictation.supported && (
            <button
              type="button"
              className={`icon-button ${styles.mic}`}
              aria-label={dictation.listening ? t("stopDictating") : t("dictate")}
              title={dictation.listening ? t("stopDictating") : t("dictate")}
              aria-pressed={dictation.listening}
              onClick={toggleDictation}
            >
              <Icon name="mic" />
            </button>
          )}
          {busy && (
            <button type="button" className="button button-secondary" onClick={onStop}>
              {t("stop")}
            </button>
          )}
          <button type="submit" className="button" disabled={!canSend}>
            {t("send")}
          </button>
        </div>
      </div>
      {problem && (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
      <div className={styles.footer}>
        <span id="composer-hint">{dictation.listening ? t("listening") : t("hint")}</span>
        <span id="composer-count" className={tooLong ? styles.over : undefined} aria-live="polite">
          {text.length >= COUNT_FROM ? t(tooLong ? "tooLong" : "count", count) : ""}
        </span>
      </div>
    </form>
  );
}

type ProblemKey = "micDenied" | "micMissing" | "noSpeech" | "micFailed";

function problemText(
  problem: DictationProblem | undefined,
  t: (key: ProblemKey, values?: { error: string }) => string,
): string | undefined {
  if (!problem) return undefined;
  if (problem === "denied") return t("micDenied");
  if (problem === "no-microphone") return t("micMissing");
  if (problem === "no-speech") return t("noSpeech");
  return t("micFailed", { error: problem.other });
}
