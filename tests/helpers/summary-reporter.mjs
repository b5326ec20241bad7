// Prints `N passed, N failed, N skipped` alone as the very last line, the closing line CI reads.
// A test file that failed to load (or whose tests could not run) counts as one failed test.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        count(session.testResults, totals);
        const ran = totals.passed + totals.failed + totals.skipped - before;
        if (!session.passed && (ran === 0 || (session.errors?.length ?? 0) > 0)) totals.failed += 1;
      }
      // Defer so this prints after the default reporter's own summary.
      setTimeout(() => {
        console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      }, 0);
    },
  };
}
