"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef } from "react";
import { AppHeader } from "@/components/app/app-header";
import { Reminders } from "@/components/reminders/reminders";
import { ConversationList } from "@/components/conversations/conversation-list";
import { useConversations } from "@/components/conversations/use-conversations";
import { TaskPanel } from "@/components/tasks/task-panel";
import { TasksChangedContext } from "@/components/tasks/tasks-changed";
import { ClockProvider, useAccountClock } from "@/components/tasks/time-zone";
import { useTasks } from "@/components/tasks/use-tasks";
import { useDocumentTitle } from "@/components/ui/use-document-title";
import { useMediaQuery } from "@/components/ui/use-media-query";
import type { ConversationJson } from "@/lib/chat/conversation-service";
import type { Task } from "@/lib/tasks/task";
import { ChatThread, type StartedConversation } from "./chat-thread";
import type { ChatMessage } from "./stored-messages";
import { useActiveConversation } from "./use-active-conversation";
import { usePanel } from "./use-panel";
import styles from "./chat-app.module.css";
import { Icon } from "@/components/ui/icons";

export interface ChatAppProps {
  user: { id: string; name: string; email: string };
  conversations: ConversationJson[];
  tasks: Task[];
  conversationId?: string;
  messages: ChatMessage[];
  /** The offline local model answers (no AI model configured): the thread says so. */
  localModel?: boolean;
}

/** The signed-in app: history (nav), thread (main), tasks (region), one header. */
export function ChatApp(props: ChatAppProps) {
  const { user } = props;
  const t = useTranslations("header");
  const tChat = useTranslations("chat");
  const newChatTitle = useTranslations("app")("newChat");
  const history = useConversations(props.conversations);
  const tasks = useTasks(props.tasks);
  const { refresh: refreshTasks } = tasks;
  // "Today" moves with the zone: a zone set on this visit re-reads the dated views.
  const clock = useAccountClock(() => void refreshTasks());
  const tasksChanged = useCallback(() => void refreshTasks(), [refreshTasks]);
  const active = useActiveConversation({ id: props.conversationId, messages: props.messages });
  const compact = useMediaQuery("(max-width: 900px)");
  const {
    open: navOpen,
    toggle: toggleNav,
    close: closeNav,
    toggleRef: navToggleRef,
    panelRef: navPanelRef,
  } = usePanel(compact);
  const {
    open: sheetOpen,
    toggle: toggleSheet,
    close: closeSheet,
    toggleRef: sheetToggleRef,
    panelRef: sheetPanelRef,
  } = usePanel(compact);
  const { thread } = active;
  const activeTitle = history.conversations.find((c) => c.id === thread.conversationId)?.title;

  useDocumentTitle(`${activeTitle ?? newChatTitle} · Taskchat`);

  const openConversation = useCallback(
    (id?: string) => {
      closeNav();
      active.open(id);
    },
    [active, closeNav],
  );

  const onConversationStarted = useCallback(
    (started: StartedConversation) => {
      history.touch(started.id, started.title);
      active.adopt(started.id);
    },
    [active, history],
  );

  // The conversation id of the thread at the time a turn ends (a ref: callbacks outlive renders).
  const threadConversation = useRef(thread.conversationId);
  useEffect(() => {
    threadConversation.current = thread.conversationId;
  }, [thread.conversationId]);
  const onTurnFinished = useCallback(() => {
    if (threadConversation.current) history.touch(threadConversation.current);
    else void history.reload();
    // After every turn, not only those with tool cards: a retried turn replays a
    // stored answer whose tools ran during the first attempt.
    void refreshTasks();
  }, [history, refreshTasks]);

  async function deleteConversation(id: string) {
    await history.remove(id);
    if (id === thread.conversationId) active.leave();
  }

  return (
    <ClockProvider clock={clock}>
      <TasksChangedContext.Provider value={tasksChanged}>
        <div className={styles.app}>
          <AppHeader
            user={user}
            title={activeTitle}
            onBrandClick={(e) => (e.preventDefault(), openConversation(undefined))}
            start={
              <button
                ref={navToggleRef}
                type="button"
                className={`icon-button ${styles.compactOnly}`}
                aria-label={t("conversations")}
                aria-expanded={navOpen}
                aria-controls="conversations"
                onClick={toggleNav}
              >
                <Icon name="menu" />
              </button>
            }
            tools={
              <>
                <button
                  ref={sheetToggleRef}
                  type="button"
                  className={`button button-secondary ${styles.compactOnly}`}
                  aria-expanded={sheetOpen}
                  aria-controls="tasks"
                  onClick={toggleSheet}
                >
                  {t("tasks")}
                  <span className={styles.badge}>
                    {tasks.tasks.filter((task) => !task.completed).length}
                  </span>
                </button>
                <Reminders />
              </>
            }
          />

          <nav
            id="conversations"
            aria-label={t("conversations")}
            className={styles.nav}
            data-open={navOpen || undefined}
            inert={compact && !navOpen}
            ref={navPanelRef}
          >
            <ConversationList
              conversations={history.conversations}
              activeId={thread.conversationId}
              onOpen={openConversation}
              onNewChat={() => openConversation(undefined)}
              onRename={history.rename}
              onDelete={deleteConversation}
            />
          </nav>

          <main className={styles.main}>
            {thread.loading ? (
              <p className={styles.status} role="status">
                {tChat("loading")}
              </p>
            ) : thread.error ? (
              <div className={styles.status} role="alert">
                <p>{thread.error}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => openConversation(undefined)}
                >
                  {tChat("startNew")}
                </button>
              </div>
            ) : (
              <ChatThread
                key={thread.key}
                conversationId={thread.conversationId}
                initialMessages={thread.messages}
                userName={user.name}
                onConversationStarted={onConversationStarted}
                onTurnFinished={onTurnFinished}
                localModel={props.localModel}
              />
            )}
          </main>

          <section
            id="tasks"
            aria-labelledby="tasks-heading"
            className={styles.tasks}
            data-open={sheetOpen || undefined}
            inert={compact && !sheetOpen}
            ref={sheetPanelRef}
          >
            <button
              type="button"
              className={`icon-button ${styles.compactOnly} ${styles.sheetClose}`}
              aria-label={t("closeTasks")}
              onClick={closeSheet}
            >
              <Icon name="close" />
            </button>
            <TaskPanel tasks={tasks} />
          </section>

          {compact && (navOpen || sheetOpen) && (
            <div
              className={styles.backdrop}
              aria-hidden="true"
              onClick={() => {
                closeNav();
                closeSheet();
              }}
            />
          )}
        </div>
      </TasksChangedContext.Provider>
    </ClockProvider>
  );
}
