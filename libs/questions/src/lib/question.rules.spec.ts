import { median, rawDate } from './question.rules';

describe('median', () => {
  it('is the middle value, or the mean of the two middle values, or null for none', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
  });
});

describe('rawDate', () => {
  it('reads a Date (PostgreSQL) and SQLite text in UTC', () => {
    const d = new Date('2026-03-01T10:20:30.456Z');
    expect(rawDate(d)).toBe(d);
    expect(rawDate('2026-03-01 10:20:30.456').toISOString()).toBe('2026-03-01T10:20:30.456Z');
    expect(rawDate('2026-03-01T10:20:30Z').toISOString()).toBe('2026-03-01T10:20:30.000Z');
    expect(() => rawDate(null)).toThrow();
  });
});
