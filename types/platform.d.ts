/**
 * Type declarations for the Salesforce platform modules this package imports.
 * @salesforce/lightning-types does not cover these, so the project declares exactly what it uses.
 */

declare module 'lightning/graphql' {
  import type { WireAdapter } from 'lwc';

  /** A parsed query document, produced only by the `gql` tag. Opaque on purpose. */
  export interface GraphQLDocument {
    readonly __graphqlDocument?: never;
  }

  export interface GraphQLErrorLocation {
    line: number;
    column: number;
  }

  export interface GraphQLError {
    message: string;
    errorType?: string;
    locations?: GraphQLErrorLocation[];
    path?: Array<string | number>;
    extensions?: Record<string, unknown>;
    paths?: unknown;
  }

  export interface GraphQLWireConfig {
    query: GraphQLDocument | undefined;
    variables?: Record<string, unknown>;
    operationName?: string;
  }

  export interface GraphQLWireResult<T = unknown> {
    data?: T;
    errors?: GraphQLError[] | unknown;
    refresh?: () => Promise<unknown>;
  }

  export function gql(strings: TemplateStringsArray, ...values: unknown[]): GraphQLDocument;

  export class graphql implements WireAdapter<GraphQLWireConfig> {
    constructor(callback: (value: GraphQLWireResult) => void, sourceContext?: { tagName: string });
    update(config: GraphQLWireConfig, context?: Record<string, unknown>): void;
    connect(): void;
    disconnect(): void;
  }
}

declare module '@salesforce/label/*' {
  const label: string;
  export default label;
}

declare module '@salesforce/i18n/locale' {
  const locale: string;
  export default locale;
}

declare module '@salesforce/i18n/timeZone' {
  const timeZone: string;
  export default timeZone;
}

declare module '@salesforce/i18n/lang' {
  const lang: string;
  export default lang;
}

declare module '@salesforce/i18n/dir' {
  const dir: string;
  export default dir;
}

declare module 'lightning/uiRecordApi' {
  import type { WireAdapter } from 'lwc';

  /** One field of a UI API record: `{ value, displayValue }`; a spanning field's value is a record. */
  export interface FieldValueRepresentation {
    value: string | number | boolean | RecordRepresentation | null;
    displayValue: string | null;
  }

  /** The UI API record shape getRecord provisions. */
  export interface RecordRepresentation {
    apiName: string;
    id: string;
    fields: Record<string, FieldValueRepresentation>;
    childRelationships?: Record<string, unknown>;
    lastModifiedById?: string | null;
    lastModifiedDate?: string | null;
    systemModstamp?: string | null;
    recordTypeId?: string | null;
  }

  export interface GetRecordConfig {
    recordId: string | undefined;
    fields?: string[];
    optionalFields?: string[];
    layoutTypes?: string[];
    modes?: string[];
  }

  export interface GetRecordResult {
    data?: RecordRepresentation;
    error?: unknown;
  }

  export class getRecord implements WireAdapter<GetRecordConfig> {
    constructor(callback: (value: GetRecordResult) => void);
    update(config: GetRecordConfig, context?: Record<string, unknown>): void;
    connect(): void;
    disconnect(): void;
  }

  /** Tells LDS that records changed on the server: their wires re-fetch and re-provision. */
  export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void>;
}

declare module 'lightning/conversationToolkitApi' {
  /**
   * Console-only Conversation Toolkit API (API 60.0+). Resolves with the entries currently loaded in the
   * rendered Enhanced Conversation component of an open Messaging Session; rejects elsewhere. The shape
   * is typed as unknown on purpose: the conversation log is read defensively by the transcript model.
   */
  export function getEnhancedConversationLog(recordId: string): Promise<unknown>;
}
