/** SHA-256 through Web Crypto (the pane runs on https, where crypto.subtle exists), as the core's fingerprint takes it. */
import type { Sha256 } from "../core/fingerprint";

export const webSha256: Sha256 = async (text) => {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
};
