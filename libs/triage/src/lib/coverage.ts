import type { ExplanationItem, PhysicianAvailability, TriageEngineContext } from './types';

/** How many "covering for the covering physician" hops we follow before giving up. */
const MAX_COVER_HOPS = 3;

export interface Assignment {
  assigneeId?: string;
  items: ExplanationItem[];
}

function label(p: PhysicianAvailability | undefined, id: string): string {
  return p?.name ? `${p.name} (${id})` : id;
}

/**
 * Continuity first: the patient's own physician; when out of office, whoever covers for them
 * (following a short chain); otherwise nobody, and the explanation says why. Never a physician
 * the patient has no relation to.
 */
export function assignPhysician(context: TriageEngineContext): Assignment {
  const primaryId = context.patient?.primaryPhysicianId;
  if (!primaryId) {
    return {
      items: [{ kind: 'coverage', text: 'patient has no primary physician: left unassigned in the physician pool' }],
    };
  }
  const physicians = context.physicians;
  if (!physicians) {
    return {
      assigneeId: primaryId,
      items: [{ kind: 'coverage', text: `assigned to the patient's primary physician ${primaryId}` }],
    };
  }
  const find = (id: string | null | undefined) => (id ? physicians.find((p) => p.id === id) : undefined);
  const primary = find(primaryId);
  if (!primary) {
    return {
      items: [
        {
          kind: 'coverage',
          text: `primary physician ${primaryId} is not on the practice's physician list: left unassigned in the physician pool`,
        },
      ],
    };
  }
  if (!primary.outOfOffice) {
    return {
      assigneeId: primary.id,
      items: [{ kind: 'coverage', text: `assigned to the patient's primary physician ${label(primary, primary.id)}` }],
    };
  }
  const seen = new Set([primary.id]);
  let current = primary;
  const chain: string[] = [];
  for (let hop = 0; hop < MAX_COVER_HOPS; hop++) {
    const coverId = current.coveringPhysicianId;
    const cover = find(coverId);
    if (!coverId || !cover || seen.has(cover.id)) break;
    seen.add(cover.id);
    if (!cover.outOfOffice) {
      const via = chain.length > 0 ? ` (via ${chain.join(', ')}, also out of office)` : '';
      return {
        assigneeId: cover.id,
        items: [
          {
            kind: 'coverage',
            text: `primary physician ${label(primary, primary.id)} is out of office; assigned to covering physician ${label(cover, cover.id)}${via}`,
          },
        ],
      };
    }
    chain.push(label(cover, cover.id));
    current = cover;
  }
  const why = chain.length > 0 ? `their covering physician ${chain.join(', ')} is out of office too` : 'no covering physician is set';
  return {
    items: [
      {
        kind: 'coverage',
        text: `primary physician ${label(primary, primary.id)} is out of office and ${why}: left unassigned in the physician pool`,
      },
    ],
  };
}
