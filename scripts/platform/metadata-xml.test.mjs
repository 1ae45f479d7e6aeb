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
    ['<A><B></A>', /line 1: Expected closing tag 'B' \(opened in line 1, col 4\) instead of closing tag 'A'/],
    ['<A>\n<B>\n</B>', /line 1: Unclosed tag 'A'/],
    ['<A>\n\nAT&T</A>', /line 3: char '&' is not expected/],
    ['<A>\n&nbsp;</A>', /line 2: unknown entity &nbsp;/],
    ['<A>1 < 2</A>', /Invalid space after '<'/],
    ['<A/>\n<B/>', /line 2: second root element <B>/],
    ['<A></A><B></B>', /Multiple possible root nodes/],
    ['<A></A>text', /Extra text at the end/],
    ['<A x="1" x="2"/>', /Attribute 'x' is repeated/],
    ['<A x=1/>', /Attribute 'x' is without value/],
    ['</A>', /Closing tag 'A' has not been opened/],
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

test('keeps entity-like text of CDATA sections and comments as written', () => {
  const root = parseXml('<A><![CDATA[&nbsp;]]><!-- &copy; --></A>');
  assert.equal(root.text, '&nbsp;');
});
