/**
 * Raw DEFLATE (RFC 1951) decoding, small and bounded: the download page reads one small part of a ZIP
 * ([Content_Types].xml) with it, where JSZip would make the page thirty times larger and DecompressionStream is
 * missing from the Safari versions older Macs still run. Returns null for a stream that is not valid DEFLATE or that
 * would inflate past `limit` bytes.
 */

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
interface Huffman {
  readonly counts: Uint16Array;
  readonly symbols: Uint16Array;
}

function huffman(lengths: Uint8Array, from: number, count: number): Huffman | null {
  const counts = new Uint16Array(16);
  for (let i = 0; i < count; i++) counts[lengths[from + i]]++;
  counts[0] = 0;
  // an over-subscribed code is not a code
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = (left << 1) - counts[len];
    if (left < 0) return null;
  }
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offsets[len + 1] = offsets[len] + counts[len];
  const symbols = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const len = lengths[from + i];
    if (len) symbols[offsets[len]++] = i;
  }
  return { counts, symbols };
}

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
];
const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
/** The order in which a dynamic block sends its code-length code's lengths. */
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const FIXED = (() => {
  const lengths = new Uint8Array(288 + 30);
  lengths.fill(8, 0, 144);
  lengths.fill(9, 144, 256);
  lengths.fill(7, 256, 280);
  lengths.fill(8, 280, 288);
  lengths.fill(5, 288, 318);
  return { lit: huffman(lengths, 0, 288)!, dist: huffman(lengths, 288, 30)! };
})();

class Truncated extends Error {}

export function inflateRaw(input: Uint8Array, limit: number): Uint8Array | null {
  let pos = 0;
  let bitBuf = 0;
  let bitCount = 0;
  let out = new Uint8Array(Math.min(limit, Math.max(1024, input.length * 4)));
  let outLen = 0;

  const bits = (n: number): number => {
    while (bitCount < n) {
      if (pos >= input.length) throw new Truncated();
      bitBuf |= input[pos++] << bitCount;
      bitCount += 8;
    }
    const v = bitBuf & ((1 << n) - 1);
    bitBuf >>>= n;
    bitCount -= n;
    return v;
  };
  const decode = (h: Huffman): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= bits(1);
      const count = h.counts[len];
      if (code - first < count) return h.symbols[index + code - first];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    return -1;
  };
  /** Room for `n` more bytes, or false past the limit. */
  const room = (n: number): boolean => {
    if (outLen + n > limit) return false;
    if (outLen + n > out.length) {
      const bigger = new Uint8Array(Math.min(limit, Math.max(out.length * 2, outLen + n)));
      bigger.set(out.subarray(0, outLen));
      out = bigger;
    }
    return true;
  };

  try {
    let last = 0;
    while (!last) {
      last = bits(1);
      const type = bits(2);
      if (type === 0) {
        bitBuf = 0;
        bitCount = 0;
        if (pos + 4 > input.length) return null;
        const len = input[pos] | (input[pos + 1] << 8);
        const nlen = input[pos + 2] | (input[pos + 3] << 8);
        pos += 4;
        if ((len ^ 0xffff) !== nlen || pos + len > input.length || !room(len)) return null;
        out.set(input.subarray(pos, pos + len), outLen);
        outLen += len;
        pos += len;
        continue;
      }
      let lit: Huffman;
      let dist: Huffman;
      if (type === 1) {
        ({ lit, dist } = FIXED);
      } else if (type === 2) {
        const hlit = bits(5) + 257;
        const hdist = bits(5) + 1;
        const hclen = bits(4) + 4;
        if (hlit > 286 || hdist > 30) return null;
        const clens = new Uint8Array(19);
        for (let i = 0; i < hclen; i++) clens[CLEN_ORDER[i]] = bits(3);
        const clen = huffman(clens, 0, 19);
        if (!clen) return null;
        const lengths = new Uint8Array(hlit + hdist);
        for (let i = 0; i < hlit + hdist;) {
          const sym = decode(clen);
          if (sym < 0) return null;
          if (sym < 16) {
            lengths[i++] = sym;
            continue;
          }
          let repeat: number;
          let value = 0;
          if (sym === 16) {
            if (i === 0) return null;
            value = lengths[i - 1];
            repeat = 3 + bits(2);
          } else if (sym === 17) repeat = 3 + bits(3);
          else repeat = 11 + bits(7);
          if (i + repeat > hlit + hdist) return null;
          lengths.fill(value, i, i + repeat);
          i += repeat;
        }
        if (!lengths[256]) return null; // no end-of-block code
        const l = huffman(lengths, 0, hlit);
        const d = huffman(lengths, hlit, hdist);
        if (!l || !d) return null;
        lit = l;
        dist = d;
      } else {
        return null;
      }
      for (;;) {
        const sym = decode(lit);
        if (sym < 0) return null;
        if (sym < 256) {
          if (!room(1)) return null;
          out[outLen++] = sym;
        } else if (sym === 256) {
          break;
        } else {
          const li = sym - 257;
          if (li >= 29) return null;
          const length = LENGTH_BASE[li] + bits(LENGTH_EXTRA[li]);
          const di = decode(dist);
          if (di < 0 || di >= 30) return null;
          const distance = DIST_BASE[di] + bits(DIST_EXTRA[di]);
          if (distance > outLen || !room(length)) return null;
          for (let k = 0; k < length; k++, outLen++) out[outLen] = out[outLen - distance];
        }
      }
    }
  } catch (e) {
    if (e instanceof Truncated) return null;
    throw e;
  }
  return out.slice(0, outLen);
}
