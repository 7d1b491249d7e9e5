import { POOLS, type Pool, type StaffRole } from './vocabulary';

/**
 * Which pools' threads each role may read (list, open, receive live). Billing sees only the
 * billing pool, and never the practice-wide feed, which carries clinical subjects.
 * Shared by the API (which enforces it) and the dashboard (which shows only what is allowed).
 * The full matrix is in docs/ACCESS.md and every cell has a test.
 */
const READABLE_POOLS: Record<StaffRole, readonly Pool[]> = {
  physician: POOLS,
  nurse: POOLS,
  medical_assistant: POOLS,
  admin: POOLS,
  billing: ['billing'],
};

export function readablePools(role: StaffRole): readonly Pool[] {
  return READABLE_POOLS[role];
}

/** A thread not yet routed (pool null) is readable only by roles that read every pool. */
export function canReadThread(role: StaffRole, pool: Pool | null): boolean {
  const pools = READABLE_POOLS[role];
  return pool === null ? pools.length === POOLS.length : pools.includes(pool);
}

export function seesWholePractice(role: StaffRole): boolean {
  return READABLE_POOLS[role].length === POOLS.length;
}

/**
 * Which pools' threads each role may work (claim, reply, re-route, escalate, close). A medical
 * assistant cannot answer a physician's clinical question: they escalate it instead, so a patient
 * is never answered by someone signing beyond their role. Administrators read but do not answer.
 */
const WORKABLE_POOLS: Record<StaffRole, readonly Pool[]> = {
  physician: ['physician', 'nurse', 'medical_assistant'],
  nurse: ['nurse', 'medical_assistant'],
  medical_assistant: ['medical_assistant'],
  billing: ['billing'],
  admin: [],
};

export function canWorkThread(role: StaffRole, pool: Pool | null): boolean {
  return pool !== null && WORKABLE_POOLS[role].includes(pool);
}

/**
 * Who may read the engagement measures, the patient lists behind them and their live updates.
 * Physicians included: they report their own Meaningful Use figures.
 */
export const ENGAGEMENT_ROLES: readonly StaffRole[] = ['admin', 'physician'];

export function canReadEngagement(role: StaffRole): boolean {
  return ENGAGEMENT_ROLES.includes(role);
}

/**
 * Who may read the Operations report (response times, SLA, workload per clinician): administrators.
 * It names the staff and compares them, so clinicians do not see each other's figures.
 */
export const OPERATIONS_ROLES: readonly StaffRole[] = ['admin'];

export function canReadOperations(role: StaffRole): boolean {
  return OPERATIONS_ROLES.includes(role);
}
