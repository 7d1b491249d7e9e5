import { PLACEHOLDER_NAMES, type PlaceholderName } from './placeholder-catalogue';

/**
 * The known placeholder an author most likely meant, or null when nothing is close enough to be a
 * helpful guess. Comparison ignores case, spaces, dots, dashes and underscores, so
 * "patient.firstname", "Patient First Name" and "patient_first_name" all point at patient.firstName.
 * A bare last segment ("firstName") is matched against the segment after the dot, at a small cost,
 * so fully qualified names win ties.
 */
export function suggestPlaceholder(unknown: string): PlaceholderName | null {
  const wanted = normalise(unknown);
  if (wanted === '') return null;
  let best: PlaceholderName | null = null;
  let bestScore = Infinity;
  for (const name of PLACEHOLDER_NAMES) {
    const segments = name.split('.');
    const lastSegment = segments[segments.length - 1];
    const score = Math.min(
      editDistance(wanted, normalise(name)),
      segments.length > 1 ? editDistance(wanted, normalise(lastSegment)) + 1 : Infinity,
    );
    // Strict "<" keeps catalogue order on ties, which lists the most used placeholders first.
    if (score < bestScore) {
      best = name;
      bestScore = score;
    }
  }
  // Allow about one edit per three characters: "patinet.phone" yes, "nextAppointment" no.
  const tolerance = Math.max(2, Math.ceil(wanted.length / 3));
  return bestScore <= tolerance ? best : null;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s._-]+/g, '');
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[i - 2][j - 2] + 1);
      }
      d[i][j] = value;
    }
  }
  return d[rows - 1][cols - 1];
}
