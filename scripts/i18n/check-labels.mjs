/**
 * Label and translation checks (pure functions; the files are read by the caller or by `readProject`).
 *
 *   compareTranslation(english, translated, language) -> problems (missing, unknown, placeholder changes, empty)
 *   compareLabelModule(labelNames, moduleSource)       -> problems between the XML and transcriptLabels.ts
 *   hardCodedText(template, file)                       -> user-visible text in an LWC template not bound to a label
 *
 * Run the checks with `node --test scripts/i18n/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeholdersOf, readCustomLabels, readTranslatedLabels } from '../platform/metadata-xml.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_DIR = path.join(ROOT, 'force-app', 'main', 'default');

/** Every problem of one translation against the English labels, as readable lines. */
export function compareTranslation(english, translated, language) {
  const problems = [];
  const file = `translations/${language}.translation-meta.xml`;
  const missing = [...english.keys()].filter((name) => !translated.has(name));
  if (missing.length > 0) {
    problems.push(
      `${missing.length} label(s) without a ${language} translation; add a <customLabels> block to ${file} for each of:\n` +
        missing.map((name) => `    ${name}  (English: ${JSON.stringify(english.get(name))})`).join('\n')
    );
  }
  const unknown = [...translated.keys()].filter((name) => !english.has(name));
  if (unknown.length > 0) {
    problems.push(
      `${file} translates label(s) that do not exist in CustomLabels.labels-meta.xml (the deploy fails): ${unknown.join(', ')}`
    );
  }
  for (const [name, value] of translated) {
    if (!english.has(name)) continue;
    if (value.trim() === '') problems.push(`${file}: ${name} is empty`);
    const expected = placeholdersOf(english.get(name));
    const actual = placeholdersOf(value);
    const dropped = expected.filter((p) => !actual.includes(p));
    const added = actual.filter((p) => !expected.includes(p));
    if (dropped.length > 0 || added.length > 0) {
      problems.push(
        `${file}: ${name} ${[
          dropped.length ? `drops ${dropped.join(' ')}` : '',
          added.length ? `adds ${added.join(' ')}` : ''
        ]
          .filter(Boolean)
          .join(
            ' and '
          )} (English ${JSON.stringify(english.get(name))}, ${language} ${JSON.stringify(value)})`
      );
    }
  }
  return problems;
}

/** Labels imported by transcriptLabels.ts and the keys of the object LABELS is built from. */
export function readLabelModule(source) {
  const imports = [...source.matchAll(/import\s+(\w+)\s+from\s+'@salesforce\/label\/c\.(\w+)'/g)].map(
    ([, local, name]) => ({ local, name })
  );
  const body = /const LABEL_VALUES = \{([\s\S]*?)\}\s*as const/.exec(source)?.[1] ?? '';
  const keys = body
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => k.split(':')[0].trim());
  return { imports, keys };
}

/** Problems between the labels of the XML and what transcriptLabels.ts imports and exports. */
export function compareLabelModule(labelNames, source) {
  const { imports, keys } = readLabelModule(source);
  const problems = [];
  const imported = new Set(imports.map((i) => i.name));
  const notImported = [...labelNames].filter((n) => !imported.has(n));
  if (notImported.length)
    problems.push(`labels not imported in transcriptLabels.ts: ${notImported.join(', ')}`);
  const unknown = [...imported].filter((n) => !labelNames.has(n));
  if (unknown.length)
    problems.push(`transcriptLabels.ts imports labels missing from the XML: ${unknown.join(', ')}`);
  const misnamed = imports.filter((i) => i.local !== i.name).map((i) => `${i.local} <- c.${i.name}`);
  if (misnamed.length)
    problems.push(`transcriptLabels.ts imports under another name: ${misnamed.join(', ')}`);
  const notExported = imports.map((i) => i.local).filter((l) => !keys.includes(l));
  if (notExported.length) problems.push(`imported but not in LABELS: ${notExported.join(', ')}`);
  return problems;
}

/** Attributes whose value a person reads or hears. */
const TEXT_ATTRIBUTES = [
  'alternative-text',
  'title',
  'label',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'heading',
  'message-when-value-missing',
  'assistive-text'
];
/** Text that is only punctuation or separators (•, parentheses, colons) needs no translation. */
const NEUTRAL = /^[\s•·()[\]:,;.\-–—/|]*$/;

/** User-visible literal text in an LWC template: text nodes and text attributes not bound to `{…}`. */
export function hardCodedText(template, file) {
  const problems = [];
  const html = template.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of html.matchAll(
    /<[a-z][\w-]*((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi
  )) {
    for (const attr of tag[1].matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      const value = attr[2] ?? attr[3] ?? attr[4] ?? '';
      if (
        TEXT_ATTRIBUTES.includes(attr[1].toLowerCase()) &&
        !/^\{[^}]+\}$/.test(value.trim()) &&
        !NEUTRAL.test(value)
      ) {
        problems.push(`${file}: ${attr[1]}="${value}" is literal text; bind it to a label`);
      }
    }
  }
  for (const [, text] of html.replace(/<[^>]*>/g, '\u0000').matchAll(/\u0000([^\u0000]*)/g)) {
    const literal = text.replace(/\{[^}]+\}/g, '').trim();
    if (literal !== '' && !NEUTRAL.test(literal))
      problems.push(`${file}: text "${literal}" is literal; use a label`);
  }
  return problems;
}

/** The project's labels, translations, transcriptLabels.ts source and templates. */
export function readProject(dir = DEFAULT_DIR) {
  const english = readCustomLabels(
    fs.readFileSync(path.join(dir, 'labels', 'CustomLabels.labels-meta.xml'), 'utf8')
  );
  const translationsDir = path.join(dir, 'translations');
  const translations = new Map();
  if (fs.existsSync(translationsDir)) {
    for (const file of fs
      .readdirSync(translationsDir)
      .filter((f) => f.endsWith('.translation-meta.xml'))
      .sort()) {
      const language = file.slice(0, -'.translation-meta.xml'.length);
      translations.set(
        language,
        readTranslatedLabels(fs.readFileSync(path.join(translationsDir, file), 'utf8'))
      );
    }
  }
  const labelModule = fs.readFileSync(
    path.join(dir, 'lwc', 'transcriptLabels', 'transcriptLabels.ts'),
    'utf8'
  );
  const templates = [];
  const lwcDir = path.join(dir, 'lwc');
  for (const bundle of fs.readdirSync(lwcDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const file of fs.readdirSync(path.join(lwcDir, bundle.name)).filter((f) => f.endsWith('.html'))) {
      templates.push({
        file: `lwc/${bundle.name}/${file}`,
        source: fs.readFileSync(path.join(lwcDir, bundle.name, file), 'utf8')
      });
    }
  }
  return { english, translations, labelModule, templates };
}
