/**
 * Generic error handling for every data source: `reduceErrors` turns any error shape (GraphQL `errors`
 * arrays, UI API / fetch error bodies, JavaScript errors, strings, nested arrays) into readable strings.
 * What a failure means for the transcript is named in the model (`classifyError` in transcriptModel).
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A Map, so `&constructor;` or `&__proto__;` in a server message stays as written. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0']
]);

/**
 * Server messages sometimes arrive HTML-escaped (`Field &#39;Message&#39; …`). They are decoded to plain
 * text before they are matched or shown; the UI renders them as text, never as markup.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES.get(name.toLowerCase()) ?? whole;
  });
}

function messagesOf(value: unknown, out: string[], depth: number): void {
  if (value === null || value === undefined || depth > 6) {
    return;
  }
  if (typeof value === 'string') {
    if (value.trim() !== '') {
      out.push(decodeEntities(value));
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item) => messagesOf(item, out, depth + 1));
    return;
  }
  if (!isRecord(value)) {
    out.push(String(value));
    return;
  }
  const body = value.body;
  if (body !== undefined && body !== null) {
    const before = out.length;
    if (isRecord(body) && !Array.isArray(body)) {
      messagesOf(body.message, out, depth + 1);
      messagesOf(body.pageErrors, out, depth + 1);
      messagesOf(body.fieldErrors ? Object.values(body.fieldErrors) : undefined, out, depth + 1);
      messagesOf(isRecord(body.output) ? body.output.errors : undefined, out, depth + 1);
      messagesOf(body.errors, out, depth + 1);
    } else {
      messagesOf(body, out, depth + 1);
    }
    if (out.length > before) {
      return;
    }
  }
  if (typeof value.message === 'string' && value.message.trim() !== '') {
    out.push(decodeEntities(value.message));
    return;
  }
  if (value.errors !== undefined) {
    messagesOf(value.errors, out, depth + 1);
    return;
  }
  if (typeof value.statusText === 'string' && value.statusText !== '') {
    out.push(decodeEntities(value.statusText));
  }
}

/** Every readable message in an error value, de-duplicated, in order. Never throws. */
export function reduceErrors(errors: unknown): string[] {
  const out: string[] = [];
  messagesOf(errors, out, 0);
  return Array.from(new Set(out));
}
