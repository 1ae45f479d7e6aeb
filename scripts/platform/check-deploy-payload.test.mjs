// Tests for the payload inspection of check-deploy-payload.mjs. Run: node --test scripts/platform/
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ROOT,
  VIEWER_PERMISSION_SET,
  checkPermissionSet,
  convertSource,
  findCachedSfCli,
  inspectPayload,
  listBundles,
  parsePackageXml,
  readPermissionSet
} from './check-deploy-payload.mjs';

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'payload-test-'));
after(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

const META =
  '<?xml version="1.0"?><LightningComponentBundle><apiVersion>66.0</apiVersion></LightningComponentBundle>';
const packageXml = (bundles, extra = {}) => `<?xml version="1.0" encoding="UTF-8"?>
<Package xmlns="http://soap.sforce.com/2006/04/metadata">
    <types>
${bundles.map((b) => `        <members>${b}</members>`).join('\n')}
        <name>LightningComponentBundle</name>
    </types>
${Object.entries(extra)
  .map(
    ([type, members]) =>
      `    <types>\n${members.map((m) => `        <members>${m}</members>`).join('\n')}\n        <name>${type}</name>\n    </types>`
  )
  .join('\n')}
    <version>66.0</version>
</Package>
`;

/** Writes a fake converted payload: { 'relative/path': 'content' } under a fresh directory. */
function payload(files) {
  const dir = fs.mkdtempSync(path.join(tmpRoot, 'out-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/** A good payload with bundles `a` (with a template) and `b` (service module). */
const good = () => ({
  'package.xml': packageXml(['a', 'b']),
  'lwc/a/a.js': 'export default class A {}',
  'lwc/a/a.html': '<template></template>',
  'lwc/a/a.js-meta.xml': META,
  'lwc/b/b.js': 'export const b = 1;',
  'lwc/b/util.js': 'export const u = 1;',
  'lwc/b/b.js-meta.xml': META,
  'labels/CustomLabels.labels': '<CustomLabels/>'
});

test('a good payload passes and is summarised', () => {
  const report = inspectPayload({ outputDir: payload(good()), expectedBundles: ['a', 'b'] });
  assert.deepEqual(report.problems, []);
  assert.deepEqual(report.bundles, ['a', 'b']);
  assert.equal(report.files.length, 8);
  assert.deepEqual(report.packageXml.types.get('LightningComponentBundle'), ['a', 'b']);
  assert.equal(report.packageXml.version, '66.0');
});

test('a stray .ts file fails', () => {
  const report = inspectPayload({
    outputDir: payload({ ...good(), 'lwc/b/util.ts': 'export const u: number = 1;', 'lwc/b/types.d.ts': '' }),
    expectedBundles: ['a', 'b']
  });
  assert.deepEqual(report.problems, [
    'lwc/b/types.d.ts: TypeScript source must not be deployed',
    'lwc/b/util.ts: TypeScript source must not be deployed'
  ]);
});

test('anything from __tests__ fails', () => {
  const report = inspectPayload({
    outputDir: payload({
      ...good(),
      'lwc/a/__tests__/a.test.js': 'test()',
      'lwc/a/__tests__/data/page.json': '{}'
    }),
    expectedBundles: ['a', 'b']
  });
  assert.equal(report.problems.length, 2);
  for (const p of report.problems) assert.match(p, /^lwc\/a\/__tests__\/.*: test code must not be deployed$/);
});

test('tooling, configs and Apex fail', () => {
  const report = inspectPayload({
    outputDir: payload({
      ...good(),
      'lwc/a/jsconfig.json': '{}',
      'lwc/a/.eslintrc.json': '{}',
      'lwc/a/a.spec.js': '',
      'staticresources/preview/app.js': '',
      'staticresources/x/scripts/build.mjs': '',
      'staticresources/x/jest.config.js': '',
      'classes/Foo.cls': 'public class Foo {}',
      'classes/Foo.cls-meta.xml': '<ApexClass/>'
    }),
    expectedBundles: ['a', 'b']
  });
  const reasons = report.problems.map((p) => p.split(': ')[1]);
  assert.equal(report.problems.length, 8, report.problems.join('\n'));
  assert.equal(reasons.filter((r) => r.startsWith('Apex')).length, 2);
  assert.equal(reasons.filter((r) => r.startsWith('tool config')).length, 3);
  assert.equal(reasons.filter((r) => r.startsWith('preview/e2e/tooling')).length, 2);
  assert.equal(reasons.filter((r) => r.startsWith('test code')).length, 1);
});

test('a missing bundle fails', () => {
  const files = good();
  for (const rel of Object.keys(files)) if (rel.startsWith('lwc/b/')) delete files[rel];
  const report = inspectPayload({ outputDir: payload(files), expectedBundles: ['a', 'b'] });
  assert.deepEqual(report.problems, ['lwc/b: bundle missing from the payload']);
});

test('a CSS-only module (shared styles) needs its .css and .js-meta.xml, not a .js', () => {
  const files = { ...good(), 'package.xml': packageXml(['a', 'b', 'styles']) };
  files['lwc/styles/styles.css'] = '.x { color: red; }';
  files['lwc/styles/styles.js-meta.xml'] = META;
  const ok = inspectPayload({ outputDir: payload(files), expectedBundles: ['a', 'b', 'styles'] });
  assert.deepEqual(ok.problems, []);
  delete files['lwc/styles/styles.js-meta.xml'];
  const broken = inspectPayload({ outputDir: payload(files), expectedBundles: ['a', 'b', 'styles'] });
  assert.deepEqual(broken.problems, ['lwc/styles: lacks styles.js-meta.xml']);
});

test('a bundle with a stylesheet and a template still needs its .js', () => {
  const files = good();
  files['lwc/a/a.css'] = '.x { color: red; }';
  files['lwc/a/a.html'] = '<template></template>';
  delete files['lwc/a/a.js'];
  const report = inspectPayload({ outputDir: payload(files), expectedBundles: ['a', 'b'] });
  assert.deepEqual(report.problems, ['lwc/a: lacks a.js']);
});

test('a bundle without its <name>.js or <name>.js-meta.xml fails', () => {
  const files = good();
  delete files['lwc/a/a.js'];
  delete files['lwc/b/b.js-meta.xml'];
  const report = inspectPayload({ outputDir: payload(files), expectedBundles: ['a', 'b'] });
  assert.deepEqual(report.problems, ['lwc/a: lacks a.js', 'lwc/b: lacks b.js-meta.xml']);
});

test('a bundle not listed in package.xml, or no package.xml at all, fails', () => {
  const unlisted = inspectPayload({
    outputDir: payload({ ...good(), 'package.xml': packageXml(['a']) }),
    expectedBundles: ['a', 'b']
  });
  assert.deepEqual(unlisted.problems, ['lwc/b: not listed in package.xml']);

  const files = good();
  delete files['package.xml'];
  const missing = inspectPayload({ outputDir: payload(files), expectedBundles: ['a', 'b'] });
  assert.deepEqual(missing.problems, ['package.xml: missing from the payload']);
});

test('listBundles reads bundle folders only', () => {
  const dir = payload({
    'a/a.ts': '',
    'b/b.js': '',
    '__tests__/x.js': '',
    '.hidden/x': '',
    'jsconfig.json': '{}'
  });
  assert.deepEqual(listBundles(dir), ['a', 'b']);
  assert.deepEqual(listBundles(path.join(dir, 'nope')), []);
});

test('parsePackageXml reads several types', () => {
  const xml =
    '<Package><types><members>X</members><members>Y</members><name>CustomLabel</name></types>' +
    '<types><members>c</members><name>LightningComponentBundle</name></types><version>66.0</version></Package>';
  const { types, version } = parsePackageXml(xml);
  assert.deepEqual([...types.keys()], ['CustomLabel', 'LightningComponentBundle']);
  assert.deepEqual(types.get('CustomLabel'), ['X', 'Y']);
  assert.equal(version, '66.0');
  assert.throws(() => parsePackageXml('<Package><types></Package>'), /Expected closing tag 'types'/);
});

// Against the real CLI, only when check-deploy-payload.mjs has already installed it (never installs here).
const cachedCli = findCachedSfCli();
test(
  'real sf convert of a project without .forceignore ships what the inspection rejects',
  { skip: !cachedCli && 'sf CLI not cached' },
  () => {
    const project = payload({
      'sfdx-project.json': JSON.stringify({
        packageDirectories: [{ path: 'force-app', default: true }],
        sourceApiVersion: '66.0'
      }),
      'force-app/main/default/lwc/foo/foo.ts': 'export default class Foo {}',
      'force-app/main/default/lwc/foo/foo.js': 'export default class Foo {}',
      'force-app/main/default/lwc/foo/foo.js-meta.xml': META,
      'force-app/main/default/lwc/foo/__tests__/foo.test.js': 'test()',
      'force-app/main/default/lwc/bar/bar.js-meta.xml': META
    });
    const outputDir = path.join(project, 'out');
    convertSource(cachedCli, outputDir, { projectDir: project });
    const report = inspectPayload({ outputDir, expectedBundles: ['foo', 'bar'] });
    assert.deepEqual(report.problems, [
      'lwc/foo/__tests__/foo.test.js: test code must not be deployed',
      'lwc/foo/foo.ts: TypeScript source must not be deployed',
      'lwc/bar: lacks bar.js'
    ]);
  }
);

// ---------------------------------------------------------------------------------------------------
// Permission set and translations
// ---------------------------------------------------------------------------------------------------

const objectPermission = (object, { read = true, edit = false } = {}) => `
    <objectPermissions>
        <allowCreate>false</allowCreate>
        <allowDelete>false</allowDelete>
        <allowEdit>${edit}</allowEdit>
        <allowRead>${read}</allowRead>
        <modifyAllRecords>false</modifyAllRecords>
        <object>${object}</object>
        <viewAllRecords>false</viewAllRecords>
    </objectPermissions>`;
const permissionSet = ({
  userPermission = 'CanAccessCE',
  objects = ['MessagingSession', 'VoiceCall'],
  extra = ''
} = {}) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <hasActivationRequired>false</hasActivationRequired>
    <label>Conversation Transcript Viewer</label>${objects.map((o) => objectPermission(o)).join('')}${extra}
    <userPermissions>
        <enabled>true</enabled>
        <name>${userPermission}</name>
    </userPermissions>
</PermissionSet>
`;
const LABELS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
    <labels><fullName>A_Label</fullName><language>en_US</language><protected>false</protected><shortDescription>a</shortDescription><value>{0} entries</value></labels>
</CustomLabels>
`;
const translation = (names) => `<?xml version="1.0" encoding="UTF-8"?>
<Translations xmlns="http://soap.sforce.com/2006/04/metadata">
${names.map((n) => `    <customLabels><label>{0} entrées</label><name>${n}</name></customLabels>`).join('\n')}
</Translations>
`;
/** A good payload with the permission set and a French translation. */
const withMetadata = (overrides = {}) => ({
  ...good(),
  'package.xml': packageXml(['a', 'b'], {
    PermissionSet: ['Conversation_Transcript_Viewer'],
    Translations: ['fr'],
    CustomLabels: ['CustomLabels']
  }),
  'labels/CustomLabels.labels': LABELS_XML,
  'permissionsets/Conversation_Transcript_Viewer.permissionset': permissionSet(),
  'translations/fr.translation': translation(['A_Label']),
  ...overrides
});
const inspectWithMetadata = (files) =>
  inspectPayload({
    outputDir: payload(files),
    expectedBundles: ['a', 'b'],
    expectedPermissionSets: ['Conversation_Transcript_Viewer'],
    expectedTranslations: ['fr'],
    permissionSetRules: [VIEWER_PERMISSION_SET]
  });

test('a payload with the permission set and the translation passes and reports both', () => {
  const report = inspectWithMetadata(withMetadata());
  assert.deepEqual(report.problems, []);
  const ps = report.permissionSets.get('Conversation_Transcript_Viewer');
  assert.deepEqual(ps.userPermissions, [{ name: 'CanAccessCE', enabled: true }]);
  assert.deepEqual(
    ps.objectPermissions.map((p) => [p.object, p.allowRead]),
    [
      ['MessagingSession', true],
      ['VoiceCall', true]
    ]
  );
  assert.equal(report.translations.get('fr').get('A_Label'), '{0} entrées');
});

test('a missing, unlisted or malformed permission set or translation fails', () => {
  const files = withMetadata();
  delete files['permissionsets/Conversation_Transcript_Viewer.permissionset'];
  delete files['translations/fr.translation'];
  assert.deepEqual(inspectWithMetadata(files).problems, [
    'permissionsets/Conversation_Transcript_Viewer.permissionset: missing from the payload',
    'translations/fr.translation: missing from the payload'
  ]);

  const unlisted = inspectWithMetadata(withMetadata({ 'package.xml': packageXml(['a', 'b']) })).problems;
  assert.deepEqual(unlisted, [
    'permissionsets/Conversation_Transcript_Viewer.permissionset: not listed in package.xml',
    'translations/fr.translation: not listed in package.xml'
  ]);

  const malformed = inspectWithMetadata(
    withMetadata({
      'permissionsets/Conversation_Transcript_Viewer.permissionset': permissionSet().replace(
        '</label>',
        '</labl>'
      ),
      'translations/fr.translation': translation(['A_Label']).replace('entrées', 'AT&T entrées'),
      'labels/CustomLabels.labels': LABELS_XML
    })
  ).problems;
  assert.equal(malformed.length, 2, malformed.join('\n'));
  assert.match(
    malformed[0],
    /Conversation_Transcript_Viewer\.permissionset: malformed \(line 4: Expected closing tag 'label' .* instead of closing tag 'labl'/
  );
  assert.match(malformed[1], /fr\.translation: malformed XML \(line 3: char '&' is not expected/);
});

test('the permission set rule catches a wrong user permission, write access and ConversationEntry entries', () => {
  const wrongName = inspectWithMetadata(
    withMetadata({
      'permissionsets/Conversation_Transcript_Viewer.permissionset': permissionSet({
        userPermission: 'AccessConversationEntries'
      })
    })
  ).problems;
  assert.deepEqual(wrongName, [
    'permissionsets/Conversation_Transcript_Viewer: lacks the user permission CanAccessCE'
  ]);

  const ps = readPermissionSet(
    permissionSet({
      objects: ['MessagingSession'],
      extra:
        objectPermission('VoiceCall', { edit: true }) +
        objectPermission('ConversationEntry') +
        '\n    <fieldPermissions><editable>false</editable><field>ConversationEntry.Message</field><readable>true</readable></fieldPermissions>'
    })
  );
  assert.deepEqual(checkPermissionSet(ps, VIEWER_PERMISSION_SET), [
    'permissionsets/Conversation_Transcript_Viewer: VoiceCall must be read-only (allowEdit not false)',
    'permissionsets/Conversation_Transcript_Viewer: objectPermissions on ConversationEntry (not permissionable: access is a user permission)',
    'permissionsets/Conversation_Transcript_Viewer: fieldPermissions on ConversationEntry fields (not permissionable this way)'
  ]);
});

test('a translation of a label that does not exist fails (the org rejects it)', () => {
  const report = inspectWithMetadata(
    withMetadata({ 'translations/fr.translation': translation(['A_Label', 'Gone_Label']) })
  );
  assert.deepEqual(report.problems, [
    'translations/fr.translation: translates labels that do not exist (deploy fails): Gone_Label'
  ]);
});

test('the real Conversation_Transcript_Viewer permission set satisfies the rule', () => {
  const file = path.join(
    ROOT,
    'force-app/main/default/permissionsets/Conversation_Transcript_Viewer.permissionset-meta.xml'
  );
  const ps = readPermissionSet(fs.readFileSync(file, 'utf8'));
  assert.deepEqual(checkPermissionSet(ps, VIEWER_PERMISSION_SET), []);
  assert.deepEqual(ps.fieldPermissions, []);
});
