/**
 * Module hooks that let Node import the generated LWC JavaScript of force-app (for the org check's use
 * of the component's own error classification): `c/<name>` resolves to lwc/<name>/<name>.js, relative
 * imports without an extension get `.js`, and those files load as ES modules.
 * Registered by scripts/org/component-errors.mjs with `module.register`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

let lwcDir = '';
let lwcUrl = '';

export function initialize(data) {
  lwcDir = data.lwcDir;
  lwcUrl = pathToFileURL(lwcDir).href + '/';
}

export async function resolve(specifier, context, next) {
  const bundle = /^c\/([A-Za-z0-9_]+)$/.exec(specifier);
  if (bundle) {
    return next(pathToFileURL(path.join(lwcDir, bundle[1], `${bundle[1]}.js`)).href, context);
  }
  if (specifier.startsWith('.') && context.parentURL?.startsWith(lwcUrl) && path.extname(specifier) === '') {
    return next(`${specifier}.js`, context);
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.startsWith(lwcUrl) && url.endsWith('.js')) {
    return next(url, { ...context, format: 'module' });
  }
  return next(url, context);
}
