// Draws the add-in icons (a green rounded square with a white check mark) as PNG files in assets/.
// Node built-ins only and no randomness, so running it again gives the same bytes.
// Usage: node scripts/make-icons.js

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x10, 0x7c, 0x41];
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 4; // per axis, for anti-aliased edges

// Shapes in a unit square (0..1), so every size is the same drawing.
const CORNER_RADIUS = 0.2;
const CHECK_POINTS = [
  [0.27, 0.53],
  [0.43, 0.69],
  [0.74, 0.35],
];
const CHECK_WIDTH = 0.12;

function insideRoundedSquare(x, y) {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onCheckMark(x, y) {
  for (let i = 0; i + 1 < CHECK_POINTS.length; i++) {
    if (distanceToSegment(x, y, CHECK_POINTS[i], CHECK_POINTS[i + 1]) <= CHECK_WIDTH / 2) {
      return true;
    }
  }
  return false;
}

// Returns RGBA rows, each prefixed with PNG filter byte 0.
function render(size) {
  const rowLength = 1 + size * 4;
  const raw = Buffer.alloc(rowLength * size);
  const samples = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    raw[py * rowLength] = 0;
    for (let px = 0; px < size; px++) {
      let background = 0;
      let mark = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          if (insideRoundedSquare(x, y)) {
            if (onCheckMark(x, y)) mark++;
            else background++;
          }
        }
      }
      const covered = background + mark;
      const offset = py * rowLength + 1 + px * 4;
      for (let c = 0; c < 3; c++) {
        raw[offset + c] =
          covered === 0 ? 0 : Math.round((GREEN[c] * background + WHITE[c] * mark) / covered);
      }
      raw[offset + 3] = Math.round((255 * covered) / samples);
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(render(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`assets/icon-${size}.png`);
}
