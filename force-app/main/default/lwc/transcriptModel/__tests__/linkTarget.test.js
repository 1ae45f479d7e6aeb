/** LinkTarget: revealing the entry a link (#transcript-entry-ID) points at, once. */
import { LinkTarget } from '../linkTarget';
import { conversation } from '../../../../../../jest/modelFixtures';

const ENTRIES = conversation(5);

describe('LinkTarget', () => {
  it('reads the entry id from the address hash', () => {
    const link = new LinkTarget();
    link.read('#transcript-entry-e3');
    expect(link.entryId).toBe('e3');
    link.read('#something-else');
    expect(link.entryId).toBeNull();
    expect(link.next(ENTRIES, ENTRIES, 'complete')).toBe('none');
  });

  it('waits for the entry to load, shows it past the filter, then scrolls to it once', () => {
    const link = new LinkTarget();
    link.read('#transcript-entry-e3');
    expect(link.next(ENTRIES.slice(0, 2), ENTRIES.slice(0, 2), 'partial')).toBe('none');
    expect(link.next(ENTRIES, [ENTRIES[0]], 'complete')).toBe('clear-filter');
    expect(link.next(ENTRIES, ENTRIES, 'complete')).toBe('scroll');
    link.scrolled(false);
    expect(link.next(ENTRIES, ENTRIES, 'complete')).toBe('scroll');
    link.scrolled(true);
    expect(link.next(ENTRIES, ENTRIES, 'complete')).toBe('none');
    link.entriesChanged();
    expect(link.next(ENTRIES, ENTRIES, 'complete')).toBe('none');
  });

  it('says "not found" once loading ended without the entry, and stops looking when it failed', () => {
    const link = new LinkTarget();
    link.read('#transcript-entry-missing');
    expect(link.next(ENTRIES, ENTRIES, 'complete')).toBe('stopped');
    expect(link.notFound).toBe(true);
    expect(link.next(ENTRIES, ENTRIES, 'complete')).toBe('none');
    link.reset('#transcript-entry-missing');
    expect(link.notFound).toBe(false);
    expect(link.next(ENTRIES, ENTRIES, 'error')).toBe('stopped');
    expect(link.notFound).toBe(false);
  });

  it('looks again after new entries arrive until it was shown', () => {
    const link = new LinkTarget();
    link.read('#transcript-entry-e5');
    expect(link.next(ENTRIES.slice(0, 2), ENTRIES.slice(0, 2), 'cancelled')).toBe('stopped');
    link.entriesChanged();
    expect(link.next(ENTRIES, ENTRIES, 'complete')).toBe('scroll');
  });

  it('keeps the state for a late hashchange to the same entry', () => {
    const link = new LinkTarget();
    link.read('#transcript-entry-e2');
    link.scrolled(true);
    link.read('#transcript-entry-e2');
    expect(link.next(ENTRIES, ENTRIES, 'complete')).toBe('none');
  });
});
