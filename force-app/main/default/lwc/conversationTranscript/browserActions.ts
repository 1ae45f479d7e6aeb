import type { KeyPress } from 'c/transcriptModel';

/**
 * Side-effect module of the container: the only place that touches the browser outside the component's
 * own template (clipboard, file download, the address's hash, timers). Everything here is small on
 * purpose; the decisions live in the pure model (c/transcriptModel).
 */

/** How long a transient status message ("Copied…", "Downloading FILE.") stays on screen. */
const STATUS_MESSAGE_MS = 5_000;
/** How often relative times ("5 minutes ago") are brought up to date. */
const RELATIVE_TIME_TICK_MS = 60_000;

/** Puts `text` on the clipboard; false when the browser refuses or has no clipboard. */
export async function copyText(text: string): Promise<boolean> {
  try {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard || typeof clipboard.writeText !== 'function') {
      return false;
    }
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The page's address and its hash ('' outside a browser). */
export function pageLocation(): { href: string; hash: string } {
  return typeof window !== 'undefined'
    ? { href: window.location.href, hash: window.location.hash }
    : { href: '', hash: '' };
}

/** Calls `listener` on every hashchange until the returned function is called. */
export function watchHash(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/**
 * File downloads through a `blob:` URL (Lightning Web Security blocks `data:` URLs). The last URL is
 * revoked before the next download and when the component is removed.
 */
export class Downloads {
  private lastUrl: string | null = null;

  download(fileName: string, content: string, mimeType: string): void {
    this.revoke();
    const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
    this.lastUrl = url;
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  }

  revoke(): void {
    if (this.lastUrl !== null) {
      URL.revokeObjectURL(this.lastUrl);
      this.lastUrl = null;
    }
  }
}

/** The timers of the container: the transient status message and the relative-time clock. */
export class Timers {
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private clock: ReturnType<typeof setInterval> | undefined;

  /**
   * @param showStatus shows a status message ('' hides it)
   * @param tick brings relative times up to date
   */
  constructor(
    private readonly showStatus: (message: string) => void,
    private readonly tick: () => void
  ) {}

  /** Shows `message`, cleared after STATUS_MESSAGE_MS. */
  status(message: string): void {
    this.clearStatus();
    this.showStatus(message);
    // Stopped when the component is removed (stopAll).
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      this.showStatus('');
    }, STATUS_MESSAGE_MS);
  }

  clearStatus(): void {
    if (this.statusTimer !== undefined) {
      clearTimeout(this.statusTimer);
      this.statusTimer = undefined;
    }
    this.showStatus('');
  }

  /** "5 minutes ago" has to move on: one tick a minute while relative times are shown. */
  runClock(on: boolean): void {
    if (this.clock !== undefined) {
      clearInterval(this.clock);
      this.clock = undefined;
    }
    if (on) {
      // eslint-disable-next-line @lwc/lwc/no-async-operation
      this.clock = setInterval(this.tick, RELATIVE_TIME_TICK_MS);
    }
  }

  stopAll(): void {
    this.runClock(false);
    this.clearStatus();
  }
}

/** The keys of a keydown, and whether it went to a text field (the toolbar's search box included). */
export function keyPressOf(event: KeyboardEvent): KeyPress {
  // The search box lives in the toolbar's shadow tree: from here its keys come from the toolbar host.
  const origin = (typeof event.composedPath === 'function' ? event.composedPath()[0] : event.target) as
    HTMLElement | undefined;
  const target = event.target as HTMLElement | null;
  const typing =
    /^(INPUT|TEXTAREA|LIGHTNING-INPUT)$/.test(origin?.tagName ?? '') ||
    target?.tagName === 'C-TRANSCRIPT-TOOLBAR';
  const { key, ctrlKey, metaKey, altKey } = event;
  return { key, ctrlKey, metaKey, altKey, typing };
}
