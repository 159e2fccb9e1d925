/**
 * Raw DEFLATE (RFC 1951) decoding, bounded: the download page reads one small part of a ZIP ([Content_Types].xml)
 * with it. fflate's inflater (a few KB; JSZip would make the page thirty times larger, and DecompressionStream is
 * missing from the Safari versions older Macs still run), fed a slice at a time so that a bomb stops at `limit`
 * rather than after inflating whole. Returns null for a stream that is not valid DEFLATE, is cut short, or would
 * inflate past `limit` bytes.
 */
import { Inflate } from "fflate";

/** Compressed bytes fed at a time: one slice inflates to at most about a thousand times its size. */
const SLICE = 1024;

class OverLimit extends Error {}

export function inflateRaw(input: Uint8Array, limit: number): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new OverLimit();
    parts.push(chunk);
  });
  try {
    if (!input.length) inflater.push(input, true);
    for (let at = 0; at < input.length; at += SLICE) {
      inflater.push(input.subarray(at, at + SLICE), at + SLICE >= input.length);
    }
  } catch {
    return null; // not DEFLATE, cut short, or over the limit
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
