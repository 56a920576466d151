/**
 * The assistant text a `POST /api/chat` UI message stream told, from its `text-delta`
 * parts (the model streams word by word, so the text is never one piece of the body).
 */
export function uiStreamText(body: string): string {
  return [...body.matchAll(/"type":"text-delta"[^}]*"delta":"((?:[^"\\]|\\.)*)"/g)]
    .map((m) => JSON.parse(`"${m[1]}"`) as string)
    .join("");
}
