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
