/** Counts from a TAP report of `node --test` (its `# pass N` and `# fail N` lines). */
export function tapCounts(tap) {
  const pass = /^# pass (\d+)/m.exec(tap);
  const fail = /^# fail (\d+)/m.exec(tap);
  if (!pass) throw new Error('no "# pass" line in the TAP report');
  return { passed: Number(pass[1]), failed: Number(fail?.[1] ?? 0) };
}

/**
 * Counts from Playwright's JSON report (https://playwright.dev/docs/test-reporters#json-reporter), one
 * per test that ran: `expected` passed; `unexpected` failed, and so did `flaky` (it failed at least once
 * before a retry passed: a flaky test fails the run); `skipped` did not run and is neither. The counts
 * come from the tests in the report and must agree with its `stats`, else the report is not trusted.
 */
export function playwrightCounts(json) {
  const report = JSON.parse(json);
  if (!report.stats) throw new Error('no "stats" in the Playwright JSON report');
  const seen = { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (!(t.status in seen)) throw new Error(`unknown test status "${t.status}" for ${spec.title}`);
        seen[t.status] += 1;
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  for (const key of Object.keys(seen)) {
    if (seen[key] !== report.stats[key]) {
      throw new Error(`the report lists ${seen[key]} ${key} test(s) but its stats say ${report.stats[key]}`);
    }
  }
  return { passed: seen.expected, failed: seen.unexpected + seen.flaky, skipped: seen.skipped };
}

/**
 * The closing summary of `npm test` from each step's result.
 *
 * A step is { name, skipped?, ok, seconds, runner?, counts?, note? }: `runner` marks a test runner (jest,
 * node --test, e2e) whose `counts` ({ passed, failed }, or null when its report could not be read) are
 * tests; every other step (build, lint, format, …) is one pass/fail line and no test.
 * "tests: N passed, N failed" is the sum of the runners' counts and nothing else. The run fails when a
 * step failed, a test failed, or a runner's counts could not be read (its tests would go uncounted).
 */
export function summarizeSteps(steps) {
  let passed = 0;
  let failed = 0;
  let ok = true;
  const lines = [];
  for (const step of steps) {
    if (step.skipped) {
      lines.push(`  - ${step.name}: skipped`);
      continue;
    }
    const counts = step.runner ? (step.counts ?? null) : null;
    const unreadable = step.runner && counts === null;
    if (counts) {
      passed += counts.passed;
      failed += counts.failed;
    }
    const stepOk = step.ok && !unreadable && (counts === null || counts.failed === 0);
    if (!stepOk) ok = false;
    const detail = counts
      ? `: ${counts.passed} passed, ${counts.failed} failed`
      : unreadable
        ? ': test counts could not be read'
        : '';
    const note = step.note ? ` (${step.note})` : '';
    lines.push(`  ${stepOk ? '✓' : '✗'} ${step.name} (${step.seconds} s)${detail}${note}`);
  }
  return { passed, failed, ok, lines, total: `tests: ${passed} passed, ${failed} failed` };
}

/**
 * The mutation step's note in the summary: its score, and each line `scripts/mutation.mjs` starts with
 * `mutation: ` (why Stryker stopped, a second start), so the reason reaches the summary's own line.
 */
export function mutationNote(stdout) {
  const parts = [/^(mutation score: [^\n]*?) \(/m.exec(stdout)?.[1]];
  for (const match of stdout.matchAll(/^mutation: (.+)$/gm)) parts.push(match[1]);
  const note = parts.filter(Boolean).join('; ');
  return note || null;
}
