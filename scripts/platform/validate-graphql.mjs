#!/usr/bin/env node
/**
 * Offline GraphQL check: validates every `gql` document shipped in force-app against a UI API schema
 * built without an org.
 *
 * The schema is Salesforce's published shared UI API schema (scalars, *Value types, *Operators inputs,
 * OrderByClause, PageInfo, the Record interface; shipped in
 * @salesforce/webapp-template-feature-graphql-experimental) extended with object types generated here
 * from real describe output (scripts/platform/describe/*.json), shaped the way the UI API GraphQL schema
 * shapes an sObject:
 *
 *   type ConversationEntry implements Record { Id: ID!  Seq: IntValue  Message: TextAreaValue  ... }
 *   input ConversationEntry_Filter  { <filterable fields>: <Type>Operators  and/or/not }
 *   input ConversationEntry_OrderBy { <sortable fields>: OrderByClause }
 *   type ConversationEntryConnection { edges: [ConversationEntryEdge] pageInfo: PageInfo! totalCount: Int! }
 *   type ConversationEntryEdge { node: ConversationEntry cursor: String! }
 *   type RecordQuery { ConversationEntry(first, after, where, orderBy, scope, upperBound): ConversationEntryConnection }
 *   type UIAPI { query: RecordQuery! }   type Query { uiapi: UIAPI! }
 *
 * Naming sources (developer.salesforce.com/docs/platform/graphql/guide/...): query-record-objects
 * (RecordQuery arguments, <Object>Connection/<Object>Edge), filter-fields (Operators types, inq/ninq),
 * order / order-schema (<Object>_OrderBy, OrderByClause, parent relationships), filter-parent and
 * filter-polymorphic (<Object>_<Relationship>_Filters), the package's explore-schema.md
 * (`type X implements Record`, `input X_Filter`, `input X_OrderBy`, Query.uiapi, UIAPI.query).
 * Names marked "UNSURE" below are not confirmed by those sources.
 *
 * Documents are found with the TypeScript compiler API: every gql`...` tagged template in force-app
 * sources (tests excluded). A literal with `${...}` is an error: queries take values as variables only.
 *
 * Usage: node scripts/platform/validate-graphql.mjs [--source-dir <dir>] [--print-schema]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { buildASTSchema, GraphQLError, parse, printSchema, validate } from 'graphql';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
export const DEFAULT_DESCRIBE_DIR = path.join(here, 'describe');
export const DEFAULT_SOURCE_DIR = path.join(ROOT, 'force-app');
const SCHEMA_PACKAGE_DIR = path.join(
  ROOT,
  'node_modules',
  '@salesforce',
  'webapp-template-feature-graphql-experimental'
);

// ---------------------------------------------------------------------------------------------------
// Field type mapping: describe `type` → UI API field value type, filter operators, orderable.
// Value and operator type names are the ones the shared schema declares (checked at build time: an
// unknown name makes buildASTSchema throw).
// ---------------------------------------------------------------------------------------------------
const FIELD_TYPES = {
  id: { value: 'ID', operators: 'IDOperators', orderable: true },
  reference: { value: 'IDValue', operators: 'IDOperators', orderable: true },
  string: { value: 'StringValue', operators: 'StringOperators', orderable: true },
  // UNSURE: long text areas (length > 255) are LongTextAreaValue in UI API; the describe copies carry no
  // length, so every plain textarea maps to TextAreaValue. Both expose `value`/`displayValue`.
  textarea: { value: 'TextAreaValue', operators: 'TextAreaOperators', orderable: true },
  picklist: { value: 'PicklistValue', operators: 'PicklistOperators', orderable: true },
  multipicklist: { value: 'MultiPicklistValue', operators: 'MultiPicklistOperators', orderable: false },
  combobox: { value: 'PicklistValue', operators: 'PicklistOperators', orderable: true },
  int: { value: 'IntValue', operators: 'IntegerOperators', orderable: true },
  long: { value: 'LongValue', operators: 'LongOperators', orderable: true },
  double: { value: 'DoubleValue', operators: 'DoubleOperators', orderable: true },
  currency: { value: 'CurrencyValue', operators: 'CurrencyOperators', orderable: true },
  percent: { value: 'PercentValue', operators: 'PercentOperators', orderable: true },
  boolean: { value: 'BooleanValue', operators: 'BooleanOperators', orderable: true },
  date: { value: 'DateValue', operators: 'DateOperators', orderable: true },
  datetime: { value: 'DateTimeValue', operators: 'DateTimeOperators', orderable: true },
  time: { value: 'TimeValue', operators: 'TimeOperators', orderable: true },
  phone: { value: 'PhoneNumberValue', operators: 'PhoneNumberOperators', orderable: true },
  email: { value: 'EmailValue', operators: 'EmailOperators', orderable: true },
  url: { value: 'UrlValue', operators: 'URLOperators', orderable: true },
  encryptedstring: { value: 'EncryptedStringValue', operators: null, orderable: false },
  base64: { value: 'Base64Value', operators: null, orderable: true }
};

function fieldType(objectName, field) {
  const type = FIELD_TYPES[field.type];
  if (!type) {
    throw new Error(`${objectName}.${field.name}: describe type "${field.type}" has no UI API mapping here`);
  }
  if (field.type === 'textarea' && field.extraTypeInfo === 'richtextarea') {
    return { ...type, value: 'RichTextAreaValue', operators: null, orderable: false };
  }
  return type;
}

// Fields every type gets from the shared schema's `interface Record`.
const RECORD_INTERFACE_FIELDS = [
  'Id: ID!',
  'ApiName: String!',
  'WeakEtag: Long!',
  'DisplayValue: String',
  'LastModifiedById: IDValue',
  'LastModifiedDate: DateTimeValue',
  'SystemModstamp: DateTimeValue',
  'RecordTypeId(fallback: Boolean): IDValue'
];

// ---------------------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------------------

/** Finds shared-schema.graphqls anywhere in the package (its folder moved between package versions). */
export function findSharedSchema(dir = SCHEMA_PACKAGE_DIR) {
  if (!fs.existsSync(dir)) {
    throw new Error(`${path.relative(ROOT, dir)} is missing: run npm ci`);
  }
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === 'shared-schema.graphqls') {
      return path.join(entry.parentPath ?? entry.path, entry.name);
    }
  }
  throw new Error(`no shared-schema.graphqls under ${path.relative(ROOT, dir)}`);
}

/**
 * The shared schema declares `enum RecordScope @generic {}`: a template the server fills per object.
 * An empty enum is not valid SDL, so generic empty enums are dropped; per-object scope enums are
 * generated instead.
 */
function loadSharedSdl(file) {
  return fs.readFileSync(file, 'utf8').replace(/^enum\s+\w+\s+@generic\s*\{\s*\}/gm, '');
}

export function loadDescribes(dir = DEFAULT_DESCRIBE_DIR) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

/**
 * Generates the SDL for the described objects. `shared` maps each type the shared schema already
 * declares to its field names: such a type is extended (`extend type`) with the fields it lacks,
 * never declared twice.
 */
export function generateObjectSdl(describes, shared = new Map()) {
  const described = new Map(describes.map((d) => [d.name, d]));
  const out = [];
  const declare = (keyword, name, lines, { implementsRecord = false, comment = '' } = {}) => {
    const existing = shared.get(name);
    const fieldName = (line) => line.split(/[:(]/)[0].trim();
    const added = existing ? lines.filter((l) => !existing.has(fieldName(l))) : lines;
    if (existing && added.length === 0) return; // the shared schema already has it all
    const body = added.map((l) => `  ${l}`).join('\n');
    const impl = implementsRecord && !existing ? ' implements Record' : '';
    out.push(
      `${comment ? `# ${comment}\n` : ''}${existing ? 'extend ' : ''}${keyword} ${name}${impl} {\n${body}\n}`
    );
  };

  // Referenced objects without a describe become stubs: Record fields and Id filter/sort only. A query
  // that reaches into them (CreatedBy { Name { value } }) fails here until their describe is added.
  const stubs = new Set();
  for (const d of describes) {
    for (const f of d.fields)
      for (const target of f.referenceTo ?? []) if (!described.has(target)) stubs.add(target);
  }
  const idField = { name: 'Id', type: 'id', filterable: true, sortable: true, referenceTo: [] };
  const all = [...describes, ...[...stubs].sort().map((name) => ({ name, stub: true, fields: [idField] }))];

  // Semi-/anti-join input used by IDOperators.inq/ninq (docs: `inq: { ChildEntity: {...}, ApiName: "Field" }`).
  // UNSURE: the real input type name; its fields here are one per modelled object plus ApiName.
  if (!shared.has('IDOperators')) {
    declare('input', 'IDOperators', [
      ...['eq', 'ne', 'lt', 'gt', 'lte', 'gte'].map((op) => `${op}: ID`),
      'in: [ID]',
      'nin: [ID]',
      'inq: JoinInput',
      'ninq: JoinInput'
    ]);
    declare('input', 'JoinInput', [...all.map((o) => `${o.name}: ${o.name}_Filter`), 'ApiName: String']);
  }

  for (const obj of all) {
    const name = obj.name;
    const typeFields = [...RECORD_INTERFACE_FIELDS];
    const filterFields = [];
    const orderFields = [];
    const seen = new Set(RECORD_INTERFACE_FIELDS.map((l) => l.split(/[:(]/)[0]));

    for (const field of obj.fields) {
      const type = fieldType(name, field);
      if (field.name !== 'Id' && !seen.has(field.name)) typeFields.push(`${field.name}: ${type.value}`);
      seen.add(field.name);
      if (field.filterable && type.operators) filterFields.push(`${field.name}: ${type.operators}`);
      if (field.sortable && type.orderable) orderFields.push(`${field.name}: OrderByClause`);

      // Parent relationship (CreatedById → CreatedBy): the record itself, and nested filter/sort.
      const targets = field.referenceTo ?? [];
      if (field.type === 'reference' && field.relationshipName && targets.length > 0) {
        const rel = field.relationshipName;
        if (targets.length === 1) {
          typeFields.push(`${rel}: ${targets[0]}`);
          filterFields.push(`${rel}: ${targets[0]}_Filter`);
          orderFields.push(`${rel}: ${targets[0]}_OrderBy`);
        } else {
          // Polymorphic: a union of the possible parents, queried with `... on Type` fragments
          // (docs: filter-polymorphic). UNSURE: union name; filter type name follows the docs
          // (<Object>_<Relationship>_Filters). Ordering through polymorphic parents is not modelled.
          out.push(`union ${name}_${rel} = ${targets.join(' | ')}`);
          typeFields.push(`${rel}: ${name}_${rel}`);
          declare(
            'input',
            `${name}_${rel}_Filters`,
            targets.map((t) => `${t}: ${t}_Filter`)
          );
          filterFields.push(`${rel}: ${name}_${rel}_Filters`);
        }
      }
    }

    // Child relationships to modelled objects: a connection without `scope` (docs: query-record-objects).
    for (const child of obj.childRelationships ?? []) {
      if (!child.relationshipName || !described.has(child.childSObject)) continue;
      const c = child.childSObject;
      typeFields.push(
        `${child.relationshipName}(first: Int, after: String, where: ${c}_Filter, orderBy: ${c}_OrderBy, upperBound: Int): ${c}Connection`
      );
    }

    declare('type', name, typeFields, {
      implementsRecord: true,
      comment: obj.stub ? 'stub: no describe available' : ''
    });
    declare('input', `${name}_Filter`, [
      ...filterFields,
      `and: [${name}_Filter]`,
      `or: [${name}_Filter]`,
      `not: ${name}_Filter`
    ]);
    declare('input', `${name}_OrderBy`, orderFields);
    if (!obj.stub) {
      declare('type', `${name}Connection`, [
        `edges: [${name}Edge]`,
        'pageInfo: PageInfo!',
        'totalCount: Int!'
      ]);
      declare('type', `${name}Edge`, [`node: ${name}`, 'cursor: String!']);
    }
  }

  // Root fields for queryable described objects. UNSURE: scope enum name and values; the describe
  // copies carry no supportedScopes, so EVERYTHING everywhere and MINE where the object has an owner.
  const roots = describes.filter((d) => d.queryable !== false);
  for (const d of roots) {
    const values = ['EVERYTHING', ...(d.fields.some((f) => f.name === 'OwnerId') ? ['MINE'] : [])];
    declare('enum', `${d.name}Scope`, values);
  }
  declare(
    'type',
    'RecordQuery',
    roots.map(
      (d) =>
        `${d.name}(first: Int, after: String, where: ${d.name}_Filter, orderBy: ${d.name}_OrderBy, scope: ${d.name}Scope, upperBound: Int): ${d.name}Connection`
    )
  );
  // Only `query` is modelled (aggregate, objectInfos, relatedListByName are not): a document using
  // them fails here.
  declare('type', 'UIAPI', ['query: RecordQuery!']);
  declare('type', 'Query', ['uiapi: UIAPI!']);
  return out.join('\n\n') + '\n';
}

/** Builds the graphql-js schema: shared UI API schema + generated object types. */
export function buildSchema({
  sharedSchemaPath = findSharedSchema(),
  describeDir = DEFAULT_DESCRIBE_DIR
} = {}) {
  const sharedDoc = parse(loadSharedSdl(sharedSchemaPath));
  const shared = new Map(
    sharedDoc.definitions
      .filter((d) => d.name)
      .map((d) => [
        d.name.value,
        new Set([...(d.fields ?? []), ...(d.values ?? [])].map((f) => f.name.value))
      ])
  );
  const generated = generateObjectSdl(loadDescribes(describeDir), shared);
  const generatedDoc = parse(generated);
  return buildASTSchema({
    kind: 'Document',
    definitions: [...sharedDoc.definitions, ...generatedDoc.definitions]
  });
}

// ---------------------------------------------------------------------------------------------------
// Document extraction
// ---------------------------------------------------------------------------------------------------

const GQL_MODULES = new Set(['lightning/graphql', 'lightning/uiGraphQLApi']);

/**
 * Returns { documents: [{ file, line, text }], errors: [{ file, line, message }] } for one source file.
 * `line` is the 1-based line of the opening backtick. Recognises the identifier `gql` and any local
 * alias of `gql` imported from lightning/graphql or lightning/uiGraphQLApi.
 */
export function extractFromSource(file, sourceText) {
  const kind = /\.[cm]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, sourceText, ts.ScriptTarget.Latest, true, kind);
  const gqlNames = new Set(['gql']);
  for (const stmt of sf.statements) {
    if (!ts.isImportDeclaration(stmt) || !GQL_MODULES.has(stmt.moduleSpecifier.text)) continue;
    const named = stmt.importClause?.namedBindings;
    if (named && ts.isNamedImports(named)) {
      for (const el of named.elements)
        if ((el.propertyName ?? el.name).text === 'gql') gqlNames.add(el.name.text);
    }
  }
  const isGql = (expr) =>
    (ts.isIdentifier(expr) && gqlNames.has(expr.text)) ||
    (ts.isPropertyAccessExpression(expr) && expr.name.text === 'gql');
  const lineOf = (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;

  const documents = [];
  const errors = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && isGql(node.tag)) {
      const tpl = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(tpl)) {
        documents.push({ file, line: lineOf(tpl), text: tpl.text });
      } else {
        errors.push({
          file,
          line: lineOf(tpl),
          message: 'gql literal contains ${...} interpolation: pass values as GraphQL variables instead'
        });
      }
    } else if (ts.isCallExpression(node) && isGql(node.expression)) {
      errors.push({
        file,
        line: lineOf(node),
        message: 'gql called as a function: use a static gql`...` literal'
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { documents, errors };
}

/** Shipped sources: *.ts (not .d.ts), plus hand-written *.js without a .ts beside it; no __tests__. */
export function listSourceFiles(dir) {
  const files = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__tests__' && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
          walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        files.push(full);
      } else if (entry.name.endsWith('.js') && !fs.existsSync(full.replace(/\.js$/, '.ts'))) {
        files.push(full);
      }
    }
  };
  walk(dir);
  return files.sort();
}

export function extractDocuments(dir = DEFAULT_SOURCE_DIR) {
  const documents = [];
  const errors = [];
  for (const file of listSourceFiles(dir)) {
    const result = extractFromSource(file, fs.readFileSync(file, 'utf8'));
    documents.push(...result.documents);
    errors.push(...result.errors);
  }
  return { documents, errors };
}

// ---------------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------------

/**
 * Parses and validates one document. Returns [] when valid, else [{ line, column, message }] with
 * positions in the source file (when `line` of the literal is given) or in the document.
 */
export function validateDocument(schema, text, { line = 1 } = {}) {
  const position = (err) => {
    const loc = err.locations?.[0];
    return loc ? { line: line + loc.line - 1, column: loc.column } : { line, column: 1 };
  };
  let doc;
  try {
    doc = parse(text);
  } catch (err) {
    if (err instanceof GraphQLError) return [{ ...position(err), message: err.message }];
    throw err;
  }
  return validate(schema, doc).map((err) => ({ ...position(err), message: err.message }));
}

// ---------------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------------

function main(argv) {
  const schema = buildSchema();
  if (argv.includes('--print-schema')) {
    process.stdout.write(printSchema(schema));
    return 0;
  }
  const i = argv.indexOf('--source-dir');
  const sourceDir = i >= 0 ? path.resolve(argv[i + 1]) : DEFAULT_SOURCE_DIR;
  const rel = (f) => path.relative(ROOT, f);
  const { documents, errors } = extractDocuments(sourceDir);
  const problems = errors.map((e) => `${rel(e.file)}:${e.line}: ${e.message}`);
  for (const doc of documents) {
    for (const e of validateDocument(schema, doc.text, doc))
      problems.push(`${rel(doc.file)}:${e.line}:${e.column}: ${e.message}`);
  }
  if (documents.length === 0 && errors.length === 0) {
    problems.push(`no gql documents found under ${rel(sourceDir)}: the extractor is probably broken`);
  }
  const types = Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__')).length;
  const n = documents.length;
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    console.error(
      `graphql: ${problems.length} problem(s) in ${n} quer${n === 1 ? 'y' : 'ies'} (schema: ${types} types)`
    );
    return 1;
  }
  console.log(`graphql: ${n} quer${n === 1 ? 'y' : 'ies'} validated against schema (${types} types)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
