// Draws the app's icons (the header logo: two white bars, "=", on the brand colour) as PNG files in
// public/icons/, with Node's built-ins only. Run again after changing the logo: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BRAND = [0x4a, 0x1d, 0x6e];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Inside a rounded rectangle (0..1 square, corner radius r)? */
function inRounded(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Inside a bar with round caps from (x1, y) to (x2, y), half-thickness h? */
function inBar(x, y, x1, x2, yc, h) {
  const cx = Math.min(Math.max(x, x1), x2);
  return (x - cx) ** 2 + (y - yc) ** 2 <= h * h;
}

/** The logo in unit coordinates: bars at y = 12/32 and 20/32 from x = 8/32 to 24/32, 4/32 thick. */
function draw(size, { rounded, scale }) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 4; // 4 × 4 samples per pixel
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (rounded && !inRounded(x, y, 7 / 32)) continue;
          // the bars, scaled about the centre
          const ux = 0.5 + (x - 0.5) / scale;
          const uy = 0.5 + (y - 0.5) / scale;
          const bar = inBar(ux, uy, 8 / 32, 24 / 32, 12 / 32, 2 / 32) || inBar(ux, uy, 8 / 32, 24 / 32, 20 / 32, 2 / 32);
          if (bar) fg++;
          else bg++;
        }
      }
      const n = S * S;
      const alpha = (bg + fg) / n;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = bg + fg === 0 ? 0 : Math.round((BRAND[c] * bg + WHITE[c] * fg) / (bg + fg));
      }
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, rgba);
}

const dir = fileURLToPath(new URL('../public/icons/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}icon-192.png`, draw(192, { rounded: true, scale: 1.15 }));
writeFileSync(`${dir}icon-512.png`, draw(512, { rounded: true, scale: 1.15 }));
// Maskable: full bleed, the bars inside the safe zone (the middle 80 %).
writeFileSync(`${dir}icon-maskable-512.png`, draw(512, { rounded: false, scale: 1 }));
console.log(`icons written to ${dir}`);
