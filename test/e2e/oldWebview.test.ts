/**
 * The task pane where it cannot run: an old web view (IE11, the old Edge: ES5 only) or a bundle that cannot be
 * fetched. taskpane.html itself says what to do, from markup and an ES5 script, and the message goes when the pane
 * starts.
 */
import fs from "fs";
import path from "path";
import { parse } from "acorn";
import type { BrowserContext, Page } from "playwright-core";
import type http from "http";
import { DIST, launch, requireBuilt, ROOT, serve, shutDown } from "../support/e2e";

jest.setTimeout(120_000);

const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const SHOTS = path.join(ROOT, "test-results/e2e");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

let server: http.Server;
let origin: string;
let context: BrowserContext;
let profile: string;
/** Whether the bundle is refused, as a server out of reach would. */
let refuseBundle = false;

beforeAll(async () => {
  requireBuilt([[DIST, "taskpane.html", "npm run build"]]);
  ({ server, origin } = await serve([DIST]));
  ({ context, profile } = await launch("old-webview", { viewport: { width: 350, height: 800 } }));
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === `${origin}/taskpane.js` && refuseBundle) return route.abort("connectionrefused");
    if (url.startsWith(origin + "/")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_JS, path.basename(new URL(url).pathname));
      if (fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
    }
    return route.abort();
  });
});

afterAll(() => shutDown(context, server, profile));

/** The inline scripts of the built taskpane.html. */
function inlineScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

async function open(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

test("its inline scripts parse as ECMAScript 5", () => {
  const scripts = inlineScripts();
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  // the check itself can fail: a modern line is refused at ES5
  expect(() => parse("let a = () => 1;", { ecmaVersion: 5 })).toThrow();
});

test("with its bundle refused, the pane says in Vietnamese what is wrong and what to do", async () => {
  refuseBundle = true;
  try {
    const page = await open();
    const box = page.locator("#cds-fallback");
    await box.waitFor({ state: "visible" });
    const text = (await box.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("CĐS Excel chưa chạy được ở đây");
    expect(text).toContain("Không tải được CĐS Excel từ máy chủ của phần bổ trợ");
    expect(text).toContain("Excel trên web");
    expect(text).toContain("cập nhật Office lên Microsoft 365");
    // the old web view's line is for an engine that lacks what the bundle needs, not this one
    await expect(page.locator("#cds-fallback-old").isVisible()).resolves.toBe(false);
    await page.close();
  } finally {
    refuseBundle = false;
  }
});

test("an engine without ES2015 shows the old web view's line", async () => {
  const page = await context.newPage();
  // an ES5 engine, as far as the check can tell: the constructor that parses modern syntax refuses it
  await page.addInitScript(() => {
    const original = window.Function;
    window.Function = function (...args: string[]) {
      if (args.some((a) => a.includes("=>"))) throw new SyntaxError("Expected ';'");
      return original(...args);
    } as unknown as FunctionConstructor;
  });
  refuseBundle = true; // IE11 would fail to parse the bundle; here it is not run at all
  try {
    await page.goto(`${origin}/taskpane.html`);
    await page.locator("#cds-fallback").waitFor({ state: "visible" });
    await expect(page.locator("#cds-fallback-old").isVisible()).resolves.toBe(true);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "taskpane-old-webview.png"), fullPage: true });
    const text = (await page.locator("#cds-fallback-old").innerText()).replace(/\s+/g, " ");
    expect(text).toContain("Office 2016, Office 2019 bản cấp phép số lượng lớn");
  } finally {
    refuseBundle = false;
    await page.close();
  }
});

test("with its bundle, the message is gone and the pane is there", async () => {
  const page = await open();
  await page.getByRole("button", { name: "Tạo bảng chỉ tiêu" }).waitFor();
  await expect(page.locator("#cds-fallback").count()).resolves.toBe(0);
  await page.close();
});
