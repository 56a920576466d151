import { usesLocalModel } from "@/lib/agent/model";
import { listConversationPage } from "@/lib/chat/conversation-service";
import { listTaskPage } from "@/lib/tasks/task-service";

/**
 * What every chat page shows at once: the history and the task list (the user's own), and
 * whether the offline local model answers (the composer says so).
 */
export async function loadChatData(userId: string) {
  const [conversations, tasks] = await Promise.all([
    listConversationPage(userId, { limit: 100 }),
    listTaskPage(userId, { status: "all", limit: 500 }),
  ]);
  return {
    conversations: conversations.conversations,
    tasks: tasks.tasks,
    localModel: usesLocalModel(),
  };
}
