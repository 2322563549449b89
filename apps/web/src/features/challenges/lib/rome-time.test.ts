import { formatRome, fromRomeLocal, toRomeLocal } from './rome-time';

describe('deadlines in Italian time', () => {
  it('converts Rome wall-clock time to UTC in winter (+1) and summer (+2)', () => {
    expect(fromRomeLocal('2027-01-15T18:00')).toBe('2027-01-15T17:00:00.000Z');
    expect(fromRomeLocal('2027-07-15T18:00')).toBe('2027-07-15T16:00:00.000Z');
    // a day alone means its midnight in Rome
    expect(fromRomeLocal('2027-03-01')).toBe('2027-02-28T23:00:00.000Z');
  });

  it('settles the daylight-saving change days', () => {
    // 28 March 2027: clocks go from 02:00 to 03:00; 31 October 2027: from 03:00 back to 02:00
    expect(fromRomeLocal('2027-03-28T12:00')).toBe('2027-03-28T10:00:00.000Z');
    expect(fromRomeLocal('2027-10-31T12:00')).toBe('2027-10-31T11:00:00.000Z');
  });

  it('shows UTC instants as Rome time, and round-trips', () => {
    expect(toRomeLocal('2027-07-15T16:00:00.000Z')).toBe('2027-07-15T18:00');
    expect(toRomeLocal(fromRomeLocal('2027-12-31T23:30'))).toBe('2027-12-31T23:30');
    expect(formatRome('2027-01-15T17:00:00.000Z', 'it')).toContain('18:00');
  });

  it('refuses what is not a date', () => {
    expect(fromRomeLocal('')).toBeNull();
    expect(fromRomeLocal('tomorrow')).toBeNull();
    expect(toRomeLocal(null)).toBe('');
  });
});
