/**
 * Deterministic randomness inside PostgreSQL: every random attribute of row `i` is a hash of
 * (i, seed, attribute), so the same seed gives the same rows whatever the plan, batch size or
 * parallel workers. `hashint8extended` is the hash PostgreSQL uses for hash partitioning, stable
 * across versions and platforms.
 */

/** One salt per random attribute, so attributes of the same row are independent. */
export enum Salt {
  PatientName = 1,
  PatientSurname,
  PatientAge,
  PatientAgeDays,
  PatientHasPrimary,
  PatientPrimary,
  VisitChronic,
  VisitPatient,
  VisitSameEp,
  VisitOtherEp,
  VisitKind,
  VisitSlot,
  VisitSigning,
  VisitSigningDelay,
  Grant,
  GrantDelayKind,
  GrantDelay,
  PatientWideGrant,
  PatientWideGrantAt,
  Summary,
  SummaryDelayKind,
  SummaryDelay,
  Education,
  EducationDelay,
  ReminderPatient,
  ReminderTime,
  CopyPatient,
  CopyTime,
  CopyProvided,
  CopyDelayKind,
  CopyDelay,
  ActivityVisit,
  ActivityDelay,
  ActivityAction,
  ThreadLength,
  ThreadFix,
  ThreadTime,
  ThreadChronic,
  ThreadPatient,
  ThreadMessage,
  ThreadAssign,
  ThreadOtherEp,
  ThreadStaff,
  ThreadStatus,
  ThreadPriority,
  ThreadGap,
  ThreadAck,
  MessageJitter,
  MessageInternal,
  MessageByEp,
  MessageText,
  DayNoise,
  EpWeight,
}

export class RandomSql {
  constructor(private readonly seed: number) {}

  /** Uniform double in [0, 1) for row `expr` (any integer SQL expression). */
  u(expr: string, salt: Salt): string {
    const key = this.seed * 1000 + salt;
    return `(((hashint8extended((${expr})::int8, ${key}::int8) >> 11) & 9007199254740991)::float8 / 9007199254740992.0)`;
  }

  /** Integer in [0, n) for row `expr`. */
  below(expr: string, salt: Salt, n: string | number): string {
    return `floor(${this.u(expr, salt)} * (${n}))::int8`;
  }

  /** A stable, random-looking UUID for row `expr` of `kind` (ids in production are random too). */
  uuid(kind: string, expr: string): string {
    if (!/^[a-z]+$/.test(kind)) throw new RangeError(`bad uuid kind ${kind}`);
    return `md5('${kind}:${this.seed}:' || (${expr})::text)::uuid`;
  }
}

/** A SQL text literal. */
export function text(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A SQL array literal of texts, 1-based like every PostgreSQL array. */
export function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map(text).join(', ')}]::text[]`;
}

export function intArray(values: readonly number[]): string {
  if (!values.every(Number.isSafeInteger)) throw new RangeError('not integers');
  return `ARRAY[${values.join(',')}]::int[]`;
}
