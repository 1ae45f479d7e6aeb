/**
 * LoadViewModel: the pager's state as the container's loading, empty, error, progress and shortfall texts;
 * logMaxHeight: the log's height from the App Builder properties.
 */
import { LoadViewModel, logMaxHeight } from '../loadView';
import { LABELS } from 'c/transcriptLabels';
import { conversation, load } from '../../../../../../jest/modelFixtures';

const view = (state, count = state.entries.length, locale = 'en-US') =>
  new LoadViewModel(LABELS).view(state, count, locale);

describe('LoadViewModel', () => {
  it('shows the spinner while the first page loads (or there is no record yet), never the empty state', () => {
    for (const status of ['idle', 'loading', 'partial']) {
      expect(view(load({ status }))).toMatchObject({ isLoading: true, isEmpty: false, isLoadingMore: false });
    }
  });

  it('says how far loading got while more pages come, with and without the server count', () => {
    const entries = conversation(2000);
    expect(view(load({ status: 'partial', entries, totalCount: 5000 }))).toMatchObject({
      isLoading: false,
      isLoadingMore: true,
      progressText: 'Loaded 2,000 of 5,000 entries'
    });
    expect(view(load({ status: 'partial', entries })).progressText).toBe(
      'Loaded 2,000 entries, loading more'
    );
    expect(view(load({ status: 'partial', entries, totalCount: 5000 }), 2000, 'fr-FR').progressText).toBe(
      `Loaded 2${'\u202f'}000 of 5${'\u202f'}000 entries`
    );
  });

  it('is empty only when loading ended with no entry and none unreadable', () => {
    for (const status of ['complete', 'incomplete', 'cancelled']) {
      expect(view(load({ status })).isEmpty).toBe(true);
    }
    const unreadable = view(load({ unreadable: [{ id: 'x' }, { id: 'y' }] }));
    expect(unreadable).toMatchObject({
      isEmpty: false,
      unreadableCount: 2,
      unreadableText: '2 entries could not be read and are not shown'
    });
    expect(view(load({ status: 'error' })).isEmpty).toBe(false);
  });

  it('titles an error by whether some entries are shown', () => {
    expect(view(load({ status: 'error' }))).toMatchObject({
      hasError: true,
      errorHeading: "The transcript couldn't be loaded"
    });
    expect(view(load({ status: 'error', entries: conversation(3) })).errorHeading).toBe(
      "Some entries couldn't be loaded"
    );
  });

  it('says how many entries are shown once the user stopped loading', () => {
    expect(view(load({ status: 'cancelled', entries: conversation(40) }))).toMatchObject({
      isCancelled: true,
      cancelledText: 'Loading stopped: 40 entries shown'
    });
    expect(view(load({ status: 'cancelled' })).isCancelled).toBe(false);
  });

  it('explains each shortfall, only once loading ended incomplete', () => {
    const entries = conversation(3);
    const text = (shortfall, status = 'incomplete') =>
      view(load({ status, entries, shortfall })).shortfallText;
    expect(text({ kind: 'upper-bound', limit: 50000, total: 61000 })).toBe(
      'Showing the first 50,000 of 61,000 entries. The transcript loads at most 50,000 entries of one conversation.'
    );
    expect(text({ kind: 'upper-bound', limit: 50000, total: null })).toMatch(
      /^Showing the first 50,000 entries\./
    );
    expect(text({ kind: 'server-stopped', total: 10 })).toBe(
      'Salesforce sent 3 of 10 entries, then stopped. Some entries may be missing: refresh to try again.'
    );
    expect(text({ kind: 'server-stopped', total: null })).toMatch(
      /^Salesforce stopped sending entries after 3\./
    );
    expect(text({ kind: 'no-progress' })).toMatch(/^Loading stopped after 3 entries: Salesforce sent a page/);
    expect(text({ kind: 'too-many-pages', total: 3 })).toMatch(/than its count of 3 entries allows/);
    expect(text({ kind: 'no-progress' }, 'complete')).toBe('');
    expect(text(null)).toBe('');
  });

  it('counts unreadable entries among those loaded when the server stopped', () => {
    const state = load({
      status: 'incomplete',
      entries: conversation(3),
      unreadable: [{ id: 'x' }],
      shortfall: { kind: 'server-stopped', total: null }
    });
    expect(view(state).shortfallText).toMatch(/after 4\./);
  });

  it('formats once per change: the same inputs give the same view', () => {
    const model = new LoadViewModel(LABELS);
    const state = load({ entries: conversation(2) });
    const first = model.view(state, 2, 'en-US');
    expect(model.view(state, 2, 'en-US')).toBe(first);
    expect(model.view(state, 3, 'en-US')).not.toBe(first);
    expect(model.view(state, 3, 'en-US').hasEntries).toBe(true);
    expect(model.view(load(), 0, 'en-US').hasEntries).toBe(false);
    const big = load({ status: 'partial', entries: conversation(2), totalCount: 5000 });
    expect(model.view(big, 1234, 'en-US').progressText).toBe('Loaded 1,234 of 5,000 entries');
    expect(model.view(big, 1234, 'de-DE').progressText).toBe('Loaded 1.234 of 5.000 entries');
  });

  it('shows the rows, not the spinner or any end-of-loading state, while entries are shown', () => {
    const entries = conversation(3);
    expect(view(load({ status: 'complete', entries }))).toMatchObject({
      hasEntries: true,
      isLoading: false,
      isEmpty: false,
      isLoadingMore: false,
      isCancelled: false,
      hasError: false
    });
    expect(view(load({ status: 'complete' }))).toMatchObject({ isLoading: false, isEmpty: true });
    expect(view(load({ status: 'error' }))).toMatchObject({ isLoading: false, hasError: true });
  });
});

describe('logMaxHeight', () => {
  it('uses the pixel height (at least 160), else fits the page or grows with a short conversation', () => {
    expect(logMaxHeight(480, false, 10)).toBe('480px');
    expect(logMaxHeight('90', false, 10)).toBe('160px');
    expect(logMaxHeight(480, true, 10)).toBe('calc(100vh - 16rem)');
    expect(logMaxHeight(0, false, 150)).toBe('');
    expect(logMaxHeight(0, false, 151)).toBe('calc(100vh - 16rem)');
    expect(logMaxHeight(undefined, false, 10)).toBe('');
  });
});
