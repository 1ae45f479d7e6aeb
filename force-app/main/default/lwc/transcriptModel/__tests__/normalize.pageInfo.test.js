import { normalizePage } from '../normalize';

const pageOf = (connection) =>
  normalizePage({ uiapi: { query: { ConversationEntry: { edges: [], ...connection } } } });

describe('normalizePage paging info', () => {
  it('follows the next page when there is one and a cursor to ask for it', () => {
    const page = pageOf({ pageInfo: { hasNextPage: true, endCursor: 'c2' } });
    expect(page.hasNextPage).toBe(true);
    expect(page.endCursor).toBe('c2');
  });

  it('keeps a finite numeric totalCount and drops any other value', () => {
    expect(pageOf({ totalCount: 4100 }).totalCount).toBe(4100);
    expect(pageOf({ totalCount: 0 }).totalCount).toBe(0);
    expect(pageOf({ totalCount: '4100' }).totalCount).toBeNull();
    expect(pageOf({ totalCount: Number.NaN }).totalCount).toBeNull();
    expect(pageOf({ totalCount: Number.POSITIVE_INFINITY }).totalCount).toBeNull();
    expect(pageOf({}).totalCount).toBeNull();
  });
});
