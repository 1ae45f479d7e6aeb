/** Counts from a TAP report of `node --test` (its `# pass N` and `# fail N` lines). */
export function tapCounts(tap) {
  const pass = /^# pass (\d+)/m.exec(tap);
  const fail = /^# fail (\d+)/m.exec(tap);
  if (!pass) throw new Error('no "# pass" line in the TAP report');
  return { passed: Number(pass[1]), failed: Number(fail?.[1] ?? 0) };
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
