"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ConversationJson } from "@/lib/chat/conversation-service";
import { ConversationItem } from "./conversation-item";
import styles from "./conversation-list.module.css";
import { Icon } from "@/components/ui/icons";

interface ConversationListProps {
  conversations: ConversationJson[];
  activeId?: string;
  onOpen(id: string): void;
  onNewChat(): void;
  onRename(id: string, title: string): Promise<void>;
  onDelete(id: string): Promise<void>;
}

/** The history panel: new chat, then every conversation, newest first. */
export function ConversationList(props: ConversationListProps) {
  const { conversations, activeId, onOpen, onNewChat, onRename, onDelete } = props;
  const t = useTranslations("conversations");
  const tCommon = useTranslations("common");
  const [deleting, setDeleting] = useState<ConversationJson>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function confirmDelete() {
    if (!deleting || busy) return;
    setBusy(true);
    try {
      await onDelete(deleting.id);
      setDeleting(undefined);
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t("deleteFailed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.panel}>
      <button
        type="button"
        className={`button button-secondary ${styles.newChat}`}
        onClick={onNewChat}
      >
        <Icon name="plus" /> {t("newChat")}
      </button>
      <h2 className={styles.heading}>{t("heading")}</h2>
      {conversations.length === 0 ? (
        <p className={styles.empty}>{t("empty")}</p>
      ) : (
        <ul className={styles.list}>
          {conversations.map((conversation) => (
            <ConversationItem
              key={conversation.id}
              conversation={conversation}
              active={conversation.id === activeId}
              onOpen={onOpen}
              onRename={onRename}
              onAskDelete={(c) => {
                setError(undefined);
                setDeleting(c);
              }}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        title={t("deleteTitle")}
        body={deleting ? t("deleteBody", { title: deleting.title }) : ""}
        confirmLabel={tCommon("delete")}
        busy={busy}
        error={error}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(undefined)}
      />
    </div>
  );
}
