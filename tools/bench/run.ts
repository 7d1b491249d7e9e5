/**
 * `npm run bench [-- triage | measures]`: every benchmark (or the one named), one after another,
 * each printing its own table. Timing targets live here, never in the test suite (these machines
 * are shared and noisy). See tools/bench/README.md.
 */
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

async function main(): Promise<void> {
  const unknown = only.filter((name) => name !== 'triage' && name !== 'measures');
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}: choose triage or measures`);
  if (wanted('triage')) await import('./triage.bench');
  if (wanted('measures')) {
    if (wanted('triage')) console.log();
    const { runMeasuresBench } = await import('./measures.bench');
    await runMeasuresBench();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
