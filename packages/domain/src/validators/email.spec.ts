import { isValidEmail, normaliseEmail } from './email.js';

describe('email', () => {
  it.each(['giulia.rossi@polimi.it', 'tto+offers@unimi.it', 'a@b.co'])('accepts %s', (email) =>
    expect(isValidEmail(email)).toBe(true),
  );
  it.each(['', 'plain', 'a@b', '@polimi.it', 'a b@polimi.it', `${'x'.repeat(250)}@a.it`])(
    'rejects %j',
    (email) => expect(isValidEmail(email)).toBe(false),
  );
  it('normalises case and surrounding spaces', () => {
    expect(normaliseEmail('  Giulia.Rossi@PoliMi.IT ')).toBe('giulia.rossi@polimi.it');
  });
});
