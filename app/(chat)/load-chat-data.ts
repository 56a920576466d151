import { listConversationPage } from "@/lib/chat/conversation-service";
import { listTaskPage } from "@/lib/tasks/task-service";

/** What every chat page shows at once: the history and the task list (the user's own). */
export async function loadChatData(userId: string) {
  const [conversations, tasks] = await Promise.all([
    listConversationPage(userId, { limit: 100 }),
    listTaskPage(userId, { status: "all", limit: 500 }),
  ]);
  return { conversations: conversations.conversations, tasks: tasks.tasks };
}
