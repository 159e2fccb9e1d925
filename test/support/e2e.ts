/**
 * What the browser tests share: the built folders, Debian's Chromium, a local server for the built pages, a Chromium
 * profile of its own. Needs `npm run build` (dist/) and `npm run build:preview` (dist-preview/); DIST_DIR, PREVIEW_DIR
 * and CHROMIUM_PATH point elsewhere.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type BrowserContext } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.resolve(ROOT, process.env.DIST_DIR ?? "dist");
// The preview is not part of the add-in: built apart, served beside it (a file is looked up there first).
export const PREVIEW_DIST = path.resolve(ROOT, process.env.PREVIEW_DIR ?? "dist-preview");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Fails at once, saying what to run, when Chromium or a built page is missing. */
export function requireBuilt(
  pages: readonly (readonly [dir: string, page: string, command: string])[]
): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install chromium\` (Debian), or set CHROMIUM_PATH to a Chromium binary.`
    );
  }
  for (const [dir, page, command] of pages) {
    if (!fs.existsSync(path.join(dir, page)))
      throw new Error(`${page} is not built in ${dir}: run \`${command}\` first.`);
  }
}

/**
 * Serves folders on 127.0.0.1 at a random port, as one site: a path is the first folder's file that exists; nothing
 * outside the folders. `seen` hears every request's path and query.
 */
export function serve(
  dirs: readonly string[],
  seen: (url: string) => void = () => {}
): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    seen(req.url ?? "");
    const name = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const files = dirs.map((dir) => [dir, path.normalize(path.join(dir, name))] as const);
    if (files.some(([dir, file]) => !file.startsWith(dir + path.sep)))
      return void res.writeHead(403).end();
    const file = files.map(([, f]) => f).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    if (!file) return void res.writeHead(404).end();
    res
      .writeHead(200, { "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream" })
      .end(fs.readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    })
  );
}

/** Chromium with a profile of its own (a temporary folder), in Vietnamese, downloads accepted. */
export async function launch(
  name: string,
  options: { viewport?: { width: number; height: number } } = {}
): Promise<{ context: BrowserContext; profile: string }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `cds-e2e-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
    locale: "vi-VN",
    ...options,
  });
  return { context, profile };
}

/** Closes what `serve` and `launch` opened. */
export async function shutDown(
  context: BrowserContext | undefined,
  server: http.Server | undefined,
  profile: string | undefined
): Promise<void> {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
}
