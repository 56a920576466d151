import { ensureDatabaseReady } from "@/db/ready";
import { ApiError, errorResponse, toApiError } from "@/lib/http/errors";
import { cronAuthorized } from "@/lib/reminders/cron-auth";
import { deliverDueReminders } from "@/lib/reminders/deliver";

// A run stops claiming after ~25 s (lib/reminders/deliver.ts); this leaves it room.
export const maxDuration = 60;

/**
 * Vercel Cron's trigger (vercel.json): delivers every due reminder, the same core the
 * in-process ticker calls. Vercel sends `Authorization: Bearer $CRON_SECRET`.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    if (!cronAuthorized(request.headers.get("authorization"))) {
      throw new ApiError("UNAUTHORIZED", "A valid cron secret is required.");
    }
    await ensureDatabaseReady();
    const report = await deliverDueReminders(new Date());
    return Response.json(
      { delivered: report.delivered },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(toApiError(error));
  }
}
