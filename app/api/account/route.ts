import { authedRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/request-body";
import { UpdateAccountSchema, getAccount, updateAccount } from "@/lib/account/account-service";

export const GET = authedRoute(async (_request, { userId }) => {
  return Response.json(await getAccount(userId));
});

export const PATCH = authedRoute(async (request, { userId }) => {
  const changes = await readJsonBody(request, UpdateAccountSchema);
  return Response.json(await updateAccount(userId, changes));
});
