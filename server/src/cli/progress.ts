// A progress line on standard error for long runs: only on a terminal, only once the run has taken
// half a second, redrawn at most ten times a second, and erased at the end so the report stays clean.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const SHOW_AFTER_MS = 500;
const REDRAW_EVERY_MS = 100;

export class Progress {
  private readonly started: number;
  private drawnAt = 0;
  private shown = false;

  /** process.stderr unless given: made on first use, since making it loads Node's stream modules. */
  private readonly given: ProgressStream | undefined;

  constructor(
    private readonly total: number,
    stream?: ProgressStream,
    private readonly now: () => number = Date.now,
  ) {
    this.given = stream;
    this.started = now();
  }

  private get stream(): ProgressStream {
    return this.given ?? process.stderr;
  }

  /** Whether a progress line may be drawn at all: only on a terminal. */
  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  update(done: number): void {
    // The clock first: a short run never looks at standard error.
    const now = this.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.drawnAt < REDRAW_EVERY_MS) return;
    if (!this.enabled) return;
    this.drawnAt = now;
    this.shown = true;
    this.stream.write(`\r\x1b[Kmortgage-lens: ${done}/${this.total} files`);
  }

  /** Erases the line, if one was drawn. */
  end(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
