import { describe, expect, it } from "vitest";
import { FreshReads } from "./fresh-reads";

describe("FreshReads", () => {
  it("shows a read when nothing happened meanwhile", () => {
    const reads = new FreshReads();
    expect(reads.isFresh(reads.startRead())).toBe(true);
    expect(reads.takeReread()).toBe(false);
  });

  it("drops a read that started before a local edit finished, and owes one more read after it", () => {
    const reads = new FreshReads();
    const before = reads.startRead();
    reads.editStarted();
    expect(reads.isFresh(before)).toBe(false);
    expect(reads.takeReread()).toBe(false); // the edit is still in flight
    reads.editEnded();
    expect(reads.takeReread()).toBe(true);
    expect(reads.takeReread()).toBe(false);
    expect(reads.isFresh(reads.startRead())).toBe(true);
  });

  it("drops a read whose whole edit began and ended while it ran", () => {
    const reads = new FreshReads();
    const ticket = reads.startRead();
    reads.editStarted();
    reads.editEnded();
    expect(reads.isFresh(ticket)).toBe(false);
    expect(reads.takeReread()).toBe(true);
  });

  it("drops a read started during an edit even if it answers after it", () => {
    const reads = new FreshReads();
    reads.editStarted();
    const during = reads.startRead();
    reads.editEnded();
    expect(reads.isFresh(during)).toBe(false);
  });

  it("drops an older read when a newer one runs, without owing another", () => {
    const reads = new FreshReads();
    const older = reads.startRead();
    const newer = reads.startRead();
    expect(reads.isFresh(older)).toBe(false);
    expect(reads.takeReread()).toBe(false);
    expect(reads.isFresh(newer)).toBe(true);
  });
});
