// Writes each Jest project's totals to test-output/results/<project>.json, so `npm test`
// can print one closing line for the whole workspace.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const workspace = resolve(__dirname, '../..');
    const dir = join(workspace, 'test-output/results');
    mkdirSync(dir, { recursive: true });
    const name = relative(workspace, this.rootDir).replace(/[\\/]/g, '__') || 'root';
    writeFileSync(
      join(dir, `${name}.json`),
      JSON.stringify({ passed: results.numPassedTests, failed: results.numFailedTests + results.numRuntimeErrorTestSuites, skipped: results.numPendingTests }),
    );
  }
}

module.exports = SummaryReporter;
