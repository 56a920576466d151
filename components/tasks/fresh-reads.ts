/**
 * Decides whether a list read may replace what the panel shows. A read that started
 * before a local edit finished carries the list as it was before that edit: showing it
 * would undo the edit on screen. So a read is shown only if no newer read started (that
 * one will answer) and no local change began or ended while it ran (then it is dropped
 * and one more read is owed, run once no edit is in flight).
 */
export class FreshReads {
  private reads = 0;
  private edits = 0;
  private editsInFlight = 0;
  private rereadOwed = false;

  /** A read starts: its ticket. */
  startRead(): ReadTicket {
    return { read: ++this.reads, edits: this.edits };
  }

  /** A read answered: whether to show it. */
  isFresh(ticket: ReadTicket): boolean {
    if (ticket.read !== this.reads) return false;
    if (ticket.edits === this.edits && this.editsInFlight === 0) return true;
    this.rereadOwed = true;
    return false;
  }

  /** Whether to read again now: a read was dropped for an edit, and no edit is in flight. */
  takeReread(): boolean {
    if (!this.rereadOwed || this.editsInFlight > 0) return false;
    this.rereadOwed = false;
    return true;
  }

  /** A local change starts: reads already running are stale. */
  editStarted(): void {
    this.editsInFlight += 1;
    this.edits += 1;
  }

  /** A local change ended (saved or refused): reads that ran across it are stale too. */
  editEnded(): void {
    this.editsInFlight = Math.max(0, this.editsInFlight - 1);
    this.edits += 1;
  }
}

export interface ReadTicket {
  read: number;
  edits: number;
}
