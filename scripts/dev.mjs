#!/usr/bin/env node
// `npm run dev`: `next dev`, then a warm-up. In development Next compiles each route on
// its first visit (tens of seconds for the chat page on a small machine), so the first
// minutes felt broken: a click waited, and a chat turn raced a half-compiled task route.
// As soon as the server is up we visit the main pages and endpoints once, in the
// background, so they are compiled before a person gets there. Arguments pass through
// (`npm run dev -- -p 4000`).
import { spawn } from "node:child_process";

const args = process.argv.slice(2);
const portFlag = args.findIndex((arg) => arg === "-p" || arg === "--port");
const port = (portFlag >= 0 && args[portFlag + 1]) || process.env.PORT || "3000";
const origin = `http://127.0.0.1:${port}`;

// Pages behind the sign-in gate are fetched with a placeholder cookie: the gate lets it
// through, the page compiles, finds no real session and redirects. API routes compile
// and answer 401. Nothing is written.
const cookie = "better-auth.session_token=warm-up";
const visits = [
  ["GET", "/sign-in"],
  ["GET", "/sign-up"],
  ["GET", "/api/auth/get-session"],
  ["GET", "/", cookie],
  ["GET", "/c/warm-up", cookie],
  ["GET", "/settings", cookie],
  ["GET", "/api/tasks"],
  ["PATCH", "/api/tasks/1"],
  ["GET", "/api/conversations"],
  ["GET", "/api/conversations/warm-up/messages"],
  ["POST", "/api/chat"],
];

const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", ...args], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => next.kill(signal));
next.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

if (process.env.DEV_WARMUP !== "off") warmUp();

async function warmUp() {
  if (!(await serverAnswers())) return;
  const started = Date.now();
  // One at a time: parallel compiles on two cores are slower for the first visitor.
  for (const [method, path, withCookie] of visits) {
    try {
      await fetch(origin + path, {
        method,
        redirect: "manual",
        headers: { ...(withCookie && { cookie: withCookie }), origin },
      });
    } catch {
      return; // the server stopped
    }
  }
  console.log(
    `[taskchat] warmed up the main routes in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function serverAnswers() {
  for (let i = 0; i < 600; i++) {
    try {
      await fetch(origin + "/favicon.ico", { redirect: "manual" });
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return false;
}
