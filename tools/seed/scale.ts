/**
 * `npm run seed:scale [-- options]`: a large, realistic practice in PostgreSQL for the measures
 * bench (tools/bench). Progress goes to stderr, the summary to stdout. See tools/seed/README.md.
 */
import { OptionsError, parseOptions, usage } from './scale-options';
import { seedScale } from './scale-seed';

const number = (n: number) => n.toLocaleString('en-US');

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage());
    return;
  }
  const options = parseOptions(argv, process.env);
  const target = new URL(options.databaseUrl);
  console.error(
    `seed:scale → ${target.host}${target.pathname}: ${number(options.patients)} patients, ${options.providers} providers, ` +
      `${number(options.visits)} visits, ${number(options.events)} portal events, ${number(options.messages)} messages (seed ${options.seed})`,
  );
  const result = await seedScale(options, { progress: process.stderr, log: (line) => console.error(line) });
  const { record } = result;
  if (result.skipped) {
    console.log(`Database ${result.databaseName} already holds this dataset (seeded ${record.seededAt}); nothing to do. Use --force to rebuild it.`);
  } else {
    console.log(`\nSeeded ${result.databaseName} in ${result.totalSeconds.toFixed(1)} s.`);
    console.log('phase                      seconds        rows');
    for (const p of record.phases ?? []) console.log(`${p.name.padEnd(24)} ${p.seconds.toFixed(1).padStart(9)} ${number(p.rows).padStart(11)}`);
  }
  console.log(`\nRows: ${Object.entries(record.counts ?? {}).map(([k, n]) => `${k} ${number(n)}`).join(', ')}`);
  console.log(`Database size: ${(result.sizeBytes / 1024 ** 3).toFixed(2)} GiB. History ${record.start} to ${record.params.end} (${record.timezone}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof OptionsError ? `seed:scale: ${error.message}` : error);
  process.exit(error instanceof OptionsError ? 2 : 1);
});
