/**
 * The component's own words for a failed query: its `classifyError` and `friendlyErrorMessage`
 * (lwc/transcriptModel, imported from the JavaScript `npm run build` generates) with the English custom labels
 * of labels/CustomLabels.labels-meta.xml. Nothing is re-implemented here, so the org check says exactly
 * what a user of the record page would read.
 */
import fs from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../platform/check-deploy-payload.mjs';
import { readCustomLabels } from '../platform/metadata-xml.mjs';

const LWC_DIR = path.join(ROOT, 'force-app', 'main', 'default', 'lwc');
const LABELS_FILE = path.join(ROOT, 'force-app', 'main', 'default', 'labels', 'CustomLabels.labels-meta.xml');

let loaded = null;

/** { classifyError, friendlyErrorMessage, labels }; throws when the build output is missing. */
export async function componentErrors() {
  if (loaded) return loaded;
  const model = path.join(LWC_DIR, 'transcriptModel', 'transcriptModel.js');
  if (!fs.existsSync(model)) {
    throw new Error(`${path.relative(ROOT, model)} is missing: run npm run build`);
  }
  register('./lwc-hooks.mjs', import.meta.url, { data: { lwcDir: LWC_DIR } });
  const module = await import(pathToFileURL(model).href);
  const labels = Object.fromEntries(readCustomLabels(fs.readFileSync(LABELS_FILE, 'utf8')));
  loaded = {
    classifyError: module.classifyError,
    friendlyErrorMessage: module.friendlyErrorMessage,
    labels
  };
  return loaded;
}

/** { kind, message } for the errors value the component would hold (GraphQL `errors` or an HTTP error). */
export async function describeComponentError(errors) {
  const { classifyError, friendlyErrorMessage, labels } = await componentErrors();
  const info = classifyError(errors);
  return { kind: info.kind, message: friendlyErrorMessage(info, labels) };
}
