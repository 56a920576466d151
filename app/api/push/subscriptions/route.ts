import { localeOfRequest } from "@/i18n/locales";
import { authedRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/request-body";
import {
  PushSubscriptionSchema,
  PushUnsubscribeSchema,
  subscribeDevice,
  unsubscribeDevice,
} from "@/lib/push/push-subscriptions";

export const POST = authedRoute(async (request, { userId }) => {
  const subscription = await readJsonBody(request, PushSubscriptionSchema);
  await subscribeDevice(userId, subscription, {
    userAgent: request.headers.get("user-agent"),
    locale: localeOfRequest(request),
  });
  return Response.json({ endpoint: subscription.endpoint }, { status: 201 });
});

export const DELETE = authedRoute(async (request, { userId }) => {
  const { endpoint } = await readJsonBody(request, PushUnsubscribeSchema);
  await unsubscribeDevice(userId, endpoint);
  return new Response(null, { status: 204 });
});
