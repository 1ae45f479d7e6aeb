import { reduceErrors, classifyError, friendlyErrorMessage, decodeEntities } from 'c/ldsUtils';
import { LABELS } from 'c/transcriptLabels';
import { recordFigure } from '../../../../../../jest/figures';

const unsupported = require('../../conversationTranscript/__tests__/data/errorsUnsupported.json');
const fieldHidden = require('../../conversationTranscript/__tests__/data/errorsFieldHidden.json');
const noObjectAccess = require('../../conversationTranscript/__tests__/data/errorsNoObjectAccess.json');

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

describe('classifyError', () => {
  const kindsSeen = new Set();
  afterAll(() => recordFigure('jest-errors', { kinds: [...kindsSeen].sort() }));

  it.each([
    [unsupported, 'unsupported-object'],
    [fieldHidden, 'field-hidden'],
    [noObjectAccess, 'no-access'],
    [[{ message: 'Invalid Syntax', errorType: 'InvalidSyntax' }], 'invalid-query'],
    [[{ message: 'x', extensions: { errorType: 'ValidationError' } }], 'invalid-query'],
    [[{ message: 'x', errorType: 'OperationNotSupported' }], 'invalid-query'],
    [[{ message: 'x', errorType: 'DataFetchingException' }], 'data-fetching'],
    [[{ message: 'x', errorType: 'ExecutionAborted' }], 'aborted'],
    [[{ message: 'insufficient access rights on object id', errorCode: 'INSUFFICIENT_ACCESS' }], 'no-access'],
    [{ status: 403, body: { message: 'Forbidden' } }, 'no-access'],
    [new TypeError('Failed to fetch'), 'network'],
    [{ status: 504, body: { message: 'Gateway' } }, 'timeout'],
    [[{ message: 'Request timed out' }], 'timeout'],
    [[{ message: 'bad', errorType: 'Malformed' }], 'malformed'],
    [[{ message: 'Something odd' }], 'unknown'],
    [
      [
        {
          message:
            'Validation error of type FieldUndefined: Field &#39;Message&#39; in type &#39;ConversationEntry&#39; is undefined',
          extensions: { classification: 'ValidationError' }
        }
      ],
      'field-hidden'
    ]
  ])('classifies %j as %s', (errors, kind) => {
    expect(classifyError(errors).kind).toBe(kind);
    kindsSeen.add(kind);
  });

  it('names the hidden field and the error type', () => {
    const info = classifyError(fieldHidden);
    expect(info.field).toBe('Message');
    expect(info.code).toBe('ValidationError');
  });
});

describe('decodeEntities', () => {
  it.each([
    ['Field &#39;Message&#39; is undefined', "Field 'Message' is undefined"],
    ['&lt;b&gt; &amp;amp; &quot;q&quot; &apos;a&apos;', '<b> &amp; "q" \'a\''],
    ['&#x41;&#66;&nbsp;', 'AB\u00a0'],
    ['&unknown; &#0; &#xD800; &#99999999; & alone', '&unknown; &#0; &#xD800; &#99999999; & alone']
  ])('decodes %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it('names the field of an HTML-escaped field-level-security error, and shows it decoded', () => {
    const escaped = [
      {
        message:
          'Validation error of type FieldUndefined: Field &#39;MessageStatusCode&#39; in type &#39;ConversationEntry&#39; is undefined'
      }
    ];
    expect(classifyError(escaped).field).toBe('MessageStatusCode');
    expect(reduceErrors(escaped)[0]).toContain("Field 'MessageStatusCode'");
  });
});

describe('friendlyErrorMessage', () => {
  it('gives a specific, actionable message per kind', () => {
    const messages = [
      unsupported,
      fieldHidden,
      noObjectAccess,
      [{ message: 'x', errorType: 'ExecutionAborted' }]
    ].map((e) => friendlyErrorMessage(classifyError(e), LABELS));
    expect(new Set(messages).size).toBe(4);
    expect(messages[1]).toContain('The field Message');
    expect(messages[2]).toContain('Access Conversation Entries');
  });

  it('falls back to the raw message, then a generic one', () => {
    expect(friendlyErrorMessage(classifyError([{ message: 'Something odd' }]), LABELS)).toBe('Something odd');
    expect(friendlyErrorMessage(classifyError(undefined), LABELS)).toBe(LABELS.Error_Unknown);
  });
});
