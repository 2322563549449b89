import {
  isBeforeDeadline,
  isSubmissionEditable,
  SUBMISSION_STATUSES,
  SUBMISSION_STATUS_LABELS,
} from './submissions.js';

describe('submissions', () => {
  it('is late exactly at the deadline, in time a millisecond before, never without one', () => {
    const deadline = new Date('2026-12-01T23:00:00Z');
    expect(isBeforeDeadline(deadline, new Date(deadline.getTime() - 1))).toBe(true);
    expect(isBeforeDeadline(deadline, deadline)).toBe(false);
    expect(isBeforeDeadline(null, new Date(0))).toBe(false);
  });

  it('lets drafts and withdrawn proposals be edited, not submitted ones', () => {
    expect(SUBMISSION_STATUSES.filter(isSubmissionEditable)).toEqual(['draft', 'withdrawn']);
  });

  it('labels every status in both languages', () => {
    for (const status of SUBMISSION_STATUSES) {
      expect(SUBMISSION_STATUS_LABELS[status].it).toBeTruthy();
      expect(SUBMISSION_STATUS_LABELS[status].en).toBeTruthy();
    }
  });
});
