/**
 * What a failed ConversationEntry / session query means for the user: `classifyError` names the failure
 * (object not supported in UI API, object or field hidden, no access, invalid query, network, timeout…)
 * and `friendlyErrorMessage` gives the actionable custom label for it. The messages are read with the
 * generic `reduceErrors` of c/ldsUtils. No DOM, no platform modules.
 */
import { reduceErrors } from 'c/ldsUtils';
import type { LabelSet } from 'c/transcriptLabels';
import { fillTemplate } from './display';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export type ErrorKind =
  /** UI API answers "Object ConversationEntry is not supported in UI API" (INVALID_TYPE). */
  | 'unsupported-object'
  /** The GraphQL schema has no ConversationEntry for this user: no Access Conversation Entries, or not served. */
  | 'object-hidden'
  /** Access denied outright: INSUFFICIENT_ACCESS, HTTP 403, "You don't have access…". */
  | 'no-access'
  /** A queried field is missing from the user's schema (field-level security). */
  | 'field-hidden'
  | 'invalid-query'
  | 'data-fetching'
  | 'aborted'
  | 'network'
  | 'timeout'
  | 'malformed'
  | 'unknown';

export interface ErrorInfo {
  kind: ErrorKind;
  /** The GraphQL ErrorType, UI API errorCode or HTTP status, where known. */
  code: string | null;
  /** The first field named by a field-level-security validation error. */
  field: string | null;
  /** Every field named by field-level-security validation errors, in order, de-duplicated. */
  fields: string[];
  /** The GraphQL type (object) those fields belong to, e.g. "ConversationEntry". */
  object: string | null;
  messages: string[];
}

const GRAPHQL_ERROR_TYPES = [
  'InvalidSyntax',
  'ValidationError',
  'DataFetchingException',
  'OperationNotSupported',
  'ExecutionAborted'
];

function errorTypesOf(errors: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 4) {
    return out;
  }
  if (Array.isArray(errors)) {
    errors.forEach((e) => errorTypesOf(e, out, depth + 1));
  } else if (isRecord(errors)) {
    const ext = isRecord(errors.extensions) ? errors.extensions : {};
    // UI API GraphQL says `extensions.ErrorType`; graphql-java says `classification`; LDS and UI API REST
    // bodies say `errorCode` (INSUFFICIENT_ACCESS, INVALID_TYPE…).
    for (const candidate of [
      errors.errorType,
      errors.ErrorType,
      ext.ErrorType,
      ext.errorType,
      ext.classification,
      errors.errorCode
    ]) {
      if (typeof candidate === 'string') {
        out.push(candidate);
      }
    }
    // A UI API or LDS error body (an object or a list); anything else holds no code.
    errorTypesOf(errors.body, out, depth + 1);
    // A whole wire value `{ data, errors }` was passed.
    if (Array.isArray(errors.errors)) {
      errorTypesOf(errors.errors, out, depth + 1);
    }
  }
  return out;
}

function statusOf(errors: unknown): number | null {
  const first = Array.isArray(errors) ? errors[0] : errors;
  if (!isRecord(first)) {
    return null;
  }
  if (typeof first.status === 'number') {
    return first.status;
  }
  const body = first.body;
  return isRecord(body) && typeof body.statusCode === 'number' ? body.statusCode : null;
}

/** graphql-java's FieldUndefined text, which UI API GraphQL returns for a field the user can't see. */
const FIELD_UNDEFINED = /Field '([A-Za-z0-9_]+)' in type '([A-Za-z0-9_]+)' is undefined/g;
const FIELD_UNDEFINED_ALT =
  /(?:field|column) '?([A-Za-z0-9_]+)'? (?:is not defined|does not exist|is undefined|isn't visible)/i;
/** The root query type of UI API GraphQL (`uiapi { query { … } }`). */
const ROOT_QUERY_TYPES = new Set(['RecordQuery', 'UIAPI', 'Query']);
const UNSUPPORTED = /not supported in UI API|isn't supported in UI API|is not supported by UI API/i;
const NO_ACCESS =
  /INSUFFICIENT_ACCESS|insufficient access|insufficient privileges|don't have access|do not have access|not have permission|Access Conversation Entries|CanAccessCE/i;

/** The GraphQL type a FieldUndefined error names, with input/filter suffixes removed. */
function objectOfType(type: string): string {
  return type.replace(/_(?:Filter|OrderBy|Connection|Edge)$/, '');
}

/** Names the failure so the UI can show a specific, actionable message. */
export function classifyError(errors: unknown): ErrorInfo {
  const messages = reduceErrors(errors);
  const text = messages.join('\n');
  const types = errorTypesOf(errors);
  const status = statusOf(errors);
  const code =
    types.find((t) => GRAPHQL_ERROR_TYPES.includes(t)) ??
    types[0] ??
    (status !== null ? String(status) : null);
  const info = (kind: ErrorKind, fields: string[] = [], object: string | null = null): ErrorInfo => ({
    kind,
    code,
    field: fields[0] ?? null,
    fields,
    object,
    messages
  });

  if (UNSUPPORTED.test(text)) {
    return info('unsupported-object');
  }
  const undefinedFields = Array.from(text.matchAll(FIELD_UNDEFINED));
  if (undefinedFields.length > 0) {
    // The object itself is missing from the user's schema: no access to it (or it is not served).
    if (
      undefinedFields.some(([, field, type]) => field === 'ConversationEntry' && ROOT_QUERY_TYPES.has(type))
    ) {
      return info('object-hidden', [], 'ConversationEntry');
    }
    const fields = Array.from(new Set(undefinedFields.map(([, field]) => field)));
    return info('field-hidden', fields, objectOfType(undefinedFields[0][2]));
  }
  if (
    NO_ACCESS.test(text) ||
    types.includes('INSUFFICIENT_ACCESS') ||
    types.includes('FORBIDDEN') ||
    status === 403
  ) {
    return info('no-access');
  }
  if (types.includes('ValidationError')) {
    const alt = FIELD_UNDEFINED_ALT.exec(text);
    return alt ? info('field-hidden', [alt[1]]) : info('invalid-query');
  }
  if (types.includes('InvalidSyntax') || types.includes('OperationNotSupported')) {
    return info('invalid-query');
  }
  if (types.includes('ExecutionAborted')) {
    return info('aborted');
  }
  if (types.includes('DataFetchingException')) {
    return info('data-fetching');
  }
  if (types.includes('Malformed')) {
    return info('malformed');
  }
  if (/timed? ?out|timeout/i.test(text) || status === 408 || status === 504) {
    return info('timeout');
  }
  if (/failed to fetch|network ?error|offline|ERR_NETWORK|Load failed/i.test(text) || status === 0) {
    return info('network');
  }
  return info('unknown');
}

/** The user-facing name of the object a hidden field belongs to (a label for ConversationEntry). */
function objectLabel(object: string | null, labels: LabelSet): string {
  return object === null || object === 'ConversationEntry' ? labels.Access_Object_ConversationEntry : object;
}

/** The actionable message for a classified error; `labels` are the custom label values. */
export function friendlyErrorMessage(info: ErrorInfo, labels: LabelSet): string {
  switch (info.kind) {
    case 'unsupported-object':
      return labels.Access_Unsupported_Object;
    case 'object-hidden':
      return labels.Access_Object_Hidden;
    case 'no-access':
      return labels.Access_No_Permission;
    case 'field-hidden': {
      const fields = info.fields.length > 0 ? info.fields : info.field !== null ? [info.field] : [];
      return fields.length > 1
        ? fillTemplate(labels.Access_Fields_Hidden, fields.join(', '), objectLabel(info.object, labels))
        : fillTemplate(labels.Access_Field_Hidden, fields[0] ?? '', objectLabel(info.object, labels));
    }
    case 'invalid-query':
      return fillTemplate(labels.Error_Invalid_Query, info.code ?? 'ValidationError');
    case 'data-fetching':
      return labels.Error_Data_Fetching;
    case 'aborted':
      return labels.Error_Aborted;
    case 'network':
      return labels.Error_Network;
    case 'timeout':
      return labels.Error_Timeout;
    case 'malformed':
      return labels.Error_Malformed;
    default:
      return info.messages[0] ?? labels.Error_Unknown;
  }
}
