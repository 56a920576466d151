"use client";

import { useSyncExternalStore } from "react";

/** The "Read answers aloud" choice, kept in this browser only (it is about this device's speaker). */
const STORAGE_KEY = "taskchat.read-aloud";
const CHANGE_EVENT = "taskchat-read-aloud-change";

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

export function readAloudEnabled(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === "on";
  } catch {
    return false;
  }
}

export function setReadAloud(on: boolean) {
  try {
    if (on) localStorage.setItem(STORAGE_KEY, "on");
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode): the choice lasts until the page is left.
  }
  if (!on && canSpeak()) window.speechSynthesis.cancel();
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function canSpeak(): boolean {
  return typeof window !== "undefined" && "speechSynthesis" in window;
}

const noSubscription = () => () => {};

/** Whether this browser can speak, and whether the person asked it to (false on the server). */
export function useReadAloud(): { available: boolean; on: boolean } {
  const available = useSyncExternalStore(noSubscription, canSpeak, () => false);
  const on = useSyncExternalStore(subscribe, readAloudEnabled, () => false);
  return { available, on: available && on };
}

/** Markdown marks and table rules are not words: read the text, not the syntax. */
export function speakableText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, " ")
    .replace(/[*_`#>|~]+/g, " ")
    .replace(/^\s*[-+]\s+/gm, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Speaks a new answer in the interface's language, replacing one still being read. */
export function speak(text: string, lang: string) {
  if (!canSpeak()) return;
  const words = speakableText(text);
  if (!words) return;
  const synthesis = window.speechSynthesis;
  synthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(words);
  utterance.lang = lang;
  const primary = lang.split("-")[0]!;
  const voices = synthesis.getVoices();
  const voice =
    voices.find((v) => v.lang === lang) ?? voices.find((v) => v.lang.startsWith(primary));
  if (voice) utterance.voice = voice;
  synthesis.speak(utterance);
}
