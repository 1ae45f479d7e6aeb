/**
 * The component's own GraphQL query, read from the shipped sources (not copied here), and what the org
 * check needs from it: its variables and the ConversationEntry fields it selects.
 *
 * The document is found wherever it lives in force-app: any string literal, template literal without
 * `${...}` or gql`...` literal in a shipped .ts file (tests excluded) whose text declares
 * `query conversationEntries`. So it survives being moved between modules or from a gql literal to a
 * plain string constant.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { Kind, parse, visit } from 'graphql';
import { DEFAULT_SOURCE_DIR, listSourceFiles } from '../platform/validate-graphql.mjs';

export const OPERATION_NAME = 'conversationEntries';
const DECLARATION = new RegExp(`\\bquery\\s+${OPERATION_NAME}\\b`);

/** UI API returns at most 2000 records a page; with `upperBound`, `first` must be 200–2000. */
export const FIRST_PAGE_SIZE = 2000;
/**
 * `upperBound` when the query declares it: "we recommend using a high default value"
 * (developer.salesforce.com/docs/platform/graphql/guide/paginate-use-upperbound.html). The check reads
 * one page only; the value is the one the component asks (ENTRY_UPPER_BOUND in transcriptModel/entryQuery.ts).
 */
export const DEFAULT_UPPER_BOUND = 50_000;

/** Every literal text in one source file that declares the operation: [{ line, text }]. */
export function documentsInSource(file, sourceText) {
  const sf = ts.createSourceFile(file, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visitNode = (node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      DECLARATION.test(node.text)
    ) {
      found.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: node.text });
    }
    ts.forEachChild(node, visitNode);
  };
  visitNode(sf);
  return found;
}

/** Variable names, and the fields selected under uiapi.query.ConversationEntry.edges.node. */
export function describeQuery(text) {
  const doc = parse(text);
  const operation = doc.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === OPERATION_NAME
  );
  if (!operation) throw new Error(`no operation named ${OPERATION_NAME}`);
  const variables = (operation.variableDefinitions ?? []).map((v) => v.variable.name.value);
  const fields = [];
  const pathStack = [];
  visit(operation, {
    Field: {
      enter(node) {
        pathStack.push(node.name.value);
        const at = pathStack.join('/');
        if (/(^|\/)ConversationEntry\/edges\/node\/[^/]+$/.test(at)) fields.push(node.name.value);
      },
      leave() {
        pathStack.pop();
      }
    }
  });
  return { variables, fields: [...new Set(fields)] };
}

/**
 * The component's conversationEntries query: { file, line, text, variables, fields }. Throws when no
 * shipped source declares it, or more than one distinct text does.
 */
export function findComponentQuery(sourceDir = DEFAULT_SOURCE_DIR) {
  const hits = [];
  for (const file of listSourceFiles(sourceDir)) {
    if (!file.endsWith('.ts')) continue;
    for (const doc of documentsInSource(file, fs.readFileSync(file, 'utf8'))) hits.push({ file, ...doc });
  }
  const distinct = [...new Map(hits.map((h) => [h.text.trim(), h])).values()];
  if (distinct.length === 0) {
    throw new Error(
      `no source under ${path.relative(process.cwd(), sourceDir) || '.'} declares "query ${OPERATION_NAME}"`
    );
  }
  if (distinct.length > 1) {
    throw new Error(
      `"query ${OPERATION_NAME}" is declared ${distinct.length} times with different text: ${distinct
        .map((h) => `${h.file}:${h.line}`)
        .join(', ')}`
    );
  }
  return { ...distinct[0], ...describeQuery(distinct[0].text) };
}

/**
 * The variables for the first page of one conversation, built from the names the query declares
 * (values travel as variables, never as query text). Unknown required variables are an error.
 */
export function firstPageVariables(variables, recordId, { upperBound = DEFAULT_UPPER_BOUND } = {}) {
  const values = {};
  for (const name of variables) {
    if (name === 'conversationId' || name === 'recordId') values[name] = recordId;
    else if (name === 'first' || name === 'pageSize') values[name] = FIRST_PAGE_SIZE;
    else if (name === 'after') values[name] = null;
    else if (name === 'upperBound') values[name] = upperBound;
    else throw new Error(`the query declares $${name}, which the org check does not know how to fill`);
  }
  return values;
}
