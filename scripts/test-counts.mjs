/** Counts from a TAP report of `node --test` (its `# pass N` and `# fail N` lines). */
export function tapCounts(tap) {
  const pass = /^# pass (\d+)/m.exec(tap);
  const fail = /^# fail (\d+)/m.exec(tap);
  if (!pass) throw new Error('no "# pass" line in the TAP report');
  return { passed: Number(pass[1]), failed: Number(fail?.[1] ?? 0) };
}
