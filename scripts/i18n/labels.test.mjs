// Every user-visible string is a custom label, and every label has a French translation with the same
// placeholders. Run: node --test scripts/i18n/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareLabelModule, compareTranslation, hardCodedText, readProject } from './check-labels.mjs';

const project = readProject();

test('French translations exist, with one entry for every custom label', () => {
  assert.ok(
    project.translations.has('fr'),
    'force-app/main/default/translations/fr.translation-meta.xml is missing'
  );
});

for (const [language, translated] of project.translations) {
  test(`every custom label has a ${language} translation with the same {n} placeholders`, () => {
    const problems = compareTranslation(project.english, translated, language);
    assert.equal(problems.length, 0, `\n${problems.join('\n')}\n`);
  });
}

test('transcriptLabels.ts imports and exports exactly the labels of CustomLabels.labels-meta.xml', () => {
  const problems = compareLabelModule(new Set(project.english.keys()), project.labelModule);
  assert.equal(problems.length, 0, `\n${problems.join('\n')}\n`);
});

test('no template has literal user-visible text or alternative-text/title/label', () => {
  assert.ok(project.templates.length >= 5, 'templates found');
  const problems = project.templates.flatMap(({ file, source }) => hardCodedText(source, file));
  assert.equal(problems.length, 0, `\n${problems.join('\n')}\n`);
});

// The checks themselves, on made-up input: the failure messages must name what to fix.
test('compareTranslation lists missing names, unknown names and placeholder changes', () => {
  const english = new Map([
    ['A', 'Loaded {0} of {1}'],
    ['B', 'Hello'],
    ['C', 'Said {0}']
  ]);
  const fr = new Map([
    ['A', '{0} chargées'],
    ['C', 'Message de {0} {2}'],
    ['Z', 'inconnu']
  ]);
  const problems = compareTranslation(english, fr, 'fr');
  assert.equal(problems.length, 4, problems.join('\n'));
  assert.match(
    problems[0],
    /^1 label\(s\) without a fr translation; add a <customLabels> block to translations\/fr\.translation-meta\.xml for each of:\n {4}B {2}\(English: "Hello"\)$/
  );
  assert.match(problems[1], /translates label\(s\) that do not exist .*: Z$/);
  assert.match(problems[2], /: A drops \{1\} \(English "Loaded \{0\} of \{1\}", fr "\{0\} chargées"\)$/);
  assert.match(problems[3], /: C adds \{2\} /);
});

test('compareLabelModule finds labels not imported, not exported or unknown', () => {
  const source = `import A from '@salesforce/label/c.A';\nimport X from '@salesforce/label/c.B';\nimport Q from '@salesforce/label/c.Q';\nconst LABEL_VALUES = {\n  A,\n  Q\n} as const;`;
  assert.deepEqual(compareLabelModule(new Set(['A', 'B', 'C']), source), [
    'labels not imported in transcriptLabels.ts: C',
    'transcriptLabels.ts imports labels missing from the XML: Q',
    'transcriptLabels.ts imports under another name: X <- c.B',
    'imported but not in LABELS: X'
  ]);
});

test('hardCodedText flags literal text and text attributes, not bindings or punctuation', () => {
  const template = `<template>
  <!-- a comment is fine -->
  <lightning-icon alternative-text="Close" icon-name="utility:close"></lightning-icon>
  <lightning-button label={labels.Retry} title='Retry now'></lightning-button>
  <span aria-hidden="true"> • </span><span> ({typeLabel})</span>
  <p>Loading…</p>
  <p>{count} entries</p>
</template>`;
  assert.deepEqual(hardCodedText(template, 'x.html'), [
    'x.html: alternative-text="Close" is literal text; bind it to a label',
    'x.html: title="Retry now" is literal text; bind it to a label',
    'x.html: text "Loading…" is literal; use a label',
    'x.html: text "entries" is literal; use a label'
  ]);
});
