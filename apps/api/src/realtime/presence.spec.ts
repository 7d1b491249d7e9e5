import { Presence } from './presence';

const dana = { userId: 'u1', name: 'Dana Patel', role: 'medical_assistant' };
const ana = { userId: 'u2', name: 'Dr. Ana Ruiz', role: 'physician' };

describe('Presence', () => {
  it('tracks who views which thread and reports what changed', () => {
    const p = new Presence();
    expect(p.view('s1', 't1', dana)).toEqual(['t1']);
    expect(p.view('s2', 't1', ana)).toEqual(['t1']);
    expect(p.viewers('t1')).toEqual([dana, ana]); // by name
    expect(p.view('s1', 't2', dana)).toEqual(['t1', 't2']);
    expect(p.viewers('t1')).toEqual([ana]);
    expect(p.view('s1', 't2', dana)).toEqual([]);
  });

  it('counts a person once across tabs, and forgets a closed socket', () => {
    const p = new Presence();
    p.view('tab1', 't1', dana);
    p.view('tab2', 't1', dana);
    expect(p.viewers('t1')).toEqual([dana]);
    expect(p.leave('tab1')).toEqual(['t1']);
    expect(p.viewers('t1')).toEqual([dana]);
    p.leave('tab2');
    expect(p.viewers('t1')).toEqual([]);
    expect(p.leave('never-seen')).toEqual([]);
  });
});
