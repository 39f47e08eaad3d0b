import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { escapeCsvFormula, safeCsvStringifier, unescapeCsvFormula } from './csv-formula';

const stringifyAll = (records: Record<string, string>[], columns: string[]) =>
  new Promise<string>((resolve, reject) => {
    const csv = safeCsvStringifier({ header: true, columns });
    let out = '';
    csv.on('data', (chunk: Buffer) => (out += chunk.toString()));
    csv.on('end', () => resolve(out));
    csv.on('error', reject);
    for (const record of records) csv.write(record);
    csv.end();
  });

describe('CSV formula escaping', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['+1+cmd|calc', "'+1+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['\tleading tab', "'\tleading tab"],
    ['\rleading return', "'\rleading return"],
    ["'=already quoted", "''=already quoted"],
    ["'just a quote", "'just a quote"],
    ['plain = text', 'plain = text'],
    ['', ''],
  ])('escapes %j as %j and reads it back', (value, escaped) => {
    expect(escapeCsvFormula(value)).toBe(escaped);
    expect(unescapeCsvFormula(escaped)).toBe(value);
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }),
        (value) => {
          expect(unescapeCsvFormula(escapeCsvFormula(value))).toBe(value);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes every cell quoted, formula cells with a leading quote', async () => {
    const csv = await stringifyAll([{ a: '=1+1', b: 'safe' }], ['a', 'b']);
    expect(csv).toBe(`"a","b"\n"'=1+1","safe"\n`);
    expect(parse(csv, { columns: true })).toEqual([{ a: "'=1+1", b: 'safe' }]);
  });
});
