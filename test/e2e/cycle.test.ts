/**
 * End to end in headless Chromium, on the built preview page: four units of a quarter finalized with "Chốt số liệu" —
 * two on time, one late, one opened again and edited after finalizing — and the rest of the communes not reported;
 * then the city's consolidation with its deadline: the status sheet's columns and the pane's counts per tier, read
 * back from the page. The page's clock is Playwright's, set to fixed instants: no wall clock decides anything. Needs
 * `npm run build:preview` first.
 */
import type http from "http";
import { type BrowserContext, type Page } from "playwright-core";
import { LEVEL_NAMES } from "../../src/core";
import { sheetName, standardRows, statusSheetName } from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import { launch, PREVIEW_DIST, requireBuilt, serve, shutDown } from "../support/e2e";

jest.setTimeout(240_000);

const PERIOD = { year: 2025, part: "Q1" } as const;
const unit = (name: string): SheetParams => ({ unit: name, level: "xa", period: PERIOD });
const rows = standardRows();
/** 10:00 in Hồ Chí Minh City (03:00 UTC) on a day of March 2025. */
const march = (day: number) => new Date(Date.UTC(2025, 2, day, 3, 0, 0));

let server: http.Server;
let origin: string;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  requireBuilt([[PREVIEW_DIST, "preview.html", "npm run build:preview"]]);
  ({ server, origin } = await serve([PREVIEW_DIST]));
  ({ context, profile } = await launch("cycle", { viewport: { width: 1600, height: 1000 } }));
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

async function typeInto(page: Page, address: string, text: string, sheet: string): Promise<void> {
  await cellOf(page, address, sheet).click();
  await cellOf(page, address, sheet).locator("input").waitFor();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await cellOf(page, address, sheet).locator("input").waitFor({ state: "detached" });
}

async function fillForm(page: Page, params: SheetParams): Promise<void> {
  await page.getByLabel("Tên đơn vị").fill(params.unit);
  await page.getByLabel("Cấp", { exact: true }).selectOption({ label: LEVEL_NAMES[params.level] });
  const year = page.getByRole("spinbutton", { name: "Năm" });
  await year.fill(String(params.period.year));
  await year.press("Tab");
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý I" });
}

/** Generate, type two figures, then "Chốt số liệu" at `day`: the result says version 1, a file is offered. */
async function finalizeUnit(page: Page, params: SheetParams, day: number): Promise<string> {
  await page.clock.setFixedTime(march(day));
  await fillForm(page, params);
  await page.getByRole("button", { name: "Tạo bảng chỉ tiêu" }).click();
  await page.getByTestId("result").filter({ hasText: "Đã tạo bảng chỉ tiêu" }).waitFor();
  const sheet = sheetName(params);
  await page.locator(`table[data-sheet="${sheet}"]`).waitFor();
  await typeInto(page, `C${rows["16.1"]}`, "40", sheet);
  await typeInto(page, `C${rows["16.2"]}`, "100", sheet);
  await page.getByRole("button", { name: "Chốt số liệu" }).click();
  await page.getByTestId("result").filter({ hasText: "Đã chốt số liệu lần 1" }).waitFor();
  await expect(cellOf(page, "D3", sheet).textContent()).resolves.toMatch(
    new RegExp(`^Đã chốt số liệu lần 1 lúc 10:00 ngày ${String(day).padStart(2, "0")}/03/2025`)
  );
  return sheet;
}

test("preview: units finalized on time, late, edited after finalizing, not reported — the status sheet and the pane's counts", async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.clock.setFixedTime(march(1));
  await page.goto(`${origin}/preview.html`);
  await page.getByRole("heading", { name: "CĐS Excel — Xem thử (không cần Excel)" }).waitFor();

  await finalizeUnit(page, unit("Phường Bến Thành"), 19);
  await finalizeUnit(page, unit("Phường Sài Gòn"), 20); // the deadline day: on time
  await finalizeUnit(page, unit("Phường Tân Định"), 23); // three days late
  const edited = await finalizeUnit(page, unit("Phường Bàn Cờ"), 18);
  await page.getByRole("button", { name: "Mở để sửa" }).click();
  await page.getByTestId("result").filter({ hasText: "Đã mở trang để sửa" }).waitFor();
  await typeInto(page, `C${rows["16.1"]}`, "45", edited);

  // the city, on 25/03, with its deadline typed once
  await page.clock.setFixedTime(march(25));
  await page.getByLabel("Hạn nộp (không bắt buộc)").first().fill("20/03/2025");
  await page.getByRole("button", { name: "Tổng hợp toàn thành phố" }).click();
  const result = page.getByTestId("result").filter({ hasText: "Đã tổng hợp toàn thành phố" });
  await result.waitFor();
  await expect(result.textContent()).resolves.toContain(
    "Hạn nộp — Phường, xã, đặc khu: 3 đúng hạn, 1 trễ hạn, 0 chưa chốt, 164 chưa nộp. Cảnh báo: 1 báo cáo có số liệu đã sửa sau khi chốt"
  );

  const status = statusSheetName(PERIOD);
  await page.locator(`[role="tab"][data-tab="${status}"]`).click();
  await page.locator(`table[data-sheet="${status}"]`).waitFor();
  const text = (address: string) => cellOf(page, address, status).textContent();
  await expect(text("L4")).resolves.toBe("Đúng hạn");
  await expect(text("M4")).resolves.toBe("Dấu chốt");
  // the units to chase first: not reported, overdue since the deadline
  await expect(text("E5")).resolves.toBe("Chưa nộp");
  await expect(text("L5")).resolves.toBe("Quá hạn 5 ngày");
  const byName = new Map<string, { version: string; timeliness: string; trust: string }>();
  for (let r = 5 + 164; r < 5 + 168; r++) {
    byName.set((await text(`C${r}`)) ?? "", {
      version: (await text(`I${r}`)) ?? "",
      timeliness: (await text(`L${r}`)) ?? "",
      trust: (await text(`M${r}`)) ?? "",
    });
  }
  expect(Object.fromEntries(byName)).toEqual({
    "Phường Bến Thành": { version: "1", timeliness: "Đúng hạn", trust: "" },
    "Phường Sài Gòn": { version: "1", timeliness: "Đúng hạn", trust: "" },
    "Phường Tân Định": { version: "1", timeliness: "Trễ hạn 3 ngày", trust: "" },
    "Phường Bàn Cờ": { version: "1", timeliness: "Đúng hạn", trust: "Số liệu đã sửa sau khi chốt" },
  });
  expect(errors).toEqual([]);
  await page.close();
});
