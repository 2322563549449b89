import { isValidEuVat, isValidItalianVat, italianVatCheckDigit, normaliseVat } from './vat.js';

describe('Italian VAT number', () => {
  it.each([
    '00743110157', // Pirelli & C. S.p.A.
    '01114601006', // check digit 6
    'IT 00743110157',
    '007.431.101-57',
  ])('accepts %s', (vat) => expect(isValidItalianVat(vat)).toBe(true));

  it.each([
    ['a wrong check digit', '00743110158'],
    ['ten digits', '0074311015'],
    ['twelve digits', '007431101570'],
    ['letters', '0074311015A'],
    ['an all-zero registration number', '00000000000'],
    ['an empty string', ''],
  ])('rejects %s', (_why, vat) => expect(isValidItalianVat(vat)).toBe(false));

  it('computes the check digit with doubled even positions', () => {
    // odd positions 0+7+3+1+1 = 12; even positions doubled 0+8+2+0+(10−9) = 11; 23 → 7
    expect(italianVatCheckDigit('0074311015')).toBe(7);
  });

  it('normalises spaces, dots, dashes and case', () => {
    expect(normaliseVat(' it 007.431-10157 ')).toBe('IT00743110157');
  });
});

describe('EU VAT number', () => {
  it.each(['DE123456789', 'FR40303265045', 'EL094259216', 'IT00743110157'])('accepts %s', (vat) =>
    expect(isValidEuVat(vat)).toBe(true),
  );
  it.each(['US123456789', 'DE1', 'IT00743110158', 'GR094259216'])('rejects %s', (vat) =>
    expect(isValidEuVat(vat)).toBe(false),
  );
});
