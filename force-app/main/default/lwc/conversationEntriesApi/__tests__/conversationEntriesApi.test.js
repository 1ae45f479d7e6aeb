import { graphql } from 'lightning/graphql';
import { conversationEntries, PAGE_SIZE } from 'c/conversationEntriesApi';

const pageOne = require('../../conversationTranscript/__tests__/data/pageOne.json');
const pageTwo = require('../../conversationTranscript/__tests__/data/pageTwo.json');

const cursorOf = (page) => page.uiapi.query.ConversationEntry.pageInfo.endCursor;
const countOf = (page) => page.uiapi.query.ConversationEntry.edges.length;

const adapters = [];

function start(config = { recordId: '0Mw000000000001AAA' }) {
  const values = [];
  const adapter = new conversationEntries((value) => values.push(value));
  adapters.push(adapter);
  adapter.connect();
  adapter.update(config);
  return { adapter, values, last: () => values[values.length - 1] };
}

describe('conversationEntries wire adapter', () => {
  afterEach(() => {
    adapters.splice(0).forEach((adapter) => adapter.disconnect());
    jest.clearAllMocks();
  });

  it('emits loading, then pages through every endCursor, then complete', () => {
    const { last, values } = start();
    expect(last().status).toBe('loading');
    expect(graphql.getLastConfig().variables).toEqual({
      conversationId: '0Mw000000000001AAA',
      first: PAGE_SIZE,
      after: null
    });

    graphql.emit(pageOne);
    expect(last().status).toBe('partial');
    expect(last().entries).toHaveLength(countOf(pageOne));
    expect(graphql.getLastConfig().variables.after).toBe(cursorOf(pageOne));

    graphql.emit(pageTwo);
    expect(last().status).toBe('complete');
    expect(last().entries).toHaveLength(countOf(pageOne) + countOf(pageTwo));
    expect(last().pagesLoaded).toBe(2);
    expect(last().totalCount).toBe(pageOne.uiapi.query.ConversationEntry.totalCount);
    expect(values.map((v) => v.status)).toEqual(['loading', 'partial', 'complete']);
  });

  it('makes exactly one request per page', () => {
    start();
    const spy = jest.spyOn(graphql.prototype, 'update');
    graphql.emit(pageOne);
    graphql.emit(pageTwo);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('does not loop when a cursor repeats', () => {
    const { last } = start();
    const loop = JSON.parse(JSON.stringify(pageOne));
    graphql.emit(loop);
    graphql.emit(loop); // the server answers page 2 with page 1's cursor again
    expect(last().status).toBe('complete');
  });

  it('emits idle with no record id and does not query', () => {
    const { last } = start({ recordId: undefined });
    expect(last().status).toBe('idle');
    expect(graphql.getLastConfig()).toEqual({});
  });

  it('restarts for a new record id', () => {
    const { adapter, last } = start();
    graphql.emit(pageOne);
    adapter.update({ recordId: '0Mw000000000002AAA' });
    expect(last().entries).toEqual([]);
    expect(graphql.getLastConfig().variables).toEqual({
      conversationId: '0Mw000000000002AAA',
      first: PAGE_SIZE,
      after: null
    });
  });

  it('clamps the page size to the 2000 UI API maximum', () => {
    start({ recordId: 'x', pageSize: 5000 });
    expect(graphql.getLastConfig().variables.first).toBe(2000);
    adapters.pop().disconnect();
    start({ recordId: 'y', pageSize: 50 });
    expect(graphql.getLastConfig().variables.first).toBe(50);
  });

  it('keeps partial data that came with errors and reports the errors', () => {
    const { last } = start();
    const errors = [{ message: 'boom', errorType: 'DataFetchingException' }];
    // The stub's emit helpers send data or errors; a real response can carry both.
    const [inner] = graphql._wireInstances;
    inner.emit({ data: pageOne, errors });
    expect(last().status).toBe('error');
    expect(last().entries).toHaveLength(countOf(pageOne));
    expect(last().errors).toEqual(errors);
  });

  it('retries the failed page by re-requesting its cursor when no refresh is given', () => {
    const { last } = start();
    graphql.emit(pageOne);
    graphql.emitErrors([{ message: 'Failed to fetch' }]);
    expect(last().status).toBe('error');
    last().retry();
    expect(last().status).toBe('partial');
    expect(graphql.getLastConfig().variables.after).toBe(cursorOf(pageOne));
    graphql.emit(pageTwo);
    expect(last().status).toBe('complete');
    expect(last().entries).toHaveLength(countOf(pageOne) + countOf(pageTwo));
  });

  it('reports a refresh that rejects as an error again', async () => {
    const { last } = start();
    graphql.emitErrors([{ message: 'x' }], undefined, () => Promise.reject(new TypeError('Failed to fetch')));
    last().retry();
    await Promise.resolve();
    await Promise.resolve();
    expect(last().status).toBe('error');
    expect(last().errors).toBeInstanceOf(TypeError);
  });

  it('stops requesting after cancel and ignores late pages', () => {
    const { last } = start();
    graphql.emit(pageOne);
    last().cancel();
    expect(last().status).toBe('cancelled');
    graphql.emit(pageTwo);
    expect(last().entries).toHaveLength(countOf(pageOne));
  });

  it('reloads from the first page', () => {
    const { last } = start();
    graphql.emit(pageOne);
    graphql.emit(pageTwo);
    last().reload();
    expect(last().status).toBe('loading');
    expect(graphql.getLastConfig().variables.after).toBeNull();
  });

  it('reloads past the LDS cache: each page of a reload is refreshed before it is used', async () => {
    const { last } = start();
    graphql.emit(pageOne);
    graphql.emit(pageTwo);
    last().reload();

    // LDS answers the first page from its cache (stale: one entry fewer); the adapter asks for fresh data.
    const stale = JSON.parse(JSON.stringify(pageOne));
    stale.uiapi.query.ConversationEntry.edges.pop();
    const refreshFirst = jest.fn(() => {
      graphql.emit(pageOne, undefined, refreshFirst);
      return Promise.resolve();
    });
    graphql.emit(stale, undefined, refreshFirst);
    expect(refreshFirst).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(last().entries).toHaveLength(countOf(pageOne));
    expect(graphql.getLastConfig().variables.after).toBe(cursorOf(pageOne));

    // The second page's refresh finds nothing newer and LDS does not emit again: the answer in hand is used.
    const refreshSecond = jest.fn(() => Promise.resolve());
    graphql.emit(pageTwo, undefined, refreshSecond);
    expect(refreshSecond).toHaveBeenCalledTimes(1);
    expect(last().status).toBe('partial');
    await Promise.resolve();
    await Promise.resolve();
    expect(last().status).toBe('complete');
    expect(last().entries).toHaveLength(countOf(pageOne) + countOf(pageTwo));
  });

  it('does not refresh pages of an ordinary first load', () => {
    start();
    const refresh = jest.fn(() => Promise.resolve());
    graphql.emit(pageOne, undefined, refresh);
    graphql.emit(pageTwo, undefined, refresh);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('disconnects its inner wire', () => {
    const { adapter } = start();
    const before = graphql._wireInstances.size;
    adapter.disconnect();
    expect(graphql._wireInstances.size).toBe(before - 1);
  });
});
