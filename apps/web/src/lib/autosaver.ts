/**
 * Saves a draft to the server a moment after the last change, one save at a time, and keeps trying while the
 * phone is offline. It holds the latest value in memory only: nothing about the client is ever written to the
 * browser's storage. React-free, so it can be tested with fake timers; `useAutosave` wires it up.
 */

export type AutosaveState =
  /** Nothing changed since the page opened. */
  | 'idle'
  /** Changed; the save waits for a pause in typing. */
  | 'pending'
  | 'saving'
  | 'saved'
  /** The server could not be reached: it tries again when the connection is back. */
  | 'offline'
  /** The server refused the draft (the message says why): tried again on the next change. */
  | 'failed';

export interface AutosaveStatus {
  state: AutosaveState;
  /** Changes not yet on the server. */
  unsaved: boolean;
  /** When the server last stored the draft (ISO). */
  savedAt: string | null;
  /** Why the last save failed, when `failed`. */
  message: string | null;
}

export interface AutosaverOptions<T> {
  save: (value: T) => Promise<{ savedAt: string }>;
  /** `'offline'` for a network failure, else the message to show. */
  describeError: (error: unknown) => 'offline' | string;
  isOnline: () => boolean;
  onStatus: (status: AutosaveStatus) => void;
  savedAt?: string | null;
  delayMs?: number;
  /** While offline, how often to try again anyway (the browser's online signal is not always right). */
  retryMs?: number;
}

export class Autosaver<T> {
  private latest: T | undefined;
  private changes = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private again = false;
  /** Filed (or otherwise finished): nothing is saved any more. */
  private stopped = false;
  /** While the report is being filed, no draft is saved. */
  private held = false;
  /** The page has gone (until it is attached again: React mounts effects twice in development). */
  private left = false;
  private status: AutosaveStatus;

  constructor(private readonly options: AutosaverOptions<T>) {
    this.status = { state: 'idle', unsaved: false, savedAt: options.savedAt ?? null, message: null };
  }

  get current(): AutosaveStatus {
    return this.status;
  }

  get unsaved(): boolean {
    return !this.stopped && this.status.unsaved;
  }

  /** The page is showing: saves may run. */
  attach(): void {
    this.left = false;
  }

  /** The form changed: save it after a pause. */
  change(value: T): void {
    if (this.stopped || this.left) return;
    this.latest = value;
    this.changes += 1;
    this.emit({
      state: this.status.state === 'offline' ? 'offline' : 'pending',
      unsaved: true,
      message: null,
    });
    this.schedule(this.options.delayMs ?? 1_500);
  }

  /** Try now, if anything is unsaved (the connection is back). */
  retry(): void {
    if (this.status.unsaved) void this.run();
  }

  /**
   * Resolves once no save is on its way to the server. After `hold`, it means no draft can arrive after
   * what is sent next (a recorded review would otherwise be followed by its own draft, saved again).
   */
  async settled(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** Stop saving while the report is filed; `release` carries on (filing failed). */
  hold(): void {
    this.held = true;
    this.clearTimer();
  }

  release(): void {
    this.held = false;
    this.retry();
  }

  /** Done for good: the report is filed. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
    this.emit({ unsaved: false });
  }

  /** The page is closing (a link inside the app): one last save of anything unsaved, then nothing more. */
  leave(): void {
    this.clearTimer();
    const unsaved = !this.stopped && !this.left && !this.held && this.status.unsaved;
    if (unsaved && this.latest !== undefined) {
      this.options.save(this.latest).catch(() => undefined);
    }
    this.left = true;
  }

  private schedule(ms: number) {
    this.clearTimer();
    this.timer = setTimeout(() => void this.run(), ms);
  }

  private clearTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private emit(change: Partial<AutosaveStatus>) {
    this.status = { ...this.status, ...change };
    this.options.onStatus(this.status);
  }

  private offline() {
    this.emit({ state: 'offline', message: null });
    this.schedule(this.options.retryMs ?? 20_000);
  }

  private async run(): Promise<void> {
    this.clearTimer();
    if (this.stopped || this.left || this.held || !this.status.unsaved || this.latest === undefined) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    if (!this.options.isOnline()) {
      this.offline();
      return;
    }
    let finished: () => void = () => undefined;
    this.inFlight = new Promise<void>((resolve) => {
      finished = resolve;
    });
    const sent = this.changes;
    this.emit({ state: 'saving', message: null });
    try {
      const { savedAt } = await this.options.save(this.latest);
      if (this.stopped || this.left) return;
      const upToDate = this.changes === sent;
      this.emit({ state: upToDate ? 'saved' : 'pending', unsaved: !upToDate, savedAt });
    } catch (error) {
      if (this.stopped || this.left) return;
      const problem = this.options.describeError(error);
      if (problem === 'offline') this.offline();
      else this.emit({ state: 'failed', message: problem });
    } finally {
      this.inFlight = null;
      finished();
      if (this.again) {
        this.again = false;
        void this.run();
      }
    }
  }
}
