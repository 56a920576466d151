/**
 * The slice of the Web Speech API's recognition that dictation uses. Not in TypeScript's DOM
 * library (Chromium ships it prefixed as `webkitSpeechRecognition`), so declared here.
 */
export interface RecognitionAlternative {
  transcript: string;
}

export interface RecognitionResult {
  readonly isFinal: boolean;
  readonly length: number;
  [index: number]: RecognitionAlternative;
}

export interface RecognitionResultEvent {
  readonly resultIndex: number;
  readonly results: { readonly length: number; [index: number]: RecognitionResult };
}

export interface RecognitionErrorEvent {
  readonly error: string;
}

export interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: ((event: RecognitionErrorEvent) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

type RecognitionConstructor = new () => Recognition;

/** The browser's recognition class, or null where the API is missing (Firefox, most WebViews). */
export function recognitionClass(): RecognitionConstructor | null {
  if (typeof window === "undefined") return null;
  const scope = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

/** Everything heard so far in one session, final and interim parts in order. */
export function transcriptOf(event: RecognitionResultEvent): string {
  let text = "";
  for (let i = 0; i < event.results.length; i++) text += event.results[i]?.[0]?.transcript ?? "";
  return text.trim();
}
