import { classifyError, friendlyErrorMessage } from '../errors';
import { reduceErrors } from 'c/ldsUtils';
import { LABELS } from 'c/transcriptLabels';
import { recordFigure } from '../../../../../../jest/figures';

// Wire-shaped failures (see conversationTranscript/__tests__/data/README.md for where each shape comes from).
const DATA = '../../conversationTranscript/__tests__/data';
const fieldHiddenResponse = require(`${DATA}/accessFieldHidden.json`);
const fieldsHiddenResponse = require(`${DATA}/accessFieldsHidden.json`);
const objectHiddenResponse = require(`${DATA}/accessObjectHidden.json`);
const unsupportedResponse = require(`${DATA}/accessUnsupported.json`);
const unsupportedUiApi = require(`${DATA}/accessUnsupportedUiApi.json`);
const insufficient = require(`${DATA}/accessInsufficient.json`);
const unsupported = unsupportedResponse.errors;
const fieldHidden = fieldHiddenResponse.errors;
const noObjectAccess = objectHiddenResponse.errors;

describe('classifyError', () => {
  const kindsSeen = new Set();
  afterAll(() => recordFigure('jest-errors', { kinds: [...kindsSeen].sort() }));

  it.each([
    [unsupported, 'unsupported-object'],
    [unsupportedUiApi, 'unsupported-object'],
    [fieldHidden, 'field-hidden'],
    [fieldsHiddenResponse.errors, 'field-hidden'],
    [noObjectAccess, 'object-hidden'],
    [insufficient, 'no-access'],
    [
      { status: 403, body: { message: 'Nope', statusCode: 403, errorCode: 'INSUFFICIENT_ACCESS' } },
      'no-access'
    ],
    [[{ message: 'Access Conversation Entries permission required' }], 'no-access'],
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

  it('names the hidden field, its object and the error type', () => {
    const info = classifyError(fieldHidden);
    expect(info.field).toBe('Message');
    expect(info.fields).toEqual(['Message']);
    expect(info.object).toBe('ConversationEntry');
    expect(info.code).toBe('ValidationError');
  });

  it('reads UI API GraphQL `extensions.ErrorType` and the LDS `errorCode`', () => {
    expect(classifyError(objectHiddenResponse.errors).code).toBe('ValidationError');
    expect(classifyError(unsupportedResponse.errors).code).toBe('DataFetchingException');
    expect(classifyError(unsupportedUiApi).code).toBe('INVALID_TYPE');
    expect(classifyError(insufficient).code).toBe('INSUFFICIENT_ACCESS');
  });

  it('accepts a whole wire value { data, errors }', () => {
    expect(classifyError(fieldHiddenResponse).kind).toBe('field-hidden');
    expect(classifyError(objectHiddenResponse).kind).toBe('object-hidden');
    expect(classifyError(objectHiddenResponse).code).toBe('ValidationError');
  });

  it('lists every hidden field once, in order', () => {
    const twice = [...fieldsHiddenResponse.errors, ...fieldsHiddenResponse.errors];
    expect(classifyError(twice).fields).toEqual(['ActorName', 'Message']);
  });

  it('reads the object of a filter or order-by type, and only word characters as a field name', () => {
    const filter = [
      {
        message:
          "Validation error of type FieldUndefined: Field 'EntryTime' in type 'ConversationEntry_Filter' is undefined @ 'x'",
        extensions: { ErrorType: 'ValidationError' }
      }
    ];
    expect(classifyError(filter)).toMatchObject({
      kind: 'field-hidden',
      fields: ['EntryTime'],
      object: 'ConversationEntry'
    });
    const hostile = [
      {
        message:
          "Validation error of type FieldUndefined: Field '<img src=x onerror=alert(1)>' in type 'ConversationEntry' is undefined",
        extensions: { ErrorType: 'ValidationError' }
      }
    ];
    expect(classifyError(hostile).kind).toBe('invalid-query');
    expect(classifyError(hostile).fields).toEqual([]);
  });
});

describe('HTML-escaped server messages', () => {
  it('shows an error message holding &constructor; as written', () => {
    const info = classifyError([{ message: 'Bad value &constructor; in &toString;' }]);
    expect(friendlyErrorMessage(info, LABELS)).toBe('Bad value &constructor; in &toString;');
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
      insufficient,
      fieldsHiddenResponse.errors,
      [{ message: 'x', errorType: 'ExecutionAborted' }]
    ].map((e) => friendlyErrorMessage(classifyError(e), LABELS));
    expect(new Set(messages).size).toBe(6);
  });

  it('names the permission set and the user permission when access is missing', () => {
    for (const errors of [insufficient, noObjectAccess]) {
      const message = friendlyErrorMessage(classifyError(errors), LABELS);
      expect(message).toContain('Conversation Transcript Viewer permission set');
      expect(message).toContain('Access Conversation Entries');
    }
    expect(friendlyErrorMessage(classifyError(insufficient), LABELS)).toBe(LABELS.Access_No_Permission);
    expect(friendlyErrorMessage(classifyError(noObjectAccess), LABELS)).toBe(LABELS.Access_Object_Hidden);
  });

  it('explains an unsupported object and points to the permission set', () => {
    for (const errors of [unsupported, unsupportedUiApi]) {
      const message = friendlyErrorMessage(classifyError(errors), LABELS);
      expect(message).toBe(LABELS.Access_Unsupported_Object);
      expect(message).toContain("isn't supported by the User Interface API");
      expect(message).toContain('Conversation Transcript Viewer permission set');
    }
  });

  it('names the hidden field(s) and the object, with the field-level security fix', () => {
    expect(friendlyErrorMessage(classifyError(fieldHidden), LABELS)).toBe(
      "You can't see the field Message on Conversation Entry. Ask your Salesforce admin to give you read access to the field Message on Conversation Entry (field-level security)."
    );
    expect(friendlyErrorMessage(classifyError(fieldsHiddenResponse), LABELS)).toBe(
      "You can't see these fields on Conversation Entry: ActorName, Message. Ask your Salesforce admin to give you read access to them (field-level security)."
    );
    const other = classifyError([
      {
        message:
          "Validation error of type FieldUndefined: Field 'Name' in type 'MessagingSession' is undefined @ 'x'"
      }
    ]);
    expect(friendlyErrorMessage(other, LABELS)).toContain('the field Name on MessagingSession');
  });

  it('falls back to the raw message, then a generic one', () => {
    expect(friendlyErrorMessage(classifyError([{ message: 'Something odd' }]), LABELS)).toBe('Something odd');
    expect(friendlyErrorMessage(classifyError(undefined), LABELS)).toBe(LABELS.Error_Unknown);
  });
});
