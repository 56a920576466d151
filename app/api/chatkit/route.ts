import { handleChatKitRequest } from "@/lib/chatkit/handle-request";
import { authedRoute } from "@/lib/http/api-route";

/**
 * The ChatKit server protocol (OpenAI's ChatKit web component with `api.url` pointing
 * here), over the same chat core and tables as the rest of the API.
 */
export const POST = authedRoute(
  async (request, { userId }) => handleChatKitRequest(request, userId),
  { perUserSlot: false },
);
