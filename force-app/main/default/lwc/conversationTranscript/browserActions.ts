import { toolShortcut, type CopyJob, type DownloadJob } from 'c/transcriptModel';

/** The search box's owner (c-transcript-toolbar). */
export interface ToolbarElement extends HTMLElement {
  focusSearch(): void;
}

/** The log (c-transcript-log): scrolling to an entry or an end, and printing every entry. */
export interface LogElement extends HTMLElement {
  scrollToEntry(entryId: string): boolean;
  scrollToEdge(edge: 'first' | 'last'): void;
  printTranscript(): void;
}

/** How long a transient status message ("Copied…", "Downloading FILE.") stays on screen. */
const STATUS_MESSAGE_MS = 5_000;
/** How often relative times ("5 minutes ago") are brought up to date. */
const RELATIVE_TIME_TICK_MS = 60_000;

/**
 * Side-effect module of the container: the only place that touches the browser outside the component's
 * own template (clipboard, file download, the address and its hash, timers). Small on purpose: what to
 * copy, download or show is decided by the pure model (c/transcriptModel).
 */
export class BrowserActions {
  private lastUrl: string | null = null;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private clock: ReturnType<typeof setInterval> | undefined;
  private unwatchHash: (() => void) | undefined;

  /**
   * @param showStatus shows a status message ('' hides it)
   * @param tick brings relative times up to date
   */
  constructor(
    private readonly showStatus: (message: string) => void,
    private readonly tick: () => void
  ) {}

  /** The page's address ('' outside a browser). */
  get href(): string {
    return typeof window !== 'undefined' ? window.location.href : '';
  }

  /** The address's hash ('' outside a browser). */
  get hash(): string {
    return typeof window !== 'undefined' ? window.location.hash : '';
  }

  /** Calls `listener` on every hashchange until `stop`. */
  watchHash(listener: () => void): void {
    this.unwatchHash?.();
    window.addEventListener('hashchange', listener);
    this.unwatchHash = () => window.removeEventListener('hashchange', listener);
  }

  /** Copies or downloads; true when it worked (the browser may refuse the clipboard). */
  async carryOut(job: CopyJob | DownloadJob): Promise<boolean> {
    if (job.kind === 'copy') {
      return copyText(job.text);
    }
    this.download(job.fileName, job.content, job.mimeType);
    return true;
  }

  /** Shows `message`, cleared after STATUS_MESSAGE_MS. */
  status(message: string): void {
    this.clearStatus();
    this.showStatus(message);
    // Stopped when the component is removed (stop).
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      this.showStatus('');
    }, STATUS_MESSAGE_MS);
  }

  /** "5 minutes ago" has to move on: one tick a minute while relative times are shown. */
  runClock(on: boolean): void {
    if (this.clock !== undefined) {
      clearInterval(this.clock);
      this.clock = undefined;
    }
    if (on) {
      // Stopped when relative times are switched off and when the component is removed (stop).
      // eslint-disable-next-line @lwc/lwc/no-async-operation
      this.clock = setInterval(this.tick, RELATIVE_TIME_TICK_MS);
    }
  }

  /** Releases everything: the hash listener, the last download's URL, the timers. */
  stop(): void {
    this.unwatchHash?.();
    this.unwatchHash = undefined;
    this.revokeDownload();
    this.runClock(false);
    this.clearStatus();
  }

  private clearStatus(): void {
    if (this.statusTimer !== undefined) {
      clearTimeout(this.statusTimer);
      this.statusTimer = undefined;
    }
    this.showStatus('');
  }

  /**
   * Starts a download through a `blob:` URL (Lightning Web Security blocks `data:` URLs); the previous
   * URL is revoked first.
   */
  private download(fileName: string, content: string, mimeType: string): void {
    this.revokeDownload();
    const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
    this.lastUrl = url;
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  }

  private revokeDownload(): void {
    if (this.lastUrl !== null) {
      URL.revokeObjectURL(this.lastUrl);
      this.lastUrl = null;
    }
  }
}

/** Puts `text` on the clipboard; false when the browser refuses or has no clipboard. */
async function copyText(text: string): Promise<boolean> {
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

/**
 * The agent tools' shortcut a keydown asks for (see toolShortcut), knowing whether it went to a text field
 * (the toolbar's search box included).
 */
export function shortcutOf(event: KeyboardEvent): 'find' | 'print' | null {
  // The search box lives in the toolbar's shadow tree: from here its keys come from the toolbar host.
  const origin = (typeof event.composedPath === 'function' ? event.composedPath()[0] : event.target) as
    HTMLElement | undefined;
  const target = event.target as HTMLElement | null;
  const typing =
    /^(INPUT|TEXTAREA|LIGHTNING-INPUT)$/.test(origin?.tagName ?? '') ||
    target?.tagName === 'C-TRANSCRIPT-TOOLBAR';
  const { key, ctrlKey, metaKey, altKey } = event;
  return toolShortcut({ key, ctrlKey, metaKey, altKey, typing });
}
