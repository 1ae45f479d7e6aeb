import { entryCountText, entryTypeLabel, fillTemplate, type Labels } from './display';
import {
  toCsv,
  toJson,
  toPlainText,
  EXPORT_MIME_TYPES,
  exportFileName,
  type ExportExtension,
  type ExportSession,
  type SessionOfEntry
} from './exporters';
import type { EarlierSession } from './history';
import type { TranscriptEntry } from './types';
import { entryLink, type ExportScope } from './view';

/** What the toolbar's export menu can do. */
export type ExportAction = 'copy' | 'txt' | 'csv' | 'json' | 'print';

/** The entry lists an export scope chooses from. */
export interface ExportSource {
  /** Expanded earlier conversations (oldest first) and this one's entries after them. */
  readonly all: readonly TranscriptEntry[];
  /** This conversation's entries. */
  readonly current: readonly TranscriptEntry[];
  /** What the filter shows, in display order. */
  readonly displayed: readonly TranscriptEntry[];
  /** The expanded earlier conversations with their loaded entries. */
  readonly earlier: ReadonlyArray<{ session: EarlierSession; entries: readonly TranscriptEntry[] }>;
  /** This conversation (the record) as the export's session column names it. */
  readonly currentSession: ExportSession;
}

/** Text to put on the clipboard; `status` is the status line once that worked (true) or failed. */
export interface CopyJob {
  readonly kind: 'copy';
  readonly text: string;
  readonly status: (done: boolean) => string;
}

/** A file to download; `status` is the status line once it started. */
export interface DownloadJob {
  readonly kind: 'download';
  readonly fileName: string;
  readonly mimeType: string;
  readonly content: string;
  readonly status: (done: boolean) => string;
}

/** What carrying out an export action takes: text to copy, a file to download, or printing. */
export type ExportJob = CopyJob | DownloadJob | { readonly kind: 'print' };

/** A per-entry action that copies: a link to the entry, or its text. */
export type EntryCopyAction = 'copy-link' | 'copy-text';

/** When and for which record an export runs (its file name says both). */
export interface ExportContext {
  readonly recordId: string | null;
  readonly now: number;
  readonly locale: string;
  readonly timeZone: string;
}

/** The export scope a toolbar value names ('shown' for anything else). */
export function exportScopeOf(value: string): ExportScope {
  return value === 'all' || value === 'session' ? value : 'shown';
}

/** The text "Copy text" puts on the clipboard for one entry: its message, else its type's label. */
export function entryCopyText(entry: TranscriptEntry, labels: Labels): string {
  return entry.message ?? entryTypeLabel(entry.entryType, labels);
}

/**
 * Pure model of the export menu: the scope (what the filter shows, every loaded entry, or this session's),
 * the entries that scope writes, which conversation each exported entry belongs to, and the content
 * of each export action.
 */
export class ExportPlan {
  scope: ExportScope = 'shown';

  constructor(private readonly labels: Labels) {}

  /** The entries an export writes, in the order it writes them. */
  entries(source: ExportSource): readonly TranscriptEntry[] {
    if (this.scope === 'all') {
      return source.all;
    }
    return this.scope === 'session' ? source.current : source.displayed;
  }

  /** This session's entry count for the "This session only" scope, offered once history is shown. */
  sessionCount(source: ExportSource): number | null {
    return source.earlier.length > 0 ? source.current.length : null;
  }

  /** Which conversation each exported entry belongs to: an expanded earlier one, else this one. */
  sessionOf(source: ExportSource): SessionOfEntry {
    const earlier = new Map<string, ExportSession>();
    for (const { session, entries } of source.earlier) {
      const owner: ExportSession = { id: session.id, name: session.name, current: false };
      for (const entry of entries) {
        earlier.set(entry.id, owner);
      }
    }
    return (entry) => earlier.get(entry.id) ?? source.currentSession;
  }

  /** Sets the scope from a toolbar value. */
  setScope(value: string): void {
    this.scope = exportScopeOf(value);
  }

  /** What `action` produces for the current scope. */
  job(action: ExportAction, source: ExportSource, context: ExportContext): ExportJob {
    const entries = this.entries(source);
    const options = { labels: this.labels, locale: context.locale, timeZone: context.timeZone };
    const file = (extension: ExportExtension, content: string): DownloadJob => {
      const fileName = exportFileName(context.recordId, extension, context.now, context.timeZone);
      const status = (): string => fillTemplate(this.labels.Export_Downloaded, fileName);
      return { kind: 'download', fileName, mimeType: EXPORT_MIME_TYPES[extension], content, status };
    };
    switch (action) {
      case 'copy':
        return {
          kind: 'copy',
          text: toPlainText(entries, options),
          status: (copied) => this.copiedText(copied, entries.length, context.locale)
        };
      case 'txt':
        return file('txt', toPlainText(entries, options));
      case 'csv':
        return file('csv', toCsv(entries, this.sessionOf(source)));
      case 'json':
        return file('json', toJson(entries, this.sessionOf(source)));
      default:
        return { kind: 'print' };
    }
  }

  /** What a per-entry copy action puts on the clipboard (`pageUrl`: the address the link starts from). */
  entryJob(
    action: EntryCopyAction,
    entry: TranscriptEntry,
    pageUrl: string,
    sessionId: string | null = null
  ): CopyJob {
    const labels = this.labels;
    const link = action === 'copy-link';
    const done = link ? labels.Entry_Link_Copied : labels.Entry_Text_Copied;
    return {
      kind: 'copy',
      text: link ? entryLink(pageUrl, entry.id, sessionId) : entryCopyText(entry, labels),
      status: (copied) => (copied ? done : labels.Export_Copy_Failed)
    };
  }

  /** The status line after copying `count` entries (or failing to). */
  copiedText(copied: boolean, count: number, locale: string): string {
    const labels = this.labels;
    return copied
      ? fillTemplate(labels.Export_Copied, entryCountText(count, locale, labels))
      : labels.Export_Copy_Failed;
  }
}
