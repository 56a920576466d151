/**
 * The page a browser gets instead of Next's 500 page when the database or its storage
 * fails: 503 (with Retry-After, never cached) and a sentence saying what happened. It is
 * answered by proxy.ts before the page renders, since a rendered page cannot set its
 * status (docs/security.md, "Pages on a storage failure").
 */
export function storageUnavailablePage(message: string, retryAfterSeconds = 30): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Storage unavailable · Taskchat</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  main { max-width: 32rem; margin: 20vh auto; padding: 0 1.5rem; text-align: center; }
  h1 { font-size: 1.4rem; }
  p { line-height: 1.5; }
</style>
</head>
<body>
<main>
<h1>Storage unavailable</h1>
<p>${escapeHtml(message)}</p>
<p>Your tasks and conversations are not shown while it is unavailable.</p>
<p><a href="">Try again</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(retryAfterSeconds),
    },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
