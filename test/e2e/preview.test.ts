/**
 * End to end in headless Chromium: the built preview page (the task pane on the in-memory workbook, beside its grid)
 * driven as an analyst would — generate the sheet, type figures into the grid, fill the report, read the verdicts and
 * the summary back from the page. Also the built task pane outside Excel. Needs `npm run build` first (npm test does
 * it) and Debian's chromium (`apt-get install chromium`), or CHROMIUM_PATH. DIST_DIR serves another build folder.
 * Screenshots go to test-results/e2e/.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { catalog, findRow, pillars } from "../../src/core/catalog";
import { hasVerdict, sheetName, standardRows, type SheetParams } from "../../src/core/sheet/layout";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.resolve(ROOT, process.env.DIST_DIR ?? "dist");
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const SHOTS = path.join(ROOT, "test-results/e2e");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
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
const OFFICE_CDN = "https://appsforoffice.microsoft.com/";

const PARAMS: SheetParams = {
  unit: "Sở Khoa học và Công nghệ",
  level: "so",
  period: { year: 2025, part: "Q3" },
};
const SHEET = sheetName(PARAMS);
const rows = standardRows();

const TYPES: Record<string, string> = {
  "16.1": "600",
  "16.2": "1000",
  "23.1": "10",
  "23.2": "100",
  "25": "20%",
};
const CHOICES: Record<string, string> = { "2": "Đã ban hành" };
const EXPECTED: Record<string, string> = { "16": "Đạt", "23": "Chưa đạt", "2": "Đạt", "25": "Đạt" };

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves a folder on 127.0.0.1 at a random port. */
function serve(dir: string): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const file = path.normalize(
      path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname))
    );
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (error, data) => {
      if (error) res.writeHead(404).end();
      else
        res
          .writeHead(200, {
            "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream",
          })
          .end(data);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    })
  );
}

let server: http.Server;
let origin: string;
let context: BrowserContext;
let profile: string;
/** Requests to anywhere but the local server and the (routed) Office CDN: there must be none. */
const blocked: string[] = [];
/** Files of Office.js served from the npm copy. */
const officeFiles: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install chromium\` (Debian), or set CHROMIUM_PATH to a Chromium binary.`
    );
  }
  for (const page of ["preview.html", "taskpane.html"]) {
    if (!fs.existsSync(path.join(DIST, page)))
      throw new Error(`${page} is not built in ${DIST}: run \`npm run build\` first.`);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  ({ server, origin } = await serve(DIST));
  profile = fs.mkdtempSync(path.join(os.tmpdir(), "cds-e2e-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1600, height: 1000 },
    locale: "vi-VN",
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/") || url.startsWith("data:")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      // Office.js from the npm copy; it also fetches o15apptofilemappingtable.js from its own folder.
      const file = path.join(OFFICE_JS, path.basename(new URL(url).pathname));
      if (fs.existsSync(file)) {
        officeFiles.push(path.basename(file));
        return route.fulfill({ path: file, contentType: "text/javascript" });
      }
      return route.fulfill({ status: 404, body: "" });
    }
    blocked.push(url);
    return route.abort();
  });
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

/** Watches a page for script errors, which must not happen. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

const cellOf = (page: Page, address: string) =>
  page.locator(`table[data-sheet="${SHEET}"] td[data-cell="${address}"]`);

/** Clicks a cell of the grid and types into it, as a person does; the grid must accept the value. */
async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await cellOf(page, address).click();
  await cellOf(page, address).locator("input").waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("refusal").count()).resolves.toBe(0);
  await cellOf(page, address).locator("input").waitFor({ state: "detached" });
}

test("preview: generate the sheet, type the figures in the grid, fill the report, read the verdicts and the summary", async () => {
  const page = await context.newPage();
  const errors = errorsOf(page);
  await page.goto(`${origin}/preview.html`);
  await page.getByRole("heading", { name: "CĐS Excel — Xem thử (không cần Excel)" }).waitFor();
  await page.locator('table[data-sheet="Trang tính1"]').waitFor();

  // The form, as the analyst fills it.
  await page.getByLabel("Tên đơn vị").fill(PARAMS.unit);
  await page.getByLabel("Cấp", { exact: true }).selectOption({ label: "Sở, ban, ngành" });
  const year = page.getByRole("spinbutton", { name: "Năm" });
  await year.fill("2025");
  await year.press("Tab");
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý III" });

  await page.getByRole("button", { name: "Tạo bảng chỉ tiêu" }).click();
  const result = page.getByTestId("result");
  await result.filter({ hasText: "Đã tạo bảng chỉ tiêu" }).waitFor();
  await expect(result.getAttribute("data-intent")).resolves.toBe("success");
  await page.locator(`table[data-sheet="${SHEET}"]`).waitFor();
  await expect(page.locator('[role="tab"][aria-selected="true"]').textContent()).resolves.toBe(
    SHEET
  );
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(SHOTS, "preview-1-generated.png") });

  // Rows found by the standard layout, checked against the hidden id column H.
  for (const id of [...Object.keys(TYPES), ...Object.keys(CHOICES), ...Object.keys(EXPECTED)]) {
    await expect(cellOf(page, `H${rows[id]}`).textContent()).resolves.toBe(id);
  }

  for (const [id, text] of Object.entries(TYPES)) await typeInto(page, `C${rows[id]}`, text);
  for (const [id, item] of Object.entries(CHOICES)) {
    await cellOf(page, `C${rows[id]}`).click();
    await cellOf(page, `C${rows[id]}`).locator("select").selectOption(item);
    await cellOf(page, `C${rows[id]}`).locator("select").waitFor({ state: "detached" });
    await expect(cellOf(page, `C${rows[id]}`).textContent()).resolves.toBe(item);
  }
  // A value the cell's data validation refuses is refused, with its Vietnamese message; Escape gives up.
  await cellOf(page, `C${rows["14.1"]}`).click();
  await page.keyboard.type("150%");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("refusal").textContent()).resolves.toContain(
    "Tỷ lệ phải trong khoảng từ 0% đến 100%"
  );
  await page.keyboard.press("Escape");
  await expect(cellOf(page, `C${rows["14.1"]}`).textContent()).resolves.toBe("");

  // The ratios compute in the grid as they are typed.
  await expect(cellOf(page, `C${rows["16"]}`).textContent()).resolves.toBe("60,00%");
  await expect(cellOf(page, `C${rows["23"]}`).textContent()).resolves.toBe("10,00%");

  await page.getByRole("button", { name: "Điền báo cáo" }).click();
  await result.filter({ hasText: "Đã điền báo cáo" }).waitFor();

  for (const [id, verdict] of Object.entries(EXPECTED)) {
    await expect(
      cellOf(page, `D${rows[id]}`)
        .textContent()
        .then((t) => [id, t])
    ).resolves.toEqual([id, verdict]);
  }
  await expect(cellOf(page, `E${rows["23"]}`).textContent()).resolves.toContain("Bằng đúng ngưỡng");
  await expect(cellOf(page, `E${rows["2"]}`).textContent()).resolves.toContain(
    "chưa có minh chứng"
  );

  // The summary per pillar: what was typed is met or not met, every other row with a verdict has no data yet.
  const summary = page.getByTestId("summary");
  let total = { met: 0, notMet: 0, noData: 0 };
  for (const pillar of pillars) {
    const judged = catalog.filter((r) => r.pillar === pillar.id && hasVerdict(r));
    const ours = Object.entries(EXPECTED).filter(([id]) => findRow(id)!.pillar === pillar.id);
    const met = ours.filter(([, v]) => v === "Đạt").length;
    const notMet = ours.filter(([, v]) => v === "Chưa đạt").length;
    const expected = [
      pillar.title,
      String(met),
      String(notMet),
      String(judged.length - met - notMet),
    ];
    await expect(
      summary.locator(`tr[data-pillar="${pillar.id}"] td`).allTextContents()
    ).resolves.toEqual(expected);
    total = {
      met: total.met + met,
      notMet: total.notMet + notMet,
      noData: total.noData + judged.length - met - notMet,
    };
  }
  await expect(summary.locator('tr[data-pillar="total"] td').allTextContents()).resolves.toEqual([
    "Tổng cộng",
    String(total.met),
    String(total.notMet),
    String(total.noData),
  ]);
  await expect(result.textContent()).resolves.toContain(
    `${total.met} chỉ tiêu đạt, ${total.notMet} chưa đạt, ${total.noData} chưa có số liệu`
  );

  // The task pane is as wide as in Excel and nothing in it is cut off.
  const pane = page.getByRole("complementary", { name: "Ngăn tác vụ CĐS Excel" });
  await expect(
    pane.evaluate((el) => [el.clientWidth, el.scrollWidth - el.clientWidth])
  ).resolves.toEqual([expect.any(Number), 0]);

  await cellOf(page, `D${rows["23"]}`).scrollIntoViewIfNeeded();
  await page.waitForTimeout(800); // the pane scrolls smoothly to the outcome: let it settle before the picture
  await page.screenshot({ path: path.join(SHOTS, "preview-2-filled.png") });
  expect(errors).toEqual([]);
  // The preview is self-contained: no Office.js, nothing from outside.
  expect(officeFiles).toEqual([]);
  expect(blocked).toEqual([]);
  await page.close();
});

test("task pane outside Excel: the warning on load, and a click explains that Excel is needed", async () => {
  const page = await context.newPage();
  const errors = errorsOf(page);
  await page.setViewportSize({ width: 350, height: 900 });
  await page.goto(`${origin}/taskpane.html`);
  await page.getByText("Không tìm thấy Excel").first().waitFor();
  await page.getByLabel("Tên đơn vị").fill(PARAMS.unit);
  await page.getByRole("button", { name: "Tạo bảng chỉ tiêu" }).click();
  const result = page.getByTestId("result");
  await result.waitFor();
  await expect(result.getAttribute("data-intent")).resolves.toBe("error");
  await expect(result.textContent()).resolves.toContain("Excel");
  // Nothing is cut off at task-pane width.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
  expect(overflow).toBe(0);
  await page.screenshot({ path: path.join(SHOTS, "taskpane-outside-excel.png"), fullPage: true });
  expect(officeFiles).toContain("office.js"); // the CDN address, answered by the npm copy
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await page.close();
});
