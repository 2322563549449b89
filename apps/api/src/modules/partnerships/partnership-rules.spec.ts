import { AppError } from '../../common/errors/app-error';
import { checkDeclineReason, checkMessage, recipientOf } from './partnership-rules';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'OK';
  } catch (error) {
    return error instanceof AppError
      ? `${error.code}:${String(error.extensions.field ?? '')}`
      : 'THROWN';
  }
};

describe('partnership rules', () => {
  it('sends interest in another organisation’s item to its owner', () => {
    expect(recipientOf('a', 'b', null)).toBe('b');
    expect(recipientOf('a', 'b', 'b')).toBe('b');
    expect(codeOf(() => recipientOf('a', 'b', 'c'))).toBe('BAD_USER_INPUT:toOrganisationId');
  });

  it('needs the other organisation when the sender owns the item, and never itself', () => {
    expect(recipientOf('a', 'a', 'c')).toBe('c');
    expect(codeOf(() => recipientOf('a', 'a', null))).toBe('BAD_USER_INPUT:toOrganisationId');
    expect(codeOf(() => recipientOf('a', 'a', 'a'))).toBe('PARTNERSHIP_SELF:');
  });

  it('trims messages and reasons, within their limits', () => {
    expect(checkMessage('  ciao ')).toBe('ciao');
    expect(codeOf(() => checkMessage('   '))).toBe('BAD_USER_INPUT:message');
    expect(codeOf(() => checkMessage('x'.repeat(2001)))).toBe('BAD_USER_INPUT:message');
    expect(checkMessage('x'.repeat(2000))).toHaveLength(2000);
    expect(checkDeclineReason('  ')).toBeNull();
    expect(checkDeclineReason(undefined)).toBeNull();
    expect(checkDeclineReason(' troppo presto ')).toBe('troppo presto');
    expect(codeOf(() => checkDeclineReason('x'.repeat(501)))).toBe('BAD_USER_INPUT:reason');
  });
});
