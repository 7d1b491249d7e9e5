/**
 * `npm run bench`: every benchmark, one after another, each printing its own table. Timing
 * targets live here, never in the test suite (these machines are shared and noisy).
 */
import './triage.bench';
