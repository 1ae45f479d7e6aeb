#!/usr/bin/env node
/**
 * Offline stand-in for the platform's compile step: runs @lwc/compiler over every file that deploys
 * (the generated .js, every .html template and .css) of every bundle. Catches down-levelled decorators,
 * broken templates and bundles without JavaScript (a CSS-only module, <name>.css + <name>.js-meta.xml and
 * nothing else, is the exception: LWC guide, "Share CSS Style Rules",
 * https://developer.salesforce.com/docs/platform/lwc/guide/create-components-css-share.html). Run
 * `npm run build` first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from '@lwc/compiler';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const lwcDir = path.join(root, 'force-app', 'main', 'default', 'lwc');
let files = 0;
const failures = [];

for (const name of fs.readdirSync(lwcDir).sort()) {
  const bundle = path.join(lwcDir, name);
  if (!fs.statSync(bundle).isDirectory()) continue;
  // A CSS-only module (shared styles, `@import 'c/name';` from a component's CSS) has no JavaScript.
  const cssOnly =
    fs.existsSync(path.join(bundle, `${name}.css`)) &&
    !fs.existsSync(path.join(bundle, `${name}.ts`)) &&
    !fs.existsSync(path.join(bundle, `${name}.html`));
  if (!cssOnly && !fs.existsSync(path.join(bundle, `${name}.js`))) {
    failures.push(
      `${name}: no ${name}.js (run npm run build; every bundle needs its TypeScript source ${name}.ts)`
    );
    continue;
  }
  if (!fs.existsSync(path.join(bundle, `${name}.js-meta.xml`)))
    failures.push(`${name}: no ${name}.js-meta.xml`);
  for (const file of fs.readdirSync(bundle).sort()) {
    if (!/\.(js|html|css)$/.test(file)) continue;
    const full = path.join(bundle, file);
    try {
      transformSync(fs.readFileSync(full, 'utf8'), file, {
        namespace: 'c',
        name,
        experimentalDynamicComponent: { strictSpecifier: false }
      });
      files++;
    } catch (error) {
      failures.push(`${name}/${file}: ${error.message}`);
    }
  }
}

if (failures.length) {
  console.error(`lwc-compile: ${failures.length} failure(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`lwc-compile: ${files} file(s) compiled by @lwc/compiler without errors.`);
