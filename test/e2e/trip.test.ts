/**
 * End to end in headless Chromium, on the built preview page: the review's whole trip. A unit finalizes; the city
 * makes its review sheet, comments on two rows, sends the reply (a download); the unit receives it (the file picked),
 * corrects one figure and finalizes version 2; the city consolidates — the change list, the unanswered comment and the
 * review state read back from the pane and the status sheet; then approves version 2, and a version 3 is flagged for
 * approval again while version 2's figure is what the city sheet sums. The page's clock is Playwright's, fixed.
 * Needs `npm run build:preview` first.
 */
import fs from "fs";
import type http from "http";
import { type BrowserContext, type Page } from "playwright-core";
import { LEVEL_NAMES } from "../../src/core";
import { sheetName, standardRows, statusSheetName } from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { launch, PREVIEW_DIST, requireBuilt, serve, shutDown } from "../support/e2e";

jest.setTimeout(300_000);

const PERIOD = { year: 2025, part: "Q1" } as const;
const UNIT: SheetParams = { unit: "Phường Bến Thành", level: "xa", period: PERIOD };
const rows = standardRows();
/** 10:00 in Hồ Chí Minh City (03:00 UTC) on a day of March 2025. */
const march = (day: number) => new Date(Date.UTC(2025, 2, day, 3, 0, 0));
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let server: http.Server;
let origin: string;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  requireBuilt([[PREVIEW_DIST, "preview.html", "npm run build:preview"]]);
  ({ server, origin } = await serve([PREVIEW_DIST]));
  ({ context, profile } = await launch("trip", { viewport: { width: 1600, height: 1000 } }));
  await context.route("**/*", (route) => {
    const url = route.request().url();
    return url.startsWith(origin + "/") || url.startsWith("data:")
      ? route.continue()
      : route.fulfill({ status: 404, body: "" });
  });
});

afterAll(() => shutDown(context, server, profile));

const cellOf = (page: Page, address: string, sheet: string) =>
  page.locator(`table[data-sheet="${sheet}"] td[data-cell="${address}"]`);

async function openTab(page: Page, sheet: string): Promise<void> {
  await page.locator(`[role="tab"][data-tab="${sheet}"]`).click();
  await page.locator(`table[data-sheet="${sheet}"]`).waitFor();
}

async function typeInto(page: Page, address: string, text: string, sheet: string): Promise<void> {
  await cellOf(page, address, sheet).click();
  await cellOf(page, address, sheet).locator("input").waitFor();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await cellOf(page, address, sheet).locator("input").waitFor({ state: "detached" });
}

/** Picks an item of a cell's drop-down list (the review's state in B6). */
async function chooseIn(page: Page, address: string, item: string, sheet: string): Promise<void> {
  await cellOf(page, address, sheet).click();
  await cellOf(page, address, sheet).locator("select").selectOption(item);
  await cellOf(page, address, sheet).locator("select").waitFor({ state: "detached" });
  await expect(cellOf(page, address, sheet).textContent()).resolves.toBe(item);
}

/** Presses a button and waits for its result: the result's text. */
async function press(page: Page, button: string, title: string): Promise<string> {
  await page.getByRole("button", { name: button, exact: true }).click();
  const result = page.getByTestId("result").filter({ hasText: title });
  await result.waitFor();
  return (await result.textContent()) ?? "";
}

/** The note (column H) of the unit's line on the status sheet. */
async function statusNote(page: Page): Promise<string> {
  const status = statusSheetName(PERIOD);
  await openTab(page, status);
  for (let r = 5; r < 5 + 170; r++) {
    if ((await cellOf(page, `C${r}`, status).textContent()) === UNIT.unit)
      return (await cellOf(page, `H${r}`, status).textContent()) ?? "";
  }
  throw new Error("no status line for the unit");
}

test("preview: the city comments, the unit receives and corrects, the city reads what changed; approval holds a version", async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.clock.setFixedTime(march(18));
  await page.goto(`${origin}/preview.html`);
  await page.getByRole("heading", { name: "CĐS Excel — Xem thử (không cần Excel)" }).waitFor();
  await page.getByLabel("Tên đơn vị").fill(UNIT.unit);
  await page.getByLabel("Cấp", { exact: true }).selectOption({ label: LEVEL_NAMES[UNIT.level] });
  const year = page.getByRole("spinbutton", { name: "Năm" });
  await year.fill(String(PERIOD.year));
  await year.press("Tab");
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý I" });

  // the unit: its sheet, two figures, finalized
  await press(page, "Tạo bảng chỉ tiêu", "Đã tạo bảng chỉ tiêu");
  const sheet = sheetName(UNIT);
  await page.locator(`table[data-sheet="${sheet}"]`).waitFor();
  await typeInto(page, `C${rows["16.1"]}`, "40", sheet);
  await typeInto(page, `C${rows["16.2"]}`, "100", sheet);
  await press(page, "Chốt số liệu", "Đã chốt số liệu lần 1");

  // the city: the review sheet, a state and comments on two rows, the reply as a download
  await page.clock.setFixedTime(march(20));
  const made = await press(page, "Tạo trang rà soát", "Đã tạo trang rà soát");
  const review = "RS 2025-Q1 L1 Phường Bến Thành";
  expect(made).toContain(`Trang “${review}” rà soát lần chốt 1 của Phường Bến Thành`);
  await openTab(page, review);
  await expect(cellOf(page, `C${rows["16.1"] + 1}`, review).textContent()).resolves.toBe("40");
  await chooseIn(page, "B6", "Cần giải trình", review);
  await typeInto(page, `F${rows["16.1"] + 1}`, "Số hồ sơ trực tuyến có đúng 40?", review);
  await typeInto(page, `F${rows["26"] + 1}`, "Đề nghị giải trình chỉ tiêu 26.", review);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Gửi ý kiến cho đơn vị" }).click(),
  ]);
  const fileName = download.suggestedFilename();
  expect(fileName).toBe("Y kien TP 2025-Q1 Phuong Ben Thanh lan 1.xlsx");
  const buffer = fs.readFileSync(await download.path());

  // the unit: the reply picked from disk, its comments in column K of the finalized sheet
  await page
    .locator('input[type="file"][aria-label="Nhận ý kiến"]')
    .setInputFiles({ name: fileName, mimeType: XLSX, buffer });
  const received = page.getByTestId("result").filter({ hasText: "Đã nhận ý kiến của Thành phố" });
  await received.waitFor();
  await expect(received.textContent()).resolves.toContain(
    `Đã ghi 2 ý kiến của Thành phố về lần chốt 1 vào cột K của trang “${sheet}”`
  );
  await openTab(page, sheet);
  await expect(cellOf(page, `K${rows["16.1"]}`, sheet).textContent()).resolves.toBe(
    "[TP]\u2060 Lần chốt 1: Số hồ sơ trực tuyến có đúng 40?"
  );
  // it corrects one figure and finalizes version 2
  await press(page, "Mở để sửa", "Đã mở trang để sửa");
  await typeInto(page, `C${rows["16.1"]}`, "45", sheet);
  await press(page, "Chốt số liệu", "Đã chốt số liệu lần 2");

  // the city consolidates: what changed since version 1, the comment it answers, the one without change
  await page.clock.setFixedTime(march(25));
  const consolidated = await press(page, "Tổng hợp toàn thành phố", "Đã tổng hợp toàn thành phố");
  expect(consolidated).toMatch(
    /Phường Bến Thành: lần chốt 2 so với lần chốt 1 đã rà soát — \d+ chỉ tiêu thay đổi, 1 ý kiến chưa có thay đổi nào\./
  );
  expect(consolidated).toContain("40 → 45 — trả lời ý kiến “Số hồ sơ trực tuyến có đúng 40?”");
  expect(consolidated).toContain("“Đề nghị giải trình chỉ tiêu 26.”");
  await expect(statusNote(page)).resolves.toContain("Rà soát: Cần giải trình.");

  // approved on version 2; a version 3 waits for approval again and version 2's figure counts
  await press(page, "Tạo trang rà soát", "Đã tạo trang rà soát");
  const review2 = "RS 2025-Q1 L2 Phường Bến Thành";
  await openTab(page, review2);
  await chooseIn(page, "B6", "Đã duyệt", review2);
  await press(page, "Tổng hợp toàn thành phố", "Đã tổng hợp toàn thành phố");
  await expect(statusNote(page)).resolves.toContain("Rà soát: Đã duyệt (lần chốt 2).");
  await openTab(page, sheet);
  await press(page, "Mở để sửa", "Đã mở trang để sửa");
  await typeInto(page, `C${rows["16.1"]}`, "50", sheet);
  await press(page, "Chốt số liệu", "Đã chốt số liệu lần 3");
  const again = await press(page, "Tổng hợp toàn thành phố", "Đã tổng hợp toàn thành phố");
  expect(again).toContain("Phường, xã, đặc khu cần duyệt lại (1)");
  await expect(statusNote(page)).resolves.toContain(
    "Rà soát: Cần duyệt lại: Thành phố đã duyệt lần chốt 2; báo cáo hiện là lần chốt 3."
  );
  const city = "CĐS 2025-Q1 Toàn thành phố";
  await openTab(page, city);
  await expect(cellOf(page, `C${rows["16.1"]}`, city).textContent()).resolves.toBe("45");
  expect(errors).toEqual([]);
  await page.close();
});
