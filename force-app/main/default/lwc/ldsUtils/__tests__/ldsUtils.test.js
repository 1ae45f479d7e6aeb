import { reduceErrors, decodeEntities } from 'c/ldsUtils';

describe('reduceErrors', () => {
  it.each([
    ['a GraphQL errors array', [{ message: 'one' }, { message: 'two' }], ['one', 'two']],
    ['a UI API body object', { body: { message: 'body message' }, status: 500 }, ['body message']],
    ['a UI API body array', { body: [{ message: 'a' }, { message: 'b' }] }, ['a', 'b']],
    [
      'page and field errors',
      { body: { pageErrors: [{ message: 'p' }], fieldErrors: { Name: [{ message: 'f' }] } } },
      ['p', 'f']
    ],
    ['output errors', { body: { output: { errors: [{ message: 'o' }] } } }, ['o']],
    ['a JavaScript error', new TypeError('Failed to fetch'), ['Failed to fetch']],
    ['a plain string', 'plain string', ['plain string']],
    ['nested arrays', [[{ message: 'deep' }], 'flat'], ['deep', 'flat']],
    ['a status text only', { status: 503, statusText: 'Service Unavailable' }, ['Service Unavailable']],
    ['duplicates', [{ message: 'same' }, { message: 'same' }], ['same']],
    ['nothing', undefined, []],
    ['null', null, []],
    ['an empty message', [{ message: '' }], []]
  ])('reads %s', (_name, input, expected) => {
    expect(reduceErrors(input)).toEqual(expected);
  });

  it('never throws on cyclic or odd values', () => {
    const cyclic = { errors: [] };
    cyclic.errors.push(cyclic);
    expect(() => reduceErrors(cyclic)).not.toThrow();
    expect(reduceErrors(42)).toEqual(['42']);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['Field &#39;Message&#39; is undefined', "Field 'Message' is undefined"],
    ['&lt;b&gt; &amp;amp; &quot;q&quot; &apos;a&apos;', '<b> &amp; "q" \'a\''],
    ['&#x41;&#66;&nbsp;', 'AB\u00a0'],
    ['&unknown; &#0; &#xD800; &#99999999; & alone', '&unknown; &#0; &#xD800; &#99999999; & alone'],
    [
      '&constructor; &toString; &valueOf; &hasOwnProperty;',
      '&constructor; &toString; &valueOf; &hasOwnProperty;'
    ]
  ])('decodes %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
