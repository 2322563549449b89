import { contentDisposition, isPlainText, safeFileName } from './attachment-type';

describe('attachment names and types', () => {
  it('keeps the last path segment, drops control and quote characters, adds the real extension', () => {
    expect(safeFileName('../../etc/passwd', 'text/plain')).toBe('passwd.txt');
    expect(safeFileName('C:\\Users\\me\\Offerta "finale".pdf', 'application/pdf')).toBe(
      'Offerta finale.pdf',
    );
    expect(safeFileName('photo.JPEG', 'image/jpeg')).toBe('photo.JPEG');
    expect(safeFileName('report.html', 'text/plain')).toBe('report.html.txt');
    expect(safeFileName('a\u0000b\nc.png', 'image/png')).toBe('abc.png');
    expect(safeFileName('...', 'application/pdf')).toBe('file.pdf');
    expect(safeFileName(undefined, 'application/pdf')).toBe('file.pdf');
    expect(safeFileName('x'.repeat(400), 'text/plain')).toHaveLength(154);
  });

  it('writes an ASCII fallback and the UTF-8 name in Content-Disposition', () => {
    expect(contentDisposition('Città 50%.pdf')).toBe(
      `attachment; filename="Citta 50_.pdf"; filename*=UTF-8''Citt%C3%A0%2050%25.pdf`,
    );
  });

  it('reads text as UTF-8 without control characters', () => {
    expect(isPlainText(Buffer.from('Milano, 40 °C\tok\r\n'))).toBe(true);
    expect(isPlainText(Buffer.from([0xff, 0xfe, 0x00]))).toBe(false);
    expect(isPlainText(Buffer.from('a\u0000b'))).toBe(false);
  });
});
