/** Italian VAT number (partita IVA): 11 digits, the last one a Luhn-style check digit. */
export function isValidItalianVat(value: string): boolean {
  const vat = normaliseVat(value).replace(/^IT/, '');
  if (!/^\d{11}$/.test(vat) || /^0{7}/.test(vat)) return false;
  return italianVatCheckDigit(vat.slice(0, 10)) === Number(vat[10]);
}

/** Check digit for the first 10 digits: odd positions summed, even positions doubled (−9 over 9). */
export function italianVatCheckDigit(firstTenDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = Number(firstTenDigits[i]);
    if (i % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * EU VAT identification number, by format only: a two-letter country prefix (EL for Greece)
 * and 2–13 letters or digits. Italian numbers also get their check digit verified.
 */
export function isValidEuVat(value: string): boolean {
  const vat = normaliseVat(value);
  if (vat.startsWith('IT')) return isValidItalianVat(vat);
  return /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,13}$/.test(
    vat,
  );
}

/** Upper-cases and strips spaces, dots and dashes people type into VAT numbers. */
export function normaliseVat(value: string): string {
  return value.toUpperCase().replace(/[\s.-]/g, '');
}
