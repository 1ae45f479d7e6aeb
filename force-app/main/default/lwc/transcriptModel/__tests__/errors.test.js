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

describe('classifyError: the code it names', () => {
  it('names the GraphQL error type before any other code of the same answer', () => {
    const errors = [
      { message: 'Too many requests', errorCode: 'REQUEST_LIMIT_EXCEEDED' },
      { message: 'Exception while fetching data', extensions: { ErrorType: 'DataFetchingException' } }
    ];
    expect(classifyError(errors)).toMatchObject({ kind: 'data-fetching', code: 'DataFetchingException' });
  });

  it('names the HTTP status when no error type is given, and no code when nothing names one', () => {
    expect(classifyError({ status: 504, body: { message: 'Gateway' } }).code).toBe('504');
    expect(classifyError([{ message: 'Something odd' }]).code).toBeNull();
    expect(classifyError(new TypeError('Failed to fetch')).code).toBeNull();
  });

  it('reads the status of an error body when the error has none of its own', () => {
    expect(classifyError({ body: { statusCode: 403, message: 'Forbidden' } })).toMatchObject({
      kind: 'no-access',
      code: '403'
    });
    expect(classifyError({ body: { statusCode: '403', message: 'Forbidden' } })).toMatchObject({
      kind: 'unknown',
      code: null
    });
  });

  it('reads the error code of a UI API error body, an object or a list, also inside a whole wire value', () => {
    const body = {
      errorCode: 'INVALID_TYPE',
      message: 'Object ConversationEntry is not supported in UI API'
    };
    expect(classifyError({ status: 400, body }).code).toBe('INVALID_TYPE');
    expect(classifyError({ data: undefined, errors: [unsupportedUiApi] })).toMatchObject({
      kind: 'unsupported-object',
      code: 'INVALID_TYPE'
    });
  });

  it('classifies nothing usable (null, a list of nulls) as unknown, without a code', () => {
    for (const errors of [null, [null], [undefined, null]]) {
      expect(classifyError(errors)).toEqual({
        kind: 'unknown',
        code: null,
        field: null,
        fields: [],
        object: null,
        messages: []
      });
    }
  });

  it('ends on an error value that contains itself', () => {
    const list = [{ message: 'Loop' }];
    list.push(list);
    const error = { status: 500, body: [] };
    error.body.push(error);
    const wire = { data: null, errors: [] };
    wire.errors.push(wire);
    expect(classifyError(list)).toMatchObject({ kind: 'unknown', code: null, messages: ['Loop'] });
    expect(classifyError(error)).toMatchObject({ kind: 'unknown', code: '500' });
    expect(classifyError(wire)).toMatchObject({ kind: 'unknown', code: null });
  });
});

describe('classifyError: which failure', () => {
  const sessionFieldHidden = {
    message:
      "Validation error of type FieldUndefined: Field 'Name' in type 'MessagingSession' is undefined @ 'x'",
    extensions: { ErrorType: 'ValidationError' }
  };

  it('says the object is hidden, naming no field, when ConversationEntry is missing from the schema', () => {
    expect(classifyError(noObjectAccess)).toEqual({
      kind: 'object-hidden',
      code: 'ValidationError',
      field: null,
      fields: [],
      object: 'ConversationEntry',
      messages: [noObjectAccess[0].message]
    });
  });

  it('says the object is hidden even when a field of another object is hidden too', () => {
    expect(classifyError([sessionFieldHidden, ...noObjectAccess]).kind).toBe('object-hidden');
    expect(classifyError([...noObjectAccess, sessionFieldHidden]).kind).toBe('object-hidden');
  });

  it('does not blame ConversationEntry when another object is missing from the schema', () => {
    const voiceCallHidden = [
      {
        message:
          "Validation error of type FieldUndefined: Field 'VoiceCall' in type 'RecordQuery' is undefined @ 'uiapi/query/VoiceCall'",
        extensions: { ErrorType: 'ValidationError' }
      }
    ];
    expect(classifyError(voiceCallHidden)).toMatchObject({ kind: 'field-hidden', fields: ['VoiceCall'] });
  });

  it('keeps a custom object’s name that holds a type suffix in the middle', () => {
    const custom = [
      {
        message:
          "Validation error of type FieldUndefined: Field 'Status__c' in type 'Chat_Filter_Rule__c' is undefined @ 'x'",
        extensions: { ErrorType: 'ValidationError' }
      }
    ];
    expect(classifyError(custom)).toMatchObject({ kind: 'field-hidden', object: 'Chat_Filter_Rule__c' });
  });

  it('names a hidden field from another validation wording, on Conversation Entry', () => {
    const errors = [
      {
        message: "Validation error: field 'MessageStatusCode' isn't visible for this user",
        extensions: { ErrorType: 'ValidationError' }
      }
    ];
    const info = classifyError(errors);
    expect(info).toMatchObject({
      kind: 'field-hidden',
      field: 'MessageStatusCode',
      fields: ['MessageStatusCode'],
      object: null
    });
    expect(friendlyErrorMessage(info, LABELS)).toBe(
      "You can't see the field MessageStatusCode on Conversation Entry. Ask your Salesforce admin to give you read access to the field MessageStatusCode on Conversation Entry (field-level security)."
    );
  });

  it.each([
    [[{ message: 'This operation is not allowed', errorCode: 'INSUFFICIENT_ACCESS' }]],
    [[{ message: 'Request refused', errorCode: 'FORBIDDEN' }]]
  ])('says access is denied from the error code alone (%j)', (errors) => {
    expect(classifyError(errors).kind).toBe('no-access');
  });

  it.each([
    ['connect ETIMEDOUT 10.0.0.1:443'],
    ['Time out while waiting for the server'],
    ['Request timed out'],
    ['Read timeout']
  ])('says a request timed out from its message (%s)', (message) => {
    expect(classifyError([{ message }]).kind).toBe('timeout');
  });

  it('says a request timed out from HTTP 408', () => {
    const info = classifyError({
      status: 408,
      body: { message: 'The server did not receive a complete request in time.' }
    });
    expect(info).toMatchObject({ kind: 'timeout', code: '408' });
  });

  it.each([
    ['NetworkError when attempting to fetch resource.'],
    ['Network error'],
    ['Load failed'],
    ['net::ERR_NETWORK_CHANGED']
  ])('says the network failed from its message (%s)', (message) => {
    expect(classifyError(new TypeError(message)).kind).toBe('network');
  });

  it('says the network failed from status 0 (no response)', () => {
    expect(classifyError({ status: 0, body: { message: 'The request was interrupted' } })).toMatchObject({
      kind: 'network',
      code: '0'
    });
  });

  it('matches each message on its own: words of two messages never run together', () => {
    const errors = [{ message: 'Could not reach the network' }, { message: 'Error 17 in the proxy' }];
    expect(classifyError(errors).kind).toBe('unknown');
  });
});

describe('friendlyErrorMessage: every kind', () => {
  it.each([
    [
      [{ message: 'Invalid Syntax', errorType: 'InvalidSyntax' }],
      "The transcript query was rejected by Salesforce (InvalidSyntax). Please report this to the component's maintainers with the details below."
    ],
    [[{ message: 'x', errorType: 'DataFetchingException' }], LABELS.Error_Data_Fetching],
    [[{ message: 'x', errorType: 'ExecutionAborted' }], LABELS.Error_Aborted],
    [new TypeError('Failed to fetch'), LABELS.Error_Network],
    [[{ message: 'Request timed out' }], LABELS.Error_Timeout],
    [[{ message: 'bad', errorType: 'Malformed' }], LABELS.Error_Malformed]
  ])('gives %j its own label', (errors, expected) => {
    expect(friendlyErrorMessage(classifyError(errors), LABELS)).toBe(expected);
  });

  const info = (fields) => ({
    kind: 'field-hidden',
    code: 'ValidationError',
    field: null,
    fields: [],
    object: 'ConversationEntry',
    messages: [],
    ...fields
  });

  it('names ValidationError for a rejected query without a code', () => {
    expect(friendlyErrorMessage(info({ kind: 'invalid-query', code: null }), LABELS)).toBe(
      "The transcript query was rejected by Salesforce (ValidationError). Please report this to the component's maintainers with the details below."
    );
  });

  it('names the one hidden field of an ErrorInfo that gives only `field`', () => {
    expect(friendlyErrorMessage(info({ field: 'Message' }), LABELS)).toBe(
      "You can't see the field Message on Conversation Entry. Ask your Salesforce admin to give you read access to the field Message on Conversation Entry (field-level security)."
    );
  });

  it('leaves the field name empty when an ErrorInfo names no field', () => {
    expect(friendlyErrorMessage(info({}), LABELS)).toBe(
      "You can't see the field  on Conversation Entry. Ask your Salesforce admin to give you read access to the field  on Conversation Entry (field-level security)."
    );
  });
});
