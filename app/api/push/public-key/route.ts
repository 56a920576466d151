import { authedRoute } from "@/lib/http/api-route";
import { vapidDetails } from "@/lib/push/vapid";

/** The VAPID public key for `pushManager.subscribe`; null when push is off on this server. */
export const GET = authedRoute(async () => {
  const vapid = await vapidDetails();
  return Response.json({ public_key: vapid?.publicKey ?? null });
});
