import { getToolName, isToolUIPart } from "ai";
import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";
import { Markdown } from "./markdown";
import { MessageTime } from "./message-time";
import { messageText, type ChatMessage as Message } from "./stored-messages";
import { ToolCard } from "./tool-card";
import styles from "./chat-message.module.css";

/** One message: the person's on the right as plain text; answers with tool cards and markdown. */
export function ChatMessage({ message, streaming }: { message: Message; streaming: boolean }) {
  const t = useTranslations("chat");
  const text = messageText(message);
  const createdAt = message.metadata?.createdAt;
  if (message.role === "user") {
    return (
      <article className={styles.user} aria-label={t("youSaid")}>
        <div className={styles.userBubble} dir="auto">
          {text}
        </div>
        <div className={styles.meta}>
          <MessageTime iso={createdAt} className={styles.time} />
          <CopyButton text={text} />
        </div>
      </article>
    );
  }
  const interrupted = message.metadata?.status === "interrupted";
  return (
    <article className={styles.assistant} aria-label={t("assistantSaid")} aria-busy={streaming}>
      {message.parts.map((part, index) => {
        if (isToolUIPart(part)) {
          return (
            <ToolCard
              key={part.toolCallId}
              name={getToolName(part)}
              input={part.input}
              output={part.output}
              finished={part.state === "output-available"}
              errorText={part.state === "output-error" ? part.errorText : undefined}
            />
          );
        }
        if (part.type === "text" && part.text) return <Markdown key={index} text={part.text} />;
        return null;
      })}
      {streaming && !text && <span className={styles.typing} aria-label={t("thinking")} />}
      {interrupted && <p className={styles.stopped}>{t("stopped")}</p>}
      {!streaming && (
        <div className={styles.meta}>
          {text && <CopyButton text={text} />}
          <MessageTime iso={createdAt} className={styles.time} />
        </div>
      )}
    </article>
  );
}
