/**
 * A small, strict XML reader for the package's own metadata files (custom labels, translations,
 * permission sets). `sf project convert source` accepts malformed XML without a word, and the org only
 * rejects it at deploy time, so the checks here parse every file for real: unbalanced or mismatched
 * tags, stray `<` / `&`, unknown entities, text outside the root and duplicate attributes all throw,
 * with the line number.
 *
 * It reads elements, attributes, text, CDATA and comments; no DTDs, no namespaces resolution (the
 * metadata namespace is an ordinary `xmlns` attribute here). Pure: no file access.
 */

/** @typedef {{ name: string, attributes: Record<string, string>, children: XmlElement[], text: string, line: number }} XmlElement */

const NAME = /^[A-Za-z_][\w.-]*(?::[\w.-]+)?/;
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export class XmlError extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

/** Decodes character and the five predefined entity references; anything else is an error. */
function decode(raw, line) {
  if (raw.includes('<')) throw new XmlError('"<" is not allowed in text or attribute values', line);
  return raw.replace(/&([^;\s&]*);?/g, (match, body) => {
    if (!match.endsWith(';')) throw new XmlError(`bare "&" (write &amp;): ${match}`, line);
    if (body in ENTITIES) return ENTITIES[body];
    const numeric = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(body);
    if (numeric) {
      const code = numeric[1] ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
      if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    throw new XmlError(`unknown entity &${body};`, line);
  });
}

/**
 * Parses `text` into its root element. Throws XmlError when the document is not well-formed.
 * @returns {XmlElement}
 */
export function parseXml(text) {
  let i = 0;
  let line = 1;
  const advance = (to) => {
    for (let k = i; k < to; k++) if (text.charCodeAt(k) === 10) line++;
    i = to;
  };
  const stack = [];
  let root = null;

  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt === -1 ? text.length : lt);
    if (chunk !== '') {
      if (stack.length === 0) {
        if (chunk.trim() !== '') throw new XmlError('text outside the root element', line);
      } else {
        stack[stack.length - 1].text += decode(chunk, line);
      }
      advance(i + chunk.length);
    }
    if (lt === -1) break;

    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i);
      if (end === -1) throw new XmlError('unterminated processing instruction', line);
      if (root !== null || stack.length > 0) {
        if (/^<\?xml[\s?]/.test(text.slice(i))) throw new XmlError('XML declaration not at the start', line);
      }
      advance(end + 2);
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) throw new XmlError('unterminated comment', line);
      if (text.slice(i + 4, end).includes('--')) throw new XmlError('"--" inside a comment', line);
      advance(end + 3);
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i);
      if (end === -1) throw new XmlError('unterminated CDATA section', line);
      if (stack.length === 0) throw new XmlError('CDATA outside the root element', line);
      stack[stack.length - 1].text += text.slice(i + 9, end);
      advance(end + 3);
    } else if (text.startsWith('<!', i)) {
      throw new XmlError('DOCTYPE and other declarations are not allowed in metadata', line);
    } else if (text.startsWith('</', i)) {
      const match = /^<\/([^\s>]+)\s*>/.exec(text.slice(i));
      if (!match) throw new XmlError('malformed end tag', line);
      const open = stack.pop();
      if (!open) throw new XmlError(`end tag </${match[1]}> without a start tag`, line);
      if (open.name !== match[1]) {
        throw new XmlError(`</${match[1]}> closes <${open.name}> (opened on line ${open.line})`, line);
      }
      advance(i + match[0].length);
    } else {
      const nameMatch = NAME.exec(text.slice(i + 1));
      if (!nameMatch) throw new XmlError('"<" that does not start a tag (write &lt;)', line);
      const element = { name: nameMatch[0], attributes: {}, children: [], text: '', line };
      let k = i + 1 + nameMatch[0].length;
      for (;;) {
        const rest = text.slice(k);
        const ws = /^\s*/.exec(rest)[0];
        k += ws.length;
        if (text.startsWith('/>', k) || text[k] === '>') break;
        if (ws === '') throw new XmlError(`malformed start tag <${element.name}>`, line);
        const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(text.slice(k));
        if (!attr) throw new XmlError(`malformed attribute in <${element.name}>`, line);
        if (attr[1] in element.attributes) {
          throw new XmlError(`duplicate attribute ${attr[1]} in <${element.name}>`, line);
        }
        element.attributes[attr[1]] = decode(attr[3] ?? attr[4], line);
        k += attr[0].length;
      }
      const selfClosing = text.startsWith('/>', k);
      if (stack.length === 0) {
        if (root !== null) throw new XmlError(`second root element <${element.name}>`, line);
        root = element;
      } else {
        stack[stack.length - 1].children.push(element);
      }
      if (!selfClosing) stack.push(element);
      advance(k + (selfClosing ? 2 : 1));
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    throw new XmlError(`<${open.name}> (line ${open.line}) is never closed`, line);
  }
  if (root === null) throw new XmlError('no root element', line);
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
