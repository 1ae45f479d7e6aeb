/**
 * A strict XML reader for the package's own metadata files (custom labels, translations, permission
 * sets), on fast-xml-parser. `sf project convert source` accepts malformed XML without a word, and the
 * org only rejects it at deploy time, so the checks here parse every file for real: the library's
 * validator rejects unbalanced or mismatched tags, stray `<` / `&`, duplicate or unquoted attributes and
 * text outside the root, with the line number; on top of it, metadata has no DTD, so a DOCTYPE, a
 * second root element or a named entity other than XML's five predefined ones is refused too.
 * https://github.com/NaturalIntelligence/fast-xml-parser/blob/master/docs/v4%2C%20v5/4.XMLValidator.md
 * https://www.w3.org/TR/xml/#sec-predefined-ent
 *
 * Pure: no file access.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** @typedef {{ name: string, attributes: Record<string, string>, children: XmlElement[], text: string, line: number }} XmlElement */

/** The five entities XML predefines; metadata declares no others. */
const XML_ENTITIES = new Set(['lt', 'gt', 'amp', 'quot', 'apos']);
const TEXT = '#text';
const ATTRIBUTES = ':@';
const META = XMLParser.getMetaDataSymbol();

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Decodes numeric character references (&#233; &#x4E2D;); other named entities are refused first.
  htmlEntities: true,
  captureMetaData: true
});

export class XmlError extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

function lineAt(text, index) {
  let line = 1;
  for (let k = text.indexOf('\n'); k !== -1 && k < index; k = text.indexOf('\n', k + 1)) line++;
  return line;
}

/** What metadata forbids beyond well-formedness: a DOCTYPE, and named entities XML does not predefine. */
function checkMetadataRules(text) {
  // CDATA sections and comments hold literal text: blank them, keeping the line breaks.
  const markup = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
  const doctype = /<!DOCTYPE/i.exec(markup);
  if (doctype)
    throw new XmlError(
      'DOCTYPE and other declarations are not allowed in metadata',
      lineAt(text, doctype.index)
    );
  for (const match of markup.matchAll(/&([A-Za-z_][\w.-]*);/g)) {
    if (!XML_ENTITIES.has(match[1]))
      throw new XmlError(`unknown entity &${match[1]};`, lineAt(text, match.index));
  }
}

/** One element of fast-xml-parser's ordered output as an XmlElement. */
function toElement(node, text) {
  const name = Object.keys(node).find((key) => key !== ATTRIBUTES);
  const element = {
    name,
    attributes: { ...(node[ATTRIBUTES] ?? {}) },
    children: [],
    text: '',
    line: lineAt(text, node[META]?.startIndex ?? 0)
  };
  for (const child of node[name]) {
    if (TEXT in child) element.text += child[TEXT];
    else element.children.push(toElement(child, text));
  }
  return element;
}

/**
 * Parses `text` into its root element. Throws XmlError when the document is not well-formed.
 * @returns {XmlElement}
 */
export function parseXml(text) {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new XmlError(msg === 'Start tag expected.' && text.trim() === '' ? 'no root element' : msg, line);
  }
  checkMetadataRules(text);
  const elements = parser.parse(text).filter((node) => !(TEXT in node));
  if (elements.length === 0) throw new XmlError('no root element', 1);
  const root = toElement(elements[0], text);
  if (elements.length > 1) {
    const second = toElement(elements[1], text);
    throw new XmlError(`second root element <${second.name}>`, second.line);
  }
  return root;
}

/** The direct children of `element` named `name`. */
export function childrenNamed(element, name) {
  return element.children.filter((child) => child.name === name);
}

/** The text of the first direct child named `name` (trimmed), or null. */
export function childText(element, name) {
  const child = element.children.find((c) => c.name === name);
  return child ? child.text.trim() : null;
}

/** fullName → value of every `<labels>` in a CustomLabels file. */
export function readCustomLabels(xml) {
  const root = parseXml(xml);
  if (root.name !== 'CustomLabels')
    throw new XmlError(`root is <${root.name}>, not <CustomLabels>`, root.line);
  const labels = new Map();
  for (const block of childrenNamed(root, 'labels')) {
    const name = childText(block, 'fullName');
    const valueElement = block.children.find((c) => c.name === 'value');
    if (!name) throw new XmlError('<labels> without <fullName>', block.line);
    if (labels.has(name)) throw new XmlError(`label ${name} is defined twice`, block.line);
    labels.set(name, valueElement ? valueElement.text : '');
  }
  return labels;
}

/** name → translated label of every `<customLabels>` in a Translations file. */
export function readTranslatedLabels(xml) {
  const root = parseXml(xml);
  if (root.name !== 'Translations')
    throw new XmlError(`root is <${root.name}>, not <Translations>`, root.line);
  const labels = new Map();
  for (const block of childrenNamed(root, 'customLabels')) {
    const name = childText(block, 'name');
    const labelElement = block.children.find((c) => c.name === 'label');
    if (!name) throw new XmlError('<customLabels> without <name>', block.line);
    if (labels.has(name)) throw new XmlError(`translation of ${name} is given twice`, block.line);
    labels.set(name, labelElement ? labelElement.text : '');
  }
  return labels;
}

/** The `{0}`, `{1}`… placeholders of a label, sorted and de-duplicated. */
export function placeholdersOf(value) {
  return [...new Set(value.match(/\{\d+\}/g) ?? [])].sort();
}
