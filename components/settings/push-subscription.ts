/**
 * This browser's Web Push subscription (CONTRACT.md "Reminders"). Nothing here runs on
 * page load except reading what exists: the service worker is registered and the
 * permission asked only from `turnOnPush`, which the settings switch calls on a click.
 */

const WORKER_URL = "/sw.js";

export type PushAvailability = "available" | "unsupported" | "denied";

/** Whether this browser can get push at all, and whether the person blocked it for the site. */
export function pushAvailability(): PushAvailability {
  if (
    typeof window === "undefined" ||
    !("serviceWorker" in navigator) ||
    !("PushManager" in window) ||
    !("Notification" in window)
  ) {
    return "unsupported";
  }
  return Notification.permission === "denied" ? "denied" : "available";
}

/** The subscription this browser already holds for the app, if any (registers nothing). */
export async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** Why push could not be turned on; the settings page says it in the interface language. */
export type PushFailure =
  "denied" | "dismissed" | "notConfigured" | "serverRefused" | "subscribeFailed";

/** A failure to say to the person (settings.push.errors.{reason} in messages/). */
export class PushSetupError extends Error {
  constructor(readonly reason: PushFailure) {
    super(`Push setup failed: ${reason}`);
  }
}

/** Asks permission, registers the worker, subscribes with the server's key and sends it. */
export async function turnOnPush(): Promise<PushSubscription> {
  const permission = await Notification.requestPermission();
  if (permission === "denied") throw new PushSetupError("denied");
  if (permission !== "granted") throw new PushSetupError("dismissed");

  const key = await serverPublicKey();
  await navigator.serviceWorker.register(WORKER_URL, { scope: "/" });
  const registration = await navigator.serviceWorker.ready;
  let subscription = await registration.pushManager.getSubscription();
  // A subscription made with another key (the server's keys changed) cannot be used.
  if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  try {
    subscription ??= await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: key,
    });
  } catch {
    throw new PushSetupError("subscribeFailed");
  }
  const response = await fetch("/api/push/subscriptions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(subscription.toJSON()),
  });
  if (!response.ok) throw new PushSetupError("serverRefused");
  return subscription;
}

/**
 * Posts this browser's subscription again, if it has one, so the server words its pushes
 * in the interface language just chosen (the request carries the new cookie). Best
 * effort: a failure leaves the pushes in the language they were in.
 */
export async function resendSubscription(): Promise<void> {
  if (pushAvailability() === "unsupported") return;
  try {
    const subscription = await currentSubscription();
    if (!subscription) return;
    await fetch("/api/push/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(subscription.toJSON()),
    });
  } catch {
    // Offline or the worker is gone: nothing to update.
  }
}

/** Unsubscribes this browser and tells the server to forget it. */
export async function turnOffPush(): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  const { endpoint } = subscription;
  await subscription.unsubscribe();
  await fetch("/api/push/subscriptions", {
    method: "DELETE",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ endpoint }),
  }).catch(() => {
    // The push service no longer knows the endpoint: the server drops it on its next send.
  });
}

async function serverPublicKey(): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch("/api/push/public-key", { cache: "no-store" });
  if (!response.ok) throw new PushSetupError("notConfigured");
  const body = (await response.json()) as { public_key?: string; publicKey?: string; key?: string };
  const key = body.public_key ?? body.publicKey ?? body.key;
  if (!key) throw new PushSetupError("notConfigured");
  return base64UrlToBytes(key);
}

/** VAPID keys travel as base64url; the Push API wants their bytes. */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function sameKey(current: ArrayBuffer | null, wanted: Uint8Array): boolean {
  if (!current) return false;
  const bytes = new Uint8Array(current);
  return bytes.length === wanted.length && bytes.every((byte, i) => byte === wanted[i]);
}
