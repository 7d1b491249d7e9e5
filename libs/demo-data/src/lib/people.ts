import { integerBetween, pick, type Random } from './random';

const FIRST_NAMES = [
  'Maria', 'James', 'Aisha', 'Wei', 'Olivia', 'Mateo', 'Priya', 'Noah', 'Fatima', 'Liam', 'Sofia', 'Ethan',
  'Grace', 'Diego', 'Hannah', 'Kenji', 'Amara', 'Lucas', 'Chloe', 'Omar', 'Isabella', 'Daniel', 'Mei',
  'Samuel', 'Zara', 'Gabriel', 'Ava', 'Ibrahim', 'Ruth', 'Tomás', 'Eleanor', 'Dmitri', 'Yasmin', 'Henry',
  'Lucía', 'Arjun', 'Margaret', 'Kwame', 'Nora', 'Hiroshi', 'Esther', 'Malik', 'Ingrid', 'Carlos', 'Leah',
] as const;

const LAST_NAMES = [
  'Garcia', 'Nguyen', 'Johnson', 'Okafor', 'Smith', 'Patel', 'Kim', 'Martinez', 'Brown', 'Haddad', 'Lee',
  'Rossi', 'Williams', 'Chen', 'Kowalski', 'Hernandez', 'Davis', 'Tanaka', 'Mensah', 'Lopez', 'Miller',
  'Ivanova', 'Wilson', 'Singh', 'Moore', 'Cohen', 'Anderson', 'Silva', 'Taylor', 'Ahmed', 'Thomas',
  "O'Brien", 'Jackson', 'Novak', 'White', 'Ramirez', 'Harris', 'Yilmaz', 'Clark', 'Fernandes',
] as const;

export interface DemoPerson {
  firstName: string;
  lastName: string;
}

export interface DemoPatient extends DemoPerson {
  mrn: string;
  birthDate: string;
}

export function demoPerson(random: Random): DemoPerson {
  return { firstName: pick(random, FIRST_NAMES), lastName: pick(random, LAST_NAMES) };
}

/** Ages spread like a family practice's panel: children, working adults and seniors. */
export function demoPatient(random: Random, index: number, today = new Date()): DemoPatient {
  const age = random() < 0.15 ? integerBetween(random, 0, 17) : random() < 0.75 ? integerBetween(random, 18, 64) : integerBetween(random, 65, 94);
  // Count back whole years and then up to 364 days, so even a newborn's birth date is in the past.
  const daysOld = age * 365 + integerBetween(random, 1, 364);
  const birth = new Date(today.getTime() - daysOld * 86_400_000);
  return {
    ...demoPerson(random),
    mrn: `MRN${String(100000 + index).padStart(6, '0')}`,
    birthDate: birth.toISOString().slice(0, 10),
  };
}
