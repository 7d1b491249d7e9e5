import { dueLabel, timeAgo } from './time-format';

const now = Date.parse('2025-03-03T12:00:00Z');

describe('time formatting', () => {
  it('says how long ago', () => {
    expect(timeAgo('2025-03-03T11:59:40Z', now)).toBe('just now');
    expect(timeAgo('2025-03-03T12:00:05Z', now)).toBe('just now');
    expect(timeAgo('2025-03-03T11:57:00Z', now)).toBe('3 min ago');
    expect(timeAgo('2025-03-03T09:30:00Z', now)).toBe('2 h ago');
    expect(timeAgo('2025-03-02T11:00:00Z', now)).toBe('1 day ago');
    expect(timeAgo('2025-02-27T12:00:00Z', now)).toBe('4 days ago');
    expect(timeAgo('not a date', now)).toBe('');
  });

  it('says when something is due, or how overdue it is', () => {
    expect(dueLabel('2025-03-03T12:45:00Z', now)).toEqual({ text: 'due in 45 min', overdue: false });
    expect(dueLabel('2025-03-03T10:00:00Z', now)).toEqual({ text: 'overdue by 2 h', overdue: true });
    expect(dueLabel('2025-03-03T12:00:30Z', now)).toEqual({ text: 'due now', overdue: false });
  });
});
