import { answerKey } from '../../checker/answer-key';
import type { LinkStatus } from '../../checker/links';
import type { Lru } from '../../checker/lru';
import type { Draft, Report } from '../../checker/types';
import type { Composer, Platform } from '../types';

/** Sends a draft to the checker; answers carry the seq they were asked with. */
export type CheckFn = (
  composerId: string,
  seq: number,
  draft: Draft,
) => Promise<{ seq: number; report: Report }>;

export type SessionView = {
  status: 'idle' | 'checking' | 'ready' | 'error';
  report: Report | null;
  error?: string;
  /** Length of the text the report is for (on the sidebar host, so tests and support can tell a fresh answer). */
  chars?: number;
};

export type SessionOptions = {
  platform: Platform;
  check: CheckFn;
  cache: Lru<string, Report>;
  onUpdate(view: SessionView): void;
  /** After a fresh answer for the newest draft (e.g. to look up live link statuses). */
  onChecked?(draft: Draft): void;
  /** Live link statuses known so far (opt-in): part of the cache key, so news about a link shows. */
  linkStatus?: (url: string) => LinkStatus | undefined;
  /** Quiet time after the last change before the text is read and checked. */
  delayMs?: number;
  signal: AbortSignal;
};

/**
 * Checks one composer's draft after each pause in typing. A keystroke only records the
 * time (no DOM read); the text is read once the user pauses. Every request gets a higher
 * seq and an answer older than the newest request is dropped, so a stale report never
 * replaces a newer one. Unchanged drafts are answered from the cache.
 */
export class DraftSession {
  view: SessionView = { status: 'idle', report: null };
  private seq = 0;
  private lastInput = 0;
  /** When the draft last changed (performance.now()); 0 before any change. */
  get lastChange(): number {
    return this.lastInput;
  }
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastKey = '';
  private readonly delay: number;

  constructor(
    readonly composer: Composer,
    private readonly options: SessionOptions,
  ) {
    this.delay = options.delayMs ?? 300;
    options.signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  /** Called on every change: must stay tiny (it runs inside the user's keystroke). */
  touch(): void {
    this.lastInput = performance.now();
    if (this.timer === undefined && !this.options.signal.aborted)
      this.timer = setTimeout(this.due, this.delay);
  }

  /**
   * Reads and checks now (focus, a fix applied, media added, an undo). A pause timer already
   * running stays: an editor may still be settling its text (Quill after an undo), and the read
   * after the pause is then the one that counts; if nothing changed it costs one comparison.
   */
  flush(): void {
    this.run();
  }

  /** Checks again even if the text is unchanged (the word list or settings changed). */
  recheck(): void {
    this.lastKey = '';
    this.flush();
  }

  private due = () => {
    this.timer = undefined;
    const waited = performance.now() - this.lastInput;
    // Still typing: wait for the rest of the pause instead of re-arming on every key.
    if (waited < this.delay - 1) this.timer = setTimeout(this.due, this.delay - waited);
    else this.run();
  };

  private run(): void {
    if (this.options.signal.aborted || !this.composer.element.isConnected) return;
    const draft: Draft = {
      text: this.composer.read(),
      platform: this.composer.platform?.() ?? this.options.platform,
      surface: this.composer.surface,
      media: this.composer.media(),
    };
    const key = answerKey(draft, this.options.linkStatus);
    if (key === this.lastKey && this.view.status !== 'error') return;
    this.lastKey = key;
    const seq = ++this.seq;
    const cached = this.options.cache.get(key);
    if (cached) {
      this.show({ status: 'ready', report: cached, chars: draft.text.length });
      return;
    }
    this.show({ status: 'checking', report: this.view.report });
    this.options.check(this.composer.id, seq, draft).then(
      (answer) => {
        this.options.cache.set(key, answer.report);
        if (answer.seq !== this.seq) return;
        this.show({ status: 'ready', report: answer.report, chars: draft.text.length });
        this.options.onChecked?.(draft);
      },
      (error: unknown) => {
        if (seq !== this.seq) return;
        this.lastKey = '';
        this.show({
          status: 'error',
          report: null,
          error: error instanceof Error ? error.message : String(error),
        });
      },
    );
  }

  private show(view: SessionView): void {
    if (this.options.signal.aborted) return;
    this.view = view;
    this.options.onUpdate(view);
  }
}
