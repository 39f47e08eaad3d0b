import { ValidationProblem } from '@3ipet/common';
import { contentDisposition } from '../http/content-disposition';
import { checkedFileName, extensionOf } from './file-name';

describe('checkedFileName', () => {
  it('keeps a plain name, trimmed and NFC-normalised', () => {
    expect(checkedFileName('  Datasheet 2025.pdf ')).toBe('Datasheet 2025.pdf');
    expect(checkedFileName('cafe\u0301.png')).toBe('café.png');
    expect(checkedFileName('除尘器.jpg')).toBe('除尘器.jpg');
  });

  it.each([
    ['', 'must not be empty'],
    ['../../etc/passwd', 'plain name'],
    ['C:\\Users\\x.pdf', 'plain name'],
    ['.env', 'start with a dot'],
    ['report..pdf', '".."'],
    ['a\u0000b.pdf', 'control'],
    ['invoice\u202efdp.exe', 'direction'],
    ['x'.repeat(256), 'at most 255 bytes'],
  ])('refuses %j naming the rule', (name, why) => {
    let error: unknown;
    try {
      checkedFileName(name);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationProblem);
    const [violation] = (error as ValidationProblem).errors;
    expect(violation).toMatchObject({ field: 'file.filename', rule: 'safeFileName' });
    expect(violation.message).toContain(why);
  });

  it('reads the extension in lower case', () => {
    expect([extensionOf('a.PDF'), extensionOf('noext'), extensionOf('trailing.')]).toEqual([
      'pdf',
      null,
      null,
    ]);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII stand-in and the exact UTF-8 name (RFC 5987), never a raw quote', () => {
    expect(contentDisposition('attachment', 'a "quoted"; name.pdf')).toBe(
      `attachment; filename="a _quoted__ name.pdf"; filename*=UTF-8''a%20%22quoted%22%3B%20name.pdf`,
    );
    expect(contentDisposition('inline', "l'usine (été).png")).toBe(
      `inline; filename="l'usine (_t_).png"; filename*=UTF-8''l%27usine%20%28%C3%A9t%C3%A9%29.png`,
    );
  });
});
