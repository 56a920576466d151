"use client";

import { useTranslations } from "next-intl";
import { useState, type MouseEvent } from "react";
import { InlineEdit } from "@/components/ui/inline-edit";
import type { ConversationJson } from "@/lib/chat/conversation-service";
import styles from "./conversation-list.module.css";
import { RenameDeleteActions } from "@/components/ui/rename-delete-actions";

interface ConversationItemProps {
  conversation: ConversationJson;
  active: boolean;
  onOpen(id: string): void;
  onRename(id: string, title: string): Promise<void>;
  onAskDelete(conversation: ConversationJson): void;
}

export function ConversationItem(props: ConversationItemProps) {
  const { conversation, active, onOpen, onRename, onAskDelete } = props;
  const t = useTranslations("conversations");
  const [editing, setEditing] = useState(false);
  const href = `/c/${conversation.id}`;

  function open(event: MouseEvent<HTMLAnchorElement>) {
    // Plain clicks stay in the app; a modified click opens a new tab as usual.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(conversation.id);
  }

  if (editing) {
    return (
      <li className={styles.item}>
        <InlineEdit
          className={styles.edit}
          initial={conversation.title}
          label={t("titleLabel")}
          maxLength={200}
          onSave={(title) => onRename(conversation.id, title)}
          onDone={() => setEditing(false)}
        />
      </li>
    );
  }

  return (
    <li className={styles.item} data-active={active || undefined}>
      <a
        className={styles.link}
        href={href}
        onClick={open}
        aria-current={active ? "page" : undefined}
        dir="auto"
      >
        {conversation.title || t("newChat")}
      </a>
      <RenameDeleteActions
        className={styles.actions}
        itemLabel={`“${conversation.title}”`}
        onRename={() => setEditing(true)}
        onDelete={() => onAskDelete(conversation)}
      />
    </li>
  );
}
