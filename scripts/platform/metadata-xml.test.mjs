// Tests for the strict metadata XML reader. Run: node --test scripts/platform/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseXml, placeholdersOf, readCustomLabels, readTranslatedLabels } from './metadata-xml.mjs';

test('reads elements, attributes, entities, CDATA and comments', () => {
  const root = parseXml(
    '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->\n<A xmlns="urn:x" b=\'1\'>\n  <B>x &amp; y &lt;z&gt; &#233;&#x4E2D;</B>\n  <C><![CDATA[<raw & text>]]></C>\n  <D/>\n</A>\n'
  );
  assert.equal(root.name, 'A');
  assert.deepEqual(root.attributes, { xmlns: 'urn:x', b: '1' });
  assert.deepEqual(
    root.children.map((c) => [c.name, c.text, c.line]),
    [
      ['B', 'x & y <z> é中', 4],
      ['C', '<raw & text>', 5],
      ['D', '', 6]
    ]
  );
});

test('rejects documents that are not well-formed, with the line', () => {
  const cases = [
    ['<A><B></A>', /line 1: <\/A> closes <B>/],
    ['<A>\n<B>\n</B>', /<A> \(line 1\) is never closed/],
    ['<A>AT&T</A>', /bare "&"/],
    ['<A>&nbsp;</A>', /unknown entity &nbsp;/],
    ['<A>1 < 2</A>', /"<" that does not start a tag/],
    ['<A/><B/>', /second root element <B>/],
    ['<A/>text', /text outside the root element/],
    ['<A x="1" x="2"/>', /duplicate attribute x/],
    ['<A x=1/>', /malformed attribute/],
    ['</A>', /without a start tag/],
    ['<A><!-- a -- b --></A>', /"--" inside a comment/],
    ['<!DOCTYPE a><A/>', /DOCTYPE/],
    ['', /no root element/]
  ];
  for (const [xml, expected] of cases) {
    assert.throws(() => parseXml(xml), expected, xml);
  }
});

test('reads custom labels and translations, and refuses duplicates', () => {
  const labels = readCustomLabels(
    '<CustomLabels><labels><fullName>A</fullName><value>a {0}</value></labels><labels><fullName>B</fullName><value></value></labels></CustomLabels>'
  );
  assert.deepEqual(
    [...labels],
    [
      ['A', 'a {0}'],
      ['B', '']
    ]
  );
  assert.throws(
    () =>
      readCustomLabels(
        '<CustomLabels><labels><fullName>A</fullName></labels><labels><fullName>A</fullName></labels></CustomLabels>'
      ),
    /label A is defined twice/
  );
  const fr = readTranslatedLabels(
    '<Translations><customLabels><label>à {0}</label><name>A</name></customLabels></Translations>'
  );
  assert.equal(fr.get('A'), 'à {0}');
  assert.throws(() => readTranslatedLabels('<CustomLabels/>'), /not <Translations>/);
});

test('placeholdersOf lists each {n} once, sorted', () => {
  assert.deepEqual(placeholdersOf('{1} of {0}, {1}'), ['{0}', '{1}']);
  assert.deepEqual(placeholdersOf('none'), []);
});
