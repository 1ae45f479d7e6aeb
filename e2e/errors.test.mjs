/**
 * Every error kind of the error table in docs/user-guide.md, injected by the preview's lightning/graphql stand-in
 * (`fail=page:1:KIND` fails the first request once), in real Chromium: the panel says the specific
 * readable message, offers Try again, and Try again loads the transcript.
 */
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import { label, newPage, openSample, sampleNodes, stats, useBrowser, COMPONENT, ROWS } from './helpers.mjs';
import { writeFigure } from '../scripts/figures.mjs';

const SAMPLE = 'messaging-standard';

/** kind → what the user must read (heading, message) and a raw detail shown behind "Show details". */
const CASES = [
  { kind: 'InvalidSyntax', message: label('Error_Invalid_Query', 'InvalidSyntax'), detail: /Invalid Syntax/ },
  {
    kind: 'ValidationError',
    message: label('Error_Invalid_Query', 'ValidationError'),
    detail: /WrongType/
  },
  {
    kind: 'OperationNotSupported',
    message: label('Error_Invalid_Query', 'OperationNotSupported'),
    detail: /not supported/
  },
  {
    kind: 'DataFetchingException',
    message: label('Error_Data_Fetching'),
    detail: /Exception while fetching/
  },
  { kind: 'ExecutionAborted', message: label('Error_Aborted'), detail: /Execution aborted/ },
  {
    kind: 'partial',
    message: label('Error_Data_Fetching'),
    partial: true,
    detail: /row could not be read/
  },
  {
    kind: 'escaped',
    message: label('Access_Field_Hidden', 'Message', label('Access_Object_ConversationEntry')),
    // Shown decoded: the quote, not the entity.
    detail: /Field 'Message' in type 'ConversationEntry'/,
    notDetail: /&#39;/
  },
  {
    kind: 'fieldHidden',
    message: label('Access_Field_Hidden', 'MessageStatusCode', label('Access_Object_ConversationEntry')),
    detail: /FieldUndefined/
  },
  { kind: 'noAccess', message: label('Access_No_Permission'), detail: /You don't have access/ },
  {
    kind: 'unsupported',
    message: label('Access_Unsupported_Object'),
    detail: /not supported in UI API/
  },
  { kind: 'network', message: label('Error_Network'), detail: /Failed to fetch/ },
  { kind: 'timeout', message: label('Error_Timeout'), detail: /Gateway Timeout/ },
  { kind: 'malformed', message: label('Error_Malformed'), detail: /ConversationEntry\.edges/ }
];

const browser = useBrowser();
const covered = [];
let recovered = 0;
let injected = 0;
test.afterAll(() => {
  if (covered.length > 0) {
    writeFigure('e2e-errors', { kinds: covered, recovered });
    writeFigure('e2e-faults-errors', { injected, kinds: covered });
  }
});

test.describe('every error kind, each with a working Try again', () => {
  const total = sampleNodes(SAMPLE).length;

  for (const c of CASES) {
    test(`${c.kind}: specific message, details, Try again recovers`, async () => {
      test.setTimeout(60000);
      const { context, page } = await newPage(browser());
      try {
        await openSample(page, SAMPLE, `&fail=page:1:${c.kind}`);
        const panel = page.locator(`${COMPONENT} c-error-panel`);
        await panel.waitFor();
        assert.equal(
          (await panel.locator('.error-heading').textContent()).trim(),
          label(c.partial ? 'Error_Partial_Title' : 'Error_Title')
        );
        assert.equal((await panel.locator('.error-message').textContent()).trim(), c.message);
        assert.equal(
          await page.locator(ROWS).count(),
          c.partial ? total : 0,
          c.partial ? 'a partial response keeps its data' : 'no rows'
        );

        await panel.getByRole('button', { name: label('Error_Show_Details') }).click();
        const details = (await panel.locator('.error-details').textContent()).trim();
        assert.match(details, c.detail);
        if (c.notDetail) assert.doesNotMatch(details, c.notDetail);
        // This kind is covered: shown with its own message and details.
        covered.push(c.kind);

        const retry = panel.getByRole('button', { name: label('Error_Retry') });
        assert.equal(await retry.count(), 1, 'one Try again button');
        await retry.click();
        await page.locator(`${COMPONENT} .transcript-count`).waitFor();
        await panel.waitFor({ state: 'detached' });
        assert.equal(await page.locator(ROWS).count(), total, 'Try again loads every entry');
        const s = await stats(page);
        assert.equal(s.requests, 2, 'one failed request, one retry');
        assert.deepEqual(s.injectedKinds, [c.kind]);
        injected += s.injectedFailures;
        // Counted only here: Try again brought every entry back after this kind of failure.
        recovered++;
      } finally {
        await context.close();
      }
    });
  }
});
