"use client";

import { useChat } from "@ai-sdk/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessageFromText } from "@/components/ui/fetch-json";
import { readAloudEnabled, speak } from "@/components/voice/read-aloud";
import { DEFAULT_LOCALE, SPEECH_LANGUAGES, isLocale } from "@/i18n/locales";
import { ChatMessage } from "./chat-message";
import { createChatTransport } from "./chat-transport";
import { Composer } from "./composer";
import { LocalModelNote } from "./local-model-note";
import { StartScreen } from "./start-screen";
import { messageText, type ChatMessage as Message } from "./stored-messages";
import { useStickToBottom } from "./use-stick-to-bottom";
import styles from "./chat-thread.module.css";

export interface StartedConversation {
  id: string;
  title: string;
}

interface ChatThreadProps {
  conversationId?: string;
  initialMessages: Message[];
  userName: string;
  /** A new chat learned its id (the stream's first part). */
  onConversationStarted(conversation: StartedConversation): void;
  /** A turn ended (its tools may have changed tasks). */
  onTurnFinished(): void;
  /** The offline local model answers: a note under the composer says so. */
  localModel?: boolean;
}

/** One conversation's thread: messages, the streaming answer, and the composer. */
export function ChatThread(props: ChatThreadProps) {
  const { initialMessages, userName, onConversationStarted, onTurnFinished } = props;
  // Which conversation this thread's requests go to; a new chat learns it from the stream.
  const [target] = useState(() => createChatTransport(props.conversationId));
  const [announcement, setAnnouncement] = useState("");
  const t = useTranslations("chat");
  const locale = useLocale();

  const { messages, sendMessage, status, stop, error, regenerate, setMessages } = useChat<Message>({
    messages: initialMessages,
    transport: target.transport,
    onData: (part) => {
      if (part.type !== "data-conversation") return;
      const started = part.data as StartedConversation;
      // Sent again at the end when the turn named the conversation after its topic.
      if (target.conversationId() !== started.id) target.setConversationId(started.id);
      onConversationStarted(started);
    },
    onFinish: ({ message, isAbort, isError }) => {
      const status = isAbort || isError ? "interrupted" : "complete";
      const createdAt = new Date().toISOString();
      setMessages((all) =>
        all.map((m) =>
          m.id === message.id ? { ...m, metadata: { ...m.metadata, createdAt, status } } : m,
        ),
      );
      if (!isError) setAnnouncement(messageText(message));
      // Only answers that arrive now: a stored conversation is never read out on opening.
      if (!isError && !isAbort && readAloudEnabled()) {
        speak(messageText(message), SPEECH_LANGUAGES[isLocale(locale) ? locale : DEFAULT_LOCALE]);
      }
      onTurnFinished();
    },
  });

  const busy = status === "submitted" || status === "streaming";
  const { ref, onScroll, scrollToBottom } = useStickToBottom<HTMLDivElement>(messages);

  function send(text: string) {
    if (busy) return;
    scrollToBottom();
    setAnnouncement("");
    void sendMessage({ text, metadata: { createdAt: new Date().toISOString() } });
  }

  const last = messages.at(-1);
  const streamingId = busy && last?.role === "assistant" ? last.id : undefined;

  return (
    <div className={styles.thread}>
      <div className={styles.scroller} ref={ref} onScroll={onScroll}>
        {messages.length === 0 ? (
          <StartScreen name={userName} onPick={send} disabled={busy} />
        ) : (
          <div className={styles.messages}>
            <h1 className="visually-hidden">{t("conversation")}</h1>
            {messages.map((message) => (
              <ChatMessage
                key={message.id}
                message={message}
                streaming={message.id === streamingId}
              />
            ))}
            {status === "submitted" && last?.role === "user" && (
              <div className={styles.pending} aria-label={t("thinking")}>
                <span className={styles.dots} />
              </div>
            )}
            {error && (
              <div className={styles.error} role="alert">
                <span>{describeError(error, t)}</span>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void regenerate()}
                >
                  {t("retry")}
                </button>
              </div>
            )}
          </div>
        )}
      </div>
      <div className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
      <Composer busy={busy} onSend={send} onStop={() => void stop()} />
      {props.localModel && <LocalModelNote />}
    </div>
  );
}

function describeError(
  error: Error,
  t: (key: "connectionDropped" | "answerFailed") => string,
): string {
  const fromApi = errorMessageFromText(error.message);
  if (fromApi) return fromApi;
  if (/failed to fetch|network|load failed/i.test(error.message)) {
    return t("connectionDropped");
  }
  return error.message || t("answerFailed");
}
