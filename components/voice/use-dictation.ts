"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { recognitionClass, transcriptOf, type Recognition } from "./speech-recognition";

/** Why dictation stopped without a message, for the composer to say. */
export type DictationProblem = "denied" | "no-microphone" | "no-speech" | { other: string };

interface DictationOptions {
  /** A BCP 47 tag: en-US, ur-PK. */
  lang: string;
  /** The words heard so far (interim ones included), each time they change. */
  onHeard(text: string): void;
  /** The person stopped speaking: the session's final words. */
  onFinished(text: string): void;
  /** The person pressed the button again: keep the words, do not send. */
  onCancelled(text: string): void;
}

const noSubscription = () => () => {};

/**
 * Dictation with the browser's speech recognition: one utterance per session (it ends when
 * the person stops speaking), interim results shown as they come. Unsupported browsers
 * get `supported: false` and the composer shows no button.
 */
export function useDictation({ lang, onHeard, onFinished, onCancelled }: DictationOptions) {
  // False on the server and before hydration, so the first render matches the server's.
  const supported = useSyncExternalStore(
    noSubscription,
    () => recognitionClass() !== null,
    () => false,
  );
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<DictationProblem>();
  const session = useRef<{ recognition: Recognition; heard: string; cancelled: boolean }>(null);
  const callbacks = useRef({ onHeard, onFinished, onCancelled });
  useEffect(() => {
    callbacks.current = { onHeard, onFinished, onCancelled };
  }, [onHeard, onFinished, onCancelled]);

  const start = useCallback(() => {
    const Class = recognitionClass();
    if (!Class || session.current) return;
    const recognition = new Class();
    recognition.lang = lang;
    recognition.continuous = false;
    recognition.interimResults = true;
    const current = { recognition, heard: "", cancelled: false };
    session.current = current;
    recognition.onresult = (event) => {
      current.heard = transcriptOf(event);
      callbacks.current.onHeard(current.heard);
    };
    recognition.onerror = (event) => {
      current.cancelled = true;
      setProblem(problemOf(event.error));
    };
    recognition.onend = () => {
      session.current = null;
      setListening(false);
      if (current.cancelled) callbacks.current.onCancelled(current.heard);
      else callbacks.current.onFinished(current.heard);
    };
    setProblem(undefined);
    setListening(true);
    try {
      recognition.start();
    } catch (failure) {
      session.current = null;
      setListening(false);
      setProblem({ other: failure instanceof Error ? failure.message : String(failure) });
    }
  }, [lang]);

  /** Stops listening and keeps what was heard in the composer, unsent, to edit. */
  const cancel = useCallback(() => {
    const current = session.current;
    if (!current) return;
    current.cancelled = true;
    current.recognition.stop();
  }, []);

  // Leaving the page (or the conversation) ends a session that is still listening.
  useEffect(() => () => session.current?.recognition.abort(), []);

  return { supported, listening, problem, start, cancel };
}

function problemOf(error: string): DictationProblem | undefined {
  if (error === "not-allowed" || error === "service-not-allowed") return "denied";
  if (error === "audio-capture") return "no-microphone";
  if (error === "no-speech") return "no-speech";
  if (error === "aborted") return undefined;
  return { other: error };
}
