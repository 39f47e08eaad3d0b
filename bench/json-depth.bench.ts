/*
 * The JSON depth check in front of every JSON body (apps/api/src/json-depth.ts) as a ratio of the JSON.parse it
 * precedes, on the same bodies in the same run: a flat ~700 KB body (the worst case: the scan reads it all) and a
 * small everyday one. Goal: the scan costs less than the parse. Also prints how soon an 800 KB body nested
 * 160,000 levels deep is refused, against parsing it. Plain node, no jest. Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-json-bench && \
 *   node_modules/.bin/swc apps/api/src/json-depth.ts bench/json-depth.bench.ts -d /tmp/3ipet-json-bench \
 *     --config-file .swcrc --quiet && \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node -r ./tools/register-aliases.js \
 *     /tmp/3ipet-json-bench/bench/json-depth.bench.js
 */
import { exceedsJsonDepth } from '../apps/api/src/json-depth';

const ROUNDS = 30;

function msPer(run: () => void): number {
  run();
  const started = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round += 1) run();
  return Number(process.hrtime.bigint() - started) / ROUNDS / 1e6;
}

function tryParse(body: Buffer): void {
  try {
    JSON.parse(body.toString('utf8'));
  } catch {
    // the deep body overflows JSON.parse's stack on some Node versions: that is its cost too
  }
}

const bodies: [string, Buffer][] = [
  [
    'flat ~700 KB',
    Buffer.from(
      JSON.stringify({
        items: Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `name ${i} [x] {y} "q"` })),
      }),
    ),
  ],
  [
    'everyday 1 KB',
    Buffer.from(
      JSON.stringify({
        title: 'Cut PM emissions of 120 brick kilns',
        description: 'x'.repeat(700),
        pollutants: ['pm2.5', 'black-carbon'],
        sectors: ['industry.brick-kilns'],
        translations: [{ language: 'zh-Hans', title: '砖窑' }],
      }),
    ),
  ],
  ['800 KB nested 160,000 deep', Buffer.from('{"a":'.repeat(160_000) + '1' + '}'.repeat(160_000))],
];

for (const [name, body] of bodies) {
  const scan = msPer(() => exceedsJsonDepth(body, 32));
  const parse = msPer(() => tryParse(body));
  console.log(
    `${name.padEnd(28)} ${String(body.length).padStart(8)} bytes  scan ${scan.toFixed(3)} ms  ` +
      `JSON.parse ${parse.toFixed(3)} ms  scan/parse ${(scan / parse).toFixed(3)}x`,
  );
}
