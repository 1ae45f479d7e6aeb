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

  it('starts with no target, and wants one only while a named entry is still to be shown', () => {
    const link = new LinkTarget();
    expect([link.entryId, link.sessionId, link.notFound, link.wanted]).toEqual([null, null, false, false]);
    link.read('#no-entry-here');
    link.entriesChanged();
    expect(link.wanted).toBe(false);
    link.read('#transcript-entry-e2');
    expect(link.wanted).toBe(true);
    expect(link.next(ENTRIES, ENTRIES, 'complete')).toBe('scroll');
    link.scrolled(true);
    expect(link.wanted).toBe(false);
  });

  it('reads the earlier conversation a link names, and follows a link to the same entry in another one', () => {
    const link = new LinkTarget();
    link.read('#transcript-entry-e2/0Mw5g000000A0001AAA');
    expect([link.entryId, link.sessionId]).toEqual(['e2', '0Mw5g000000A0001AAA']);
    link.scrolled(true);
    link.read('#transcript-entry-e2/0Mw5g000000A0002AAA');
    expect([link.entryId, link.sessionId, link.wanted]).toEqual(['e2', '0Mw5g000000A0002AAA', true]);
    link.read('#transcript-entry-e2');
    expect([link.entryId, link.sessionId, link.wanted]).toEqual(['e2', null, true]);
  });

  it('reports an entry missing when some pages could not be read, and looks no more when later pages arrive', () => {
    const link = new LinkTarget();
    link.read('#transcript-entry-e5');
    expect(link.next(ENTRIES.slice(0, 2), ENTRIES.slice(0, 2), 'incomplete')).toBe('stopped');
    expect(link.notFound).toBe(true);
    link.entriesChanged();
    expect(link.wanted).toBe(false);
    expect(link.next(ENTRIES, ENTRIES, 'complete')).toBe('none');
  });
});
