/*
 * Taskchat's service worker: shows reminders pushed while the app is closed (Web Push),
 * and opens the task when the person clicks one. Registered only when the person turns
 * push notifications on in settings (components/settings/push-section.tsx); it caches
 * nothing and never touches the app's requests.
 *
 * A push message's payload is JSON {title, body, url} (docs/api.md, "Reminders").
 */

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("push", (event) => {
  const payload = readPayload(event.data);
  const url = sameOriginUrl(payload.url);
  event.waitUntil(
    self.registration.showNotification(payload.title || "Taskchat reminder", {
      body: payload.body || "",
      icon: "/icon.svg",
      // One notification per link: the same reminder pushed twice replaces itself.
      tag: url,
      data: { url },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = sameOriginUrl(event.notification.data && event.notification.data.url);
  event.waitUntil(openApp(url));
});

// The push service replaced the subscription (expired keys, browser update): send the new
// one to the server, with the session cookie the browser holds, and drop the old one.
self.addEventListener("pushsubscriptionchange", (event) => {
  event.waitUntil(resubscribe(event.oldSubscription, event.newSubscription));
});

function readPayload(data) {
  if (!data) return {};
  try {
    const value = data.json();
    return value && typeof value === "object" ? value : {};
  } catch {
    return { body: data.text() };
  }
}

/** Only this app's own pages are opened; anything else opens the app's start page. */
function sameOriginUrl(value) {
  try {
    const url = new URL(value || "/", self.location.origin);
    return url.origin === self.location.origin ? url.href : self.location.origin + "/";
  } catch {
    return self.location.origin + "/";
  }
}

async function openApp(url) {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (!open) return self.clients.openWindow(url);
  const focused = await open.focus();
  if (focused.url !== url && "navigate" in focused) await focused.navigate(url).catch(() => {});
  return focused;
}

async function resubscribe(oldSubscription, newSubscription) {
  let subscription = newSubscription;
  if (!subscription && oldSubscription) {
    subscription = await self.registration.pushManager.subscribe(oldSubscription.options);
  }
  if (subscription) {
    await fetch("/api/push/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(subscription.toJSON()),
    });
  }
  if (oldSubscription && (!subscription || oldSubscription.endpoint !== subscription.endpoint)) {
    await fetch("/api/push/subscriptions", {
      method: "DELETE",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ endpoint: oldSubscription.endpoint }),
    });
  }
}
