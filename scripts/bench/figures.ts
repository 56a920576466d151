import fs from "node:fs";
import path from "node:path";

/** Where the last run's figures are kept (gitignored), so a regression shows at a glance. */
const LAST_RUN = path.join(".bench", "last.json");

export interface Figure {
  value: number;
  unit: string;
  /** Which way is better, to mark a change worse than the last run. */
  better: "lower" | "higher";
}

/**
 * The figures of one run, printed as they are measured, each beside the last saved
 * run's figure. `save()` replaces the last run with this one.
 */
export class Figures {
  readonly #now: Record<string, Figure> = {};
  readonly #last: Record<string, Figure>;

  constructor() {
    try {
      this.#last = JSON.parse(fs.readFileSync(LAST_RUN, "utf8"));
    } catch {
      this.#last = {};
    }
  }

  section(title: string): void {
    console.log(`\n## ${title}`);
  }

  record(name: string, value: number, unit: string, better: Figure["better"] = "lower"): number {
    this.#now[name] = { value, unit, better };
    const last = this.#last[name];
    let comparison = "";
    if (last && Number.isFinite(last.value) && last.value !== 0) {
      const ratio = value / last.value;
      // A change of more than 10% the wrong way is flagged.
      const worse = better === "lower" ? ratio > 1.1 : ratio < 1 / 1.1;
      comparison = `   (last ${format(last.value, last.unit)}${worse ? ", WORSE" : ""})`;
    }
    console.log(`${name.padEnd(58)} ${format(value, unit).padStart(12)}${comparison}`);
    return value;
  }

  save(): void {
    fs.mkdirSync(path.dirname(LAST_RUN), { recursive: true });
    fs.writeFileSync(LAST_RUN, JSON.stringify(this.#now, null, 2));
    console.log(`\nSaved to ${LAST_RUN}; the next run compares with it.`);
  }
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return "n/a";
  if (unit === "") return String(value);
  const digits = unit === "×" || Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return `${value.toFixed(digits)}${unit === "×" ? "×" : ` ${unit}`}`;
}
