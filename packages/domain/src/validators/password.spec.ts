import { passwordProblem } from './password.js';

describe('password policy', () => {
  it.each([
    ['short1!', 'too_short'],
    ['x'.repeat(201), 'too_long'],
    ['Password1234', 'too_common'],
    ['aaaaaaaaaaaaaaab', 'repetitive'],
    ['giulia.rossi-2026!', 'contains_email'],
  ])('refuses %j (%s)', (password, problem) =>
    expect(passwordProblem(password, 'giulia.rossi@polimi.it')).toBe(problem),
  );

  it('accepts a long passphrase', () => {
    expect(passwordProblem('correct horse battery staple', 'giulia.rossi@polimi.it')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('àèìòùàèìòùà', '')).toBe('too_short'); // 11 characters
  });
});
