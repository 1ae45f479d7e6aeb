import type { Labels } from './display';
import {
  ExportPlan,
  type CopyJob,
  type EntryCopyAction,
  type ExportAction,
  type ExportJob
} from './exportPlan';
import { HistoryController } from './historyController';
import type { CustomerKey, HistoryQueryVariables, HistoryWireAnswer } from './history';
import { LinkTarget, type LinkStep } from './linkTarget';
import { LoadViewModel } from './loadView';
import { EntryPager } from './pager';
import {
  sameRecordId,
  type EntryQueryVariables,
  type EntryWireAnswer,
  type PagerCommand,
  type TranscriptLoad
} from './entryQuery';
import { SessionController, type LiveLogAnswer, type RecordRef } from './sessionController';
import type { SearchMatch } from './search';
import { TranscriptTools } from './tools';
import { TranscriptView, type ViewOptions } from './transcriptView';

/** The parts of the transcript's state, one model each. */
export interface TranscriptParts {
  readonly pager: EntryPager;
  readonly load: LoadViewModel;
  readonly tools: TranscriptTools;
  readonly exports: ExportPlan;
  readonly sessions: SessionController;
  readonly history: HistoryController;
  readonly link: LinkTarget;
}

/** The container's GraphQL documents (static `gql` literals; the model only picks one). */
export interface TranscriptQueries<Q> {
  readonly entries: Q;
  /** The earlier-conversation list query for each way of finding the customer. */
  readonly history: Readonly<Record<CustomerKey, Q>>;
}

/**
 * What the container's wires ask for, named as the container's wired fields: a new variables object makes
 * a wire ask again; an undefined query or variables stops it.
 */
export interface WireInputs<Q> {
  readonly entryVariables: EntryQueryVariables | undefined;
  readonly historyQuery: Q | undefined;
  readonly historyVariables: HistoryQueryVariables | undefined;
  /** The earlier conversations' entry query, once one was expanded. */
  readonly historyEntriesQuery: Q | undefined;
  readonly historyEntryVariables: EntryQueryVariables | undefined;
}

/** What the state needs from its container: its properties, its documents and a few platform calls. */
export interface TranscriptDeps<Q> {
  readonly labels: Labels;
  /** The component's properties, read whenever a view needs them. */
  readonly options: ViewOptions;
  readonly queries: TranscriptQueries<Q>;
  /** The friendly message for a failed load's errors. */
  readonly errorMessage: (errors: unknown) => string;
  /** Reads the console's live conversation log of a record. */
  readonly loadLiveLog: (recordId: string) => Promise<LiveLogAnswer>;
  /** Called when something changed after an asynchronous step (a refresh settled, the live log arrived). */
  readonly changed: () => void;
}

/**
 * Pure model of one transcript on a record page: the parts (paging, filter and search, export, session,
 * history, link target) and the rules that tie them together: a new record resets them all, a getRecord
 * answer names the customer for the history list and reloads when the session ends, new entries bring
 * the link target and the current match up to date. Asynchronous steps (a pager's refresh, the console's
 * live log) go through the functions in TranscriptDeps. The container reads a new TranscriptView after
 * each change (`settle`) and hands `wires` to its wire adapters.
 */
export class TranscriptState<Q> {
  readonly parts: TranscriptParts;
  private record: RecordRef = { recordId: undefined, objectApiName: undefined };
  private shown: TranscriptLoad;
  // Stryker disable next-line BooleanLiteral: with no search there is no match to scroll to, whatever it says
  private scrollToMatch = false;

  constructor(private readonly deps: TranscriptDeps<Q>) {
    const labels = deps.labels;
    this.parts = {
      pager: new EntryPager(),
      load: new LoadViewModel(labels),
      tools: new TranscriptTools(labels),
      exports: new ExportPlan(labels),
      sessions: new SessionController(),
      history: new HistoryController(labels),
      link: new LinkTarget()
    };
    this.shown = this.parts.pager.state;
  }

  get recordRef(): RecordRef {
    return this.record;
  }

  /**
   * Moves to another record (or object API name): forgets everything read for the previous one (entries,
   * session, live log, search, filter, history) and reads the link target from `hash` again. Returns
   * false when nothing changed.
   */
  setRecord(change: Partial<RecordRef>, hash: string): boolean {
    const record = { ...this.record, ...change };
    if (record.recordId === this.record.recordId && record.objectApiName === this.record.objectApiName) {
      return false;
    }
    this.record = record;
    const { pager, tools, sessions, history, link } = this.parts;
    pager.start(record.recordId);
    sessions.reset();
    tools.reset();
    history.reset();
    link.reset(hash);
    // Stryker disable next-line BooleanLiteral: tools.reset() above clears the search, so no match is left to scroll to
    this.scrollToMatch = false;
    return true;
  }

  get wires(): WireInputs<Q> {
    const { pager, history } = this.parts;
    const key = history.customerKey;
    return {
      entryVariables: pager.variables,
      // Stryker disable next-line ConditionalExpression: the query map has no entry for null either
      historyQuery: key === null ? undefined : this.deps.queries.history[key],
      historyVariables: history.listVariables,
      historyEntriesQuery: history.entriesWanted ? this.deps.queries.entries : undefined,
      historyEntryVariables: history.entryVariables
    };
  }

  /**
   * A new search term. `scrollTo` asks the log to bring the first match into view as it renders the
   * highlights (one render); when it cannot (no log yet), the log scrolls to it after the next render.
   */
  // Stryker disable next-line ArrowFunction: undefined and false both mean "not scrolled yet"
  search(term: string, view: TranscriptView, scrollTo: (entryId: string) => boolean = () => false): void {
    const match = this.parts.tools.search(term, view.source);
    this.scrollToMatch = match !== null && !scrollTo(match.entryId);
  }

  /** The next or previous match; `scrollTo` shows it now, else the log scrolls to it after the next render. */
  step(direction: 1 | -1, view: TranscriptView, scrollTo: (entryId: string) => boolean): void {
    const match = this.parts.tools.step(direction, view.source);
    if (match) {
      this.scrollToMatch = !scrollTo(match.entryId);
    }
  }

  /** The match to scroll to after this render (once), or null. */
  takeMatchScroll(view: TranscriptView): SearchMatch | null {
    const match = this.scrollToMatch ? view.currentMatch : null;
    this.scrollToMatch = false;
    return match;
  }

  /** Takes an answer of the entry wire; true when it changed anything (an answer may be ignored). */
  receiveEntries(answer: EntryWireAnswer | undefined): boolean {
    const { pager } = this.parts;
    const { state, variables } = pager;
    this.run(pager, pager.receive(answer));
    return pager.state !== state || pager.variables !== variables;
  }

  /** Takes an answer of the earlier conversations' list wire; true when it changed anything. */
  receiveHistoryList(answer: HistoryWireAnswer | undefined): boolean {
    return this.parts.history.receiveList(answer);
  }

  /** Takes an answer of the earlier conversations' entry wire; true when it changed anything. */
  receiveHistoryEntries(answer: EntryWireAnswer | undefined): boolean {
    const { command, changed } = this.parts.history.receiveEntries(answer);
    this.run(this.parts.history, command);
    return changed;
  }

  /** Asks again for the page that failed. */
  retry(): void {
    this.run(this.parts.pager, this.parts.pager.retry());
  }

  /**
   * Takes a getRecord answer for the current record: names the customer for the history list, reads the
   * entries again when the session just ended, and asks the console for its live log. False for another
   * record's answer (nothing changed).
   */
  receiveSession(data: { id: string } | undefined, error: unknown): boolean {
    const { sessions, history, pager } = this.parts;
    const answer = sessions.receive(data, error, this.record);
    if (answer.anchor !== undefined) {
      history.setAnchor(answer.anchor);
    }
    if (answer.reload) {
      this.run(pager, pager.reload());
    }
    if (answer.askLiveLog) {
      this.requestLiveLog(false);
    }
    return answer.accepted;
  }

  /** The agent's refresh: reads the entries and the console's live log again. */
  refresh(): void {
    this.run(this.parts.pager, this.parts.pager.reload());
    this.requestLiveLog(true);
  }

  private requestLiveLog(force: boolean): void {
    const recordId = this.parts.sessions.liveLogRequest(this.record, force);
    if (recordId !== null) {
      this.deps.loadLiveLog(recordId).then((answer) => {
        if (this.parts.sessions.receiveLiveLog(recordId, this.record.recordId, answer)) {
          this.deps.changed();
        }
      });
    }
  }

  /** Carries out what a pager asks (refresh a wire's answer); shows the outcome when it settles. */
  private run(pager: Pick<EntryPager, 'refreshSettled' | 'refreshFailed'>, command: PagerCommand): void {
    if (command !== null) {
      command.refresh().then(
        () => {
          pager.refreshSettled();
          this.deps.changed();
        },
        (error: unknown) => {
          pager.refreshFailed(error);
          this.deps.changed();
        }
      );
    }
  }

  /**
   * After any change: when the pager's state moved on, the link target is looked for again and the
   * current match kept inside the matches. Returns the view to show and whether loading moved on.
   */
  settle(): { view: TranscriptView; loadChanged: boolean } {
    const { options, labels, errorMessage } = this.deps;
    const view = new TranscriptView(this.parts, options, labels, errorMessage);
    const state = this.parts.pager.state;
    const loadChanged = state !== this.shown;
    if (loadChanged) {
      this.shown = state;
      this.parts.link.entriesChanged();
      this.parts.tools.clampMatch(view.source);
    }
    return { view, loadChanged };
  }

  /** What an export action of the toolbar produces, at `now`. */
  exportJob(action: ExportAction, view: TranscriptView, now: number): ExportJob {
    const { locale, timeZone } = this.deps.options;
    const context = { recordId: this.record.recordId ?? null, now, locale, timeZone };
    return this.parts.exports.job(action, view.exportSource, context);
  }

  /** What a per-entry copy action puts on the clipboard; null for an entry not loaded. */
  entryJob(action: EntryCopyAction, entryId: string, view: TranscriptView, pageUrl: string): CopyJob | null {
    const entry = view.allEntries.find((candidate) => candidate.id === entryId);
    const sessionId = entry ? this.parts.history.sessionOfEntry(entry.id) : null;
    return entry ? this.parts.exports.entryJob(action, entry, pageUrl, sessionId) : null;
  }

  /** After a render: the next step to reveal the linked entry (a hidden one is shown by clearing the filter). */
  linkStep(view: TranscriptView): LinkStep {
    const { link, history } = this.parts;
    let status = view.transcript.status;
    const sessionId = link.sessionId;
    const current = this.record.recordId;
    const earlier = sessionId !== null && !(current !== undefined && sameRecordId(sessionId, current));
    if (earlier && link.wanted && !view.allEntries.some((entry) => entry.id === link.entryId)) {
      // The entry is in an earlier conversation: list it, expand it, then wait for its entries.
      const where = history.linkedSession(sessionId);
      if (where === 'collapsed' || where === 'more') {
        // Stryker disable next-line ConditionalExpression: toggle ignores a conversation that is not listed ('more')
        if (where === 'collapsed') history.toggle(sessionId);
        return 'load-session';
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: link.next waits on any status but an ended one
      status = where === 'absent' ? 'complete' : where === 'listing' ? 'loading' : where;
    }
    const step = link.next(view.allEntries, view.displayedEntries, status);
    if (step === 'clear-filter') {
      this.parts.tools.clearFilter();
    }
    return step;
  }
}
