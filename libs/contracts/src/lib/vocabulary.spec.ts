import { CATEGORY_LABELS, isMessageCategory, MESSAGE_CATEGORIES } from './vocabulary';

describe('vocabulary', () => {
  it('labels every category', () => {
    expect(Object.keys(CATEGORY_LABELS).sort()).toEqual([...MESSAGE_CATEGORIES].sort());
  });

  it('recognises categories and rejects anything else', () => {
    expect(isMessageCategory('billing')).toBe(true);
    expect(isMessageCategory('Billing')).toBe(false);
    expect(isMessageCategory(42)).toBe(false);
    expect(isMessageCategory(undefined)).toBe(false);
  });
});
