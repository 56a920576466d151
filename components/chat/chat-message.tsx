import { getToolName, isToolUIPart } from "ai";
import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";
import { Markdown } from "./markdown";
import { MessageTime } from "./message-time";
import { messageText, type ChatMessage as Message } from "./stored-messages";
import { ToolCard, ToolGroupCard, type ToolCall } from "./tool-card";
import { layoutParts, type ToolPartView } from "./tool-groups";
import styles from "./chat-message.module.css";

type Part = Message["parts"][number];

function toolCall(part: Extract<Part, { toolCallId: string }>): ToolCall {
  return {
    name: getToolName(part),
    input: part.input,
    output: part.output,
    finished: part.state === "output-available",
    errorText: part.state === "output-error" ? part.errorText : undefined,
  };
}

const toolView = (part: Part): ToolPartView | undefined =>
  isToolUIPart(part) ? toolCall(part) : undefined;

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
      {layoutParts(message.parts, toolView).map((item, index) => {
        if (item.kind === "changes") {
          return (
            <ToolGroupCard key={index} calls={item.parts.filter(isToolUIPart).map(toolCall)} />
          );
        }
        const part = item.part;
        if (isToolUIPart(part)) {
          return <ToolCard key={part.toolCallId} lookup={item.lookup} {...toolCall(part)} />;
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
