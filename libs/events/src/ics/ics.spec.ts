import fc from 'fast-check';
import { escapeText, foldLine, formatUtcOffset } from './ics-text';
import { offsetTransitions, toZonedIso } from '../time/zoned-time';

const unfold = (folded: string) => folded.replace(/\r\n /g, '');
const unescape = (text: string) =>
  text.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('iCalendar text', () => {
  it('folds any line into ≤ 75-octet pieces without splitting a character, and unfolds back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (line) => {
        const folded = foldLine(line);
        const pieces = folded.split('\r\n');
        expect(pieces.every((piece) => Buffer.byteLength(piece, 'utf8') <= 75)).toBe(true);
        expect(pieces.slice(1).every((piece) => piece.startsWith(' '))).toBe(true);
        expect(pieces.every((piece) => Buffer.from(piece, 'utf8').toString('utf8') === piece)).toBe(true);
        expect(unfold(folded)).toBe(line);
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes TEXT so that nothing but line breaks is lost', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const escaped = escapeText(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[;,]/);
        // eslint-disable-next-line no-control-regex -- the controls TEXT may not carry
        const expected = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        expect(unescape(escaped)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('writes UTC offsets as ±HHMM(SS)', () => {
    expect(formatUtcOffset(20700)).toBe('+0545');
    expect(formatUtcOffset(-12600)).toBe('-0330');
    expect(formatUtcOffset(0)).toBe('+0000');
    expect(formatUtcOffset(1 + 3600)).toBe('+010001');
  });
});

describe('zoned time', () => {
  it('finds clock changes to the minute', () => {
    const changes = offsetTransitions(
      'America/New_York',
      new Date('2030-01-01T00:00:00Z'),
      new Date('2031-01-01T00:00:00Z'),
    );
    expect(changes).toEqual([
      { at: new Date('2030-03-10T07:00:00Z'), offsetBefore: -18000, offsetAfter: -14400 },
      { at: new Date('2030-11-03T06:00:00Z'), offsetBefore: -14400, offsetAfter: -18000 },
    ]);
    expect(offsetTransitions('Asia/Kathmandu', new Date('2030-01-01Z'), new Date('2031-01-01Z'))).toEqual([]);
  });

  it('writes an instant as wall-clock time with its offset', () => {
    expect(toZonedIso(new Date('2030-03-10T03:15:00Z'), 'Asia/Kathmandu')).toBe('2030-03-10T09:00:00+05:45');
    expect(toZonedIso(new Date('2030-07-15T13:00:00Z'), 'America/New_York')).toBe(
      '2030-07-15T09:00:00-04:00',
    );
    expect(toZonedIso(new Date('2030-07-15T13:00:00Z'), 'UTC')).toBe('2030-07-15T13:00:00Z');
  });
});
