// Draws the app icons (a white bridge on blue) as PNGs, so no image tool is needed.
// Run once after changing the design: `npx tsx scripts/make-icons.ts`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];

/** Is the point (x, y) in 0..64 units on the white bridge? */
function onBridge(x: number, y: number): boolean {
  const deck = y >= 41.5 && y <= 46.5 && x >= 8 && x <= 56;
  const arch = Math.abs(Math.hypot(x - 32, y - 34) - 18) <= 2.5 && y <= 34;
  const legs = (Math.abs(x - 14) <= 2.5 || Math.abs(x - 50) <= 2.5) && y >= 34 && y <= 44;
  const hangers = [24, 32, 40].some((cx) => Math.abs(x - cx) <= 1.5) && y <= 44 && Math.hypot(x - 32, y - 34) <= 18;
  return deck || arch || legs || hangers;
}

function png(size: number, padding: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let px = 0; px < size; px++) {
      const scale = 64 / (size * (1 - 2 * padding));
      const x = (px + 0.5 - size * padding) * scale;
      const y = (py + 0.5 - size * padding) * scale;
      (onBridge(x, y) ? WHITE : BLUE).forEach((v, i) => (row[1 + px * 3 + i] = v));
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const out = new URL('../public/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), png(192, 0));
writeFileSync(new URL('icon-512.png', out), png(512, 0));
// Maskable icons keep their content inside the central safe zone.
writeFileSync(new URL('icon-512-maskable.png', out), png(512, 0.12));
writeFileSync(new URL('apple-touch-icon.png', out), png(180, 0.06));
