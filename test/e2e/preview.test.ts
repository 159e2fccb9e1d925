/**
 * End to end in headless Chromium: the built preview page (the task pane on the in-memory workbook, beside its grid)
 * driven as an analyst would — generate the sheet, type figures into the grid, fill the report, read the verdicts and
 * the summary back from the page; consolidate two units into the city sheet; check the figures and go to the cell of
 * a violation; download the report and a filled .docx template. Also the built task pane outside Excel, which loads
 * the report code only when asked. Needs `npm run build` (the add-in, dist/) and `npm run build:preview` (the preview
 * page, dist-preview/) first — npm test does both — and Debian's chromium (`apt-get install chromium`), or
 * CHROMIUM_PATH. DIST_DIR and PREVIEW_DIR serve other build folders. Screenshots go to test-results/e2e/.
 */
import fs from "fs";
import type http from "http";
import path from "path";
import { Packer } from "docx";
import JSZip from "jszip";
import { type BrowserContext, type Download, type Page } from "playwright-core";
import { catalog, findRow, LEVEL_NAMES, pillars } from "../../src/core";
import { cityParams, sheetName, standardRows } from "../../src/sheets";
import { hasVerdict, PERIOD_PARTS, type SheetParams } from "../../src/core";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { generateSheet } from "../../src/usecases";
import { docxPlainText, smallTemplate } from "../support/docxText";
import { DIST, launch, PREVIEW_DIST, requireBuilt, ROOT, serve, shutDown } from "../support/e2e";

// A project's testTimeout in jest.config.js is not applied to its tests (jest 30): set it here.
jest.setTimeout(120_000);

const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const SHOTS = path.join(ROOT, "test-results/e2e");
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

let server: http.Server;
let origin: string;
let context: BrowserContext;
let profile: string;
/** Requests to anywhere but the local server and the (routed) Office CDN: there must be none. */
const blocked: string[] = [];
/** Office.js's telemetry host: its requests are refused but are Microsoft's code, not the add-in's. */
const OFFICE_TELEMETRY = "telemetryservice.firstpartyapps.oaspapps.com";
/** Files of Office.js served from the npm copy. */
const officeFiles: string[] = [];

beforeAll(async () => {
  requireBuilt([
    [PREVIEW_DIST, "preview.html", "npm run build:preview"],
    [DIST, "taskpane.html", "npm run build"],
  ]);
  fs.mkdirSync(SHOTS, { recursive: true });
  ({ server, origin } = await serve([PREVIEW_DIST, DIST]));
  ({ context, profile } = await launch("preview", { viewport: { width: 1600, height: 1000 } }));
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
    if (new URL(url).hostname === OFFICE_TELEMETRY) {
      // Office.js's own telemetry frame, which it opens outside Office at times of its choosing: not the add-in's
      // request, refused all the same.
      return route.abort();
    }
    blocked.push(url);
    return route.abort();
  });
});

afterAll(() => shutDown(context, server, profile));

/** Watches a page for script errors, which must not happen. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

const cellOf = (page: Page, address: string, sheet = SHEET) =>
  page.locator(`table[data-sheet="${sheet}"] td[data-cell="${address}"]`);

/** Clicks a cell of the grid and types into it, as a person does; the grid must accept the value. */
async function typeInto(page: Page, address: string, text: string, sheet = SHEET): Promise<void> {
  await cellOf(page, address, sheet).click();
  await cellOf(page, address, sheet).locator("input").waitFor();
  await page.keyboard.press("ControlOrMeta+A"); // a click edits the cell's content: replace it
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("refusal").count()).resolves.toBe(0);
  await cellOf(page, address, sheet).locator("input").waitFor({ state: "detached" });
}

/** Picks an item of a cell's drop-down list. */
async function chooseIn(page: Page, address: string, item: string, sheet = SHEET): Promise<void> {
  await cellOf(page, address, sheet).click();
  await cellOf(page, address, sheet).locator("select").selectOption(item);
  await cellOf(page, address, sheet).locator("select").waitFor({ state: "detached" });
  await expect(cellOf(page, address, sheet).textContent()).resolves.toBe(item);
}

/** Opens the preview on a new, empty workbook. */
async function openPreview(page: Page): Promise<void> {
  await page.goto(`${origin}/preview.html`);
  await page.getByRole("heading", { name: "CĐS Excel — Xem thử (không cần Excel)" }).waitFor();
  await page.locator('table[data-sheet="Trang tính1"]').waitFor();
}

/** The form of the pane, as the analyst fills it. */
async function fillForm(page: Page, params: SheetParams): Promise<void> {
  await page.getByLabel("Tên đơn vị").fill(params.unit);
  await page.getByLabel("Cấp", { exact: true }).selectOption({ label: LEVEL_NAMES[params.level] });
  const year = page.getByRole("spinbutton", { name: "Năm" });
  await year.fill(String(params.period.year));
  await year.press("Tab");
  const part = PERIOD_PARTS.find((p) => p.part === params.period.part)!;
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: part.label });
}

/** "Tạo bảng chỉ tiêu" for the form's unit; its sheet becomes the active one. */
async function generate(page: Page, params: SheetParams): Promise<void> {
  await fillForm(page, params);
  await page.getByRole("button", { name: "Tạo bảng chỉ tiêu" }).click();
  await page.getByTestId("result").filter({ hasText: "Đã tạo bảng chỉ tiêu" }).waitFor();
  await page.locator(`table[data-sheet="${sheetName(params)}"]`).waitFor();
}

/** word/document.xml of a downloaded .docx. */
async function documentXml(download: Download): Promise<string> {
  const data = fs.readFileSync(await download.path());
  return (await JSZip.loadAsync(data)).file("word/document.xml")!.async("string");
}

test("preview: generate the sheet, type the figures in the grid, fill the report, read the verdicts and the summary", async () => {
  const page = await context.newPage();
  const errors = errorsOf(page);
  await openPreview(page);
  await fillForm(page, PARAMS); // as the analyst fills it

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
  for (const [id, item] of Object.entries(CHOICES)) await chooseIn(page, `C${rows[id]}`, item);
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

const PHUONG: SheetParams = {
  unit: "Phường Bến Thành",
  level: "xa",
  period: PARAMS.period,
};
const CITY = sheetName(cityParams(PARAMS.period));

/** Waits until an element of the page shows exactly this text. */
async function untilText(page: Page, testId: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([id, t]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === t,
    [testId, text]
  );
}

test("preview: two units' sheets consolidated into the city sheet — sums, ratio of sums, units done, 18 per tier", async () => {
  const page = await context.newPage();
  const errors = errorsOf(page);
  await openPreview(page);
  // 16 = (600 + 400) / (1000 + 700) = 58,82% < 60%; 18 per tier: Sở 60/100 ≥ 50%, phường 30/100 < 35%.
  const units = [
    {
      params: PARAMS,
      figures: { "16.1": "600", "16.2": "1000", "17.2": "100", "18.1": "60" },
      done: "Đã ban hành",
    },
    {
      params: PHUONG,
      figures: { "16.1": "400", "16.2": "700", "17.2": "100", "18.1": "30" },
      done: "Chưa ban hành",
    },
  ];
  for (const unit of units) {
    await generate(page, unit.params);
    const sheet = sheetName(unit.params);
    for (const [id, text] of Object.entries(unit.figures))
      await typeInto(page, `C${rows[id]}`, text, sheet);
    await chooseIn(page, `C${rows["2"]}`, unit.done, sheet);
  }

  // The form still holds the units' year and quarter: the city is made for that period.
  await page.getByRole("button", { name: "Tổng hợp toàn thành phố" }).click();
  const result = page.getByTestId("result");
  await result.filter({ hasText: "Đã tổng hợp toàn thành phố" }).waitFor();
  // no roster sheet: the official list of communes, 167 of which have not reported — a warning, with the count
  await expect(result.getAttribute("data-intent")).resolves.toBe("warning");
  const message = (await result.textContent()) ?? "";
  expect(message).toContain("Phường, xã, đặc khu: đã nộp 1/168");
  expect(message).toContain(`Đã tổng hợp 2 đơn vị vào trang “${CITY}”`);
  const breakdown = /từng đơn vị ở trang “([^”]+)”/.exec(message)?.[1];
  expect(breakdown).toContain("Chi tiết đơn vị");

  await page.locator(`table[data-sheet="${CITY}"]`).waitFor();
  await expect(page.locator('[role="tab"][aria-selected="true"]').textContent()).resolves.toBe(
    CITY
  );
  await expect(page.locator(`[role="tab"][data-tab="${breakdown}"]`).count()).resolves.toBe(1);
  const city = (address: string) => cellOf(page, address, CITY).textContent();
  await expect(city(`H${rows["16"]}`)).resolves.toBe("16");
  await expect(city(`C${rows["16.1"]}`)).resolves.toBe("1.000");
  await expect(city(`C${rows["16.2"]}`)).resolves.toBe("1.700");
  await expect(city(`C${rows["16"]}`)).resolves.toBe("58,82%");
  await expect(city(`D${rows["16"]}`)).resolves.toBe("Chưa đạt");
  await expect(city(`C${rows["2"]}`)).resolves.toBe("1/2 đơn vị");
  await expect(city(`D${rows["2"]}`)).resolves.toBe("Chưa đạt");

  // Indicator 18, each tier on its own units and target.
  const tiers = page.getByTestId("tiers");
  const tier = (level: string) => tiers.locator(`tr[data-level="${level}"] td`).allTextContents();
  await expect(tier("so")).resolves.toEqual([
    "Sở, ban, ngành1 đơn vị, mục tiêu ≥\u00a050%",
    "60,00%",
    "Đạt",
  ]);
  await expect(tier("xa")).resolves.toEqual([
    "Phường, xã, đặc khu1 đơn vị, mục tiêu ≥\u00a035%",
    "30,00%",
    "Chưa đạt",
  ]);
  await expect(tiers.locator('tr[data-level="huyen"]').count()).resolves.toBe(0);

  const pane = page.getByRole("complementary", { name: "Ngăn tác vụ CĐS Excel" });
  await expect(pane.evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBe(0);
  await cellOf(page, `D${rows["16"]}`, CITY).scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(SHOTS, "preview-3-city.png") });
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await page.close();
});

test("preview: check the figures and go to a violation's cell; export the report and fill a .docx template as downloads", async () => {
  const page = await context.newPage();
  const errors = errorsOf(page);
  await openPreview(page);
  await generate(page, PARAMS);
  await typeInto(page, `C${rows["16.1"]}`, "1200");
  await typeInto(page, `C${rows["16.2"]}`, "1000");
  await chooseIn(page, `C${rows["2"]}`, "Đã ban hành");

  const result = page.getByTestId("result");
  await page.getByRole("button", { name: "Kiểm tra số liệu" }).click();
  await result.filter({ hasText: "Phát hiện 2 vi phạm" }).waitFor();
  await expect(result.getAttribute("data-intent")).resolves.toBe("warning");
  await expect(result.textContent()).resolves.toContain("1 lỗi, 1 cảnh báo");
  // Errors first, then warnings; each names its row, says what is wrong and where.
  const items = page.getByTestId("violations").getByRole("button");
  await expect(items.count()).resolves.toBe(2);
  await expect(items.nth(0).getAttribute("data-importance")).resolves.toBe("error");
  const error = (await items.nth(0).textContent()) ?? "";
  for (const part of [
    "Lỗi",
    "Chỉ tiêu 16.1",
    `Ô C${rows["16.1"]}`,
    "Số liệu 16.1 (1.200) lớn hơn số liệu 16.2 (1.000)",
  ])
    expect(error).toContain(part);
  await expect(items.nth(1).getAttribute("data-importance")).resolves.toBe("warning");
  const warning = (await items.nth(1).textContent()) ?? "";
  for (const part of ["Cảnh báo", "Chỉ tiêu 2", `Ô G${rows["2"]}`, "chưa có minh chứng"])
    expect(warning).toContain(part);

  // A click selects the cell in the grid; so does Enter on the focused item.
  await expect(page.getByTestId("name-box").textContent()).resolves.not.toBe(`C${rows["16.1"]}`);
  await items.nth(0).click();
  await untilText(page, "name-box", `C${rows["16.1"]}`);
  await items.nth(1).focus();
  await page.keyboard.press("Enter");
  await untilText(page, "name-box", `G${rows["2"]}`);
  await expect(items.nth(1).getAttribute("aria-current")).resolves.toBe("true");
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(SHOTS, "preview-4-check.png") });

  // Corrected, the figures pass.
  await typeInto(page, `C${rows["16.1"]}`, "600");
  await typeInto(page, `G${rows["2"]}`, "Kế hoạch 2649/KH-UBND ngày 16/6/2023");
  await page.getByRole("button", { name: "Kiểm tra số liệu" }).click();
  await result.filter({ hasText: "Không phát hiện vi phạm nào" }).waitFor();
  await expect(page.getByTestId("violations").count()).resolves.toBe(0);
  await page.getByRole("button", { name: "Điền báo cáo" }).click();
  await result.filter({ hasText: "Đã điền báo cáo" }).waitFor();

  // The report as .docx: the document's words typed once (collapsed until opened), a download, and a link to
  // download it again.
  await expect(page.getByTestId("doc-settings").count()).resolves.toBe(0);
  await page.getByTestId("doc-settings-toggle").click();
  await page.getByTestId("doc-agency").fill(PARAMS.unit);
  await page.getByTestId("doc-number").fill("5");
  await page.getByTestId("doc-reportSymbol").fill("bc-skhcn");
  await page.getByTestId("doc-date").fill("2026-02-05");
  await page.getByTestId("doc-signerName").fill("Nguyễn Văn A");
  const [report] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Xuất báo cáo (.docx)" }).click(),
  ]);
  const reportName = "BaoCao_CDS_2025-Q3_so_khoa_hoc_va_cong_nghe.docx";
  expect(report.suggestedFilename()).toBe(reportName);
  const xml = await documentXml(report);
  const words = docxPlainText(xml);
  for (const line of [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    PARAMS.unit.toLocaleUpperCase("vi"),
    "Số: 05/BC-SKHCN",
    "Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026",
    "Nguyễn Văn A",
    "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ QUÝ III NĂM 2025",
  ])
    expect(words).toContain(`${line}\n`);
  await result.filter({ hasText: "Đã tạo báo cáo Word" }).waitFor();
  await expect(page.getByTestId("download").getAttribute("download")).resolves.toBe(reportName);

  // A .docx template picked from disk, filled: what cannot be filled stays and is listed.
  // a placeholder of the official template split across runs as Word does, and one the add-in does not know
  const template = smallTemplate();
  const [filled] = await Promise.all([
    page.waitForEvent("download"),
    page.getByLabel("Điền tệp mẫu .docx").setInputFiles({
      name: "mau.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await Packer.toBuffer(template),
    }),
  ]);
  expect(filled.suggestedFilename()).toBe("mau_da_dien.docx");
  const text = docxPlainText(await documentXml(filled));
  expect(text).toContain("Tỷ lệ: 60,00%");
  expect(text).toContain("Đánh giá: Đạt [[khongbiet]]");
  await result.filter({ hasText: "Đã điền tệp mẫu" }).waitFor();
  await expect(result.getAttribute("data-intent")).resolves.toBe("warning");
  await expect(page.getByTestId("result-list").textContent()).resolves.toContain("[[khongbiet]]");

  const pane = page.getByRole("complementary", { name: "Ngăn tác vụ CĐS Excel" });
  await expect(pane.evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBe(0);
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(SHOTS, "preview-5-report.png") });
  // typed once: kept with the form, which the next session loads (readStored, test/unit/formMemory.test.ts)
  const kept = await page.evaluate(() => localStorage.getItem("cds-excel.form"));
  expect(JSON.parse(kept!).document).toMatchObject({
    agency: PARAMS.unit,
    number: "5",
    reportSymbol: "bc-skhcn",
    date: "2026-02-05",
    signerName: "Nguyễn Văn A",
  });
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await page.close();
});

test("task pane outside Excel: the warning on load, and a click explains that Excel is needed", async () => {
  const page = await context.newPage();
  const errors = errorsOf(page);
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.url().startsWith(origin) && r.url().endsWith(".js"))
      scripts.push(new URL(r.url()).pathname);
  });
  await page.setViewportSize({ width: 350, height: 900 });
  await page.goto(`${origin}/taskpane.html`);
  await page.getByText("Không tìm thấy Excel").first().waitFor();
  // The city and report code (docx, JSZip, ExcelJS) is not loaded with the pane.
  expect(scripts).toEqual(["/taskpane.js"]);
  await page.getByLabel("Tên đơn vị").fill(PARAMS.unit);
  await page.getByRole("button", { name: "Tạo bảng chỉ tiêu" }).click();
  const result = page.getByTestId("result");
  await result.waitFor();
  await expect(result.getAttribute("data-intent")).resolves.toBe("error");
  await expect(result.textContent()).resolves.toContain("Excel");
  // The report code is fetched on the click, then says Excel is needed just the same.
  await page.getByRole("button", { name: "Xuất báo cáo (.docx)" }).click();
  const reportResult = page.locator(
    'section[aria-label="Mẫu báo cáo"] + div [data-testid="result"]'
  );
  await reportResult.filter({ hasText: "Không tìm thấy Excel" }).waitFor();
  await expect(reportResult.getAttribute("data-intent")).resolves.toBe("error");
  expect(scripts.some((s) => /^\/report\.[0-9a-f]+\.js$/.test(s))).toBe(true);
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

/** Every cell of a sheet's grid as the page shows it, hidden id column included. */
async function gridText(page: Page, sheet: string): Promise<Record<string, string>> {
  return page.$$eval(`table[data-sheet="${sheet}"] td[data-cell]`, (cells) =>
    Object.fromEntries(cells.map((td) => [(td as HTMLElement).dataset.cell!, td.textContent ?? ""]))
  );
}

test("preview: units with long names sharing a prefix keep their own sheets; a re-Generate over a typed sheet changes no cell", async () => {
  const page = await context.newPage();
  const errors = errorsOf(page);
  await openPreview(page);
  const year = { year: 2025, part: "Y" } as const;
  const units: SheetParams[] = [
    { unit: "Ủy ban nhân dân phường Sài Gòn", level: "xa", period: year },
    { unit: "Ủy ban nhân dân phường Tân Định", level: "xa", period: year },
    {
      unit: "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Một cửa",
      level: "xa",
      period: year,
    },
    {
      unit: "Trung tâm Phục vụ hành chính công phường Sài Gòn - Bộ phận Tổng hợp",
      level: "xa",
      period: year,
    },
  ];
  const [saiGon] = units;
  await generate(page, saiGon);
  await typeInto(page, `C${rows["16.1"]}`, "111", sheetName(saiGon));
  await typeInto(page, `C${rows["16.2"]}`, "200", sheetName(saiGon));
  for (const unit of units.slice(1)) await generate(page, unit);

  // four sheets, four names, each unit's title block names it, and Sài Gòn's figures stayed with Sài Gòn
  const names = units.map((u) => sheetName(u));
  expect(new Set(names).size).toBe(4);
  const tabs = await page.locator('[role="tab"]').allTextContents();
  const show = async (name: string) => {
    await page.getByRole("tab", { name, exact: true }).click();
    await page.locator(`table[data-sheet="${name}"]`).waitFor();
  };
  for (const [i, name] of names.entries()) {
    expect(tabs).toContain(name);
    expect(name.length).toBeLessThanOrEqual(31);
    await show(name);
    await expect(cellOf(page, "B2", name).textContent()).resolves.toBe(units[i].unit);
    await expect(cellOf(page, `C${rows["16.1"]}`, name).textContent()).resolves.toBe(
      i === 0 ? "111" : ""
    );
  }
  await page.screenshot({ path: path.join(SHOTS, "preview-6-long-names.png") });

  // Sài Gòn's sheet typed where the layout has no verdict, in the title block, on a heading, with a formula and
  // a note that holds the add-in's mark as plain text; then filled
  await show(names[0]);
  const heading = rows["2"] - 1; // "Dữ liệu số"
  const typed: Record<string, string> = {
    A5: "Người lập: Nguyễn Thị Thu Hà",
    B5: "0909 123 456",
    [`E${heading}`]: "Trụ cột do Phòng Văn hóa – Xã hội theo dõi",
    [`F${rows["16.1"]}`]: "số liệu quý IV ước tính",
    [`G${rows["16.2"]}`]: "Báo cáo 15/BC-UBND ngày 10/01/2026",
    [`E${rows["16"]}`]: "[CĐS] chú thích của chuyên viên, không phải của phần bổ trợ",
    [`G${rows["2"]}`]: '=HYPERLINK("https://vanban.example.gov.vn/qd-123","QĐ 123/QĐ-UBND")',
  };
  for (const [address, text] of Object.entries(typed))
    await typeInto(page, address, text, names[0]);
  await page.getByRole("button", { name: "Điền báo cáo" }).click();
  await page.getByTestId("result").filter({ hasText: "Đã điền báo cáo" }).waitFor();
  const before = await gridText(page, names[0]);
  expect(before[`E${rows["16"]}`]).toContain("[CĐS] chú thích của chuyên viên");
  // typed into a text cell, as in Excel, the formula stays the text typed; it must stay exactly that
  expect(before[`G${rows["2"]}`]).toContain("QĐ 123/QĐ-UBND");

  await fillForm(page, saiGon);
  await page.getByRole("button", { name: "Tạo bảng chỉ tiêu" }).click();
  await page.getByTestId("result").filter({ hasText: "Đã cập nhật bảng chỉ tiêu" }).waitFor();
  // every typed cell in place at once; the add-in's own notes come back with the next Fill, and then every cell of
  // the sheet is as it was
  const regenerated = await gridText(page, names[0]);
  for (const address of Object.keys(typed))
    expect([address, regenerated[address]]).toEqual([address, before[address]]);
  await page.getByRole("button", { name: "Điền báo cáo" }).click();
  await page.getByTestId("result").filter({ hasText: "Đã điền báo cáo" }).waitFor();
  const after = await gridText(page, names[0]);
  expect(Object.keys(after).length).toBeGreaterThan(8 * rows["41"] - 1);
  expect(after).toEqual(before);
  await page.screenshot({ path: path.join(SHOTS, "preview-7-regenerated.png") });
  expect(errors).toEqual([]);
  await page.close();
});

const ROSTER = "Danh sách đơn vị";

/** Types into the unit field and picks the suggestion with this name; the form takes its level and code. */
async function pickUnit(page: Page, typed: string, name: string): Promise<void> {
  const field = page.getByRole("combobox", { name: "Tên đơn vị" });
  await field.fill("");
  await field.pressSequentially(typed);
  const option = page.getByRole("option").filter({ hasText: name }).first();
  await option.waitFor();
  await option.click();
  await expect(field.inputValue()).resolves.toBe(name);
}

test("preview: the roster sheet, three units picked from it, the consolidation's submission status and counts", async () => {
  const page = await context.newPage();
  const errors = errorsOf(page);
  await openPreview(page);

  // 1. The roster: the 168 official communes, to which the city adds two sở
  await page.getByRole("button", { name: "Tạo danh sách đơn vị" }).click();
  const result = page.getByTestId("result");
  await result.filter({ hasText: "Đã tạo danh sách đơn vị" }).waitFor();
  await page.locator(`table[data-sheet="${ROSTER}"]`).waitFor();
  await expect(cellOf(page, "B4", ROSTER).textContent()).resolves.toBe("Tên đơn vị");
  await expect(cellOf(page, "B172", ROSTER).textContent()).resolves.not.toBe("");
  for (const [row, code, name] of [
    [173, "SYT", "Sở Y tế"],
    [174, "SXD", "Sở Xây dựng"],
  ] as const) {
    await typeInto(page, `A${row}`, code, ROSTER);
    await typeInto(page, `B${row}`, name, ROSTER);
    await chooseIn(page, `D${row}`, LEVEL_NAMES.so, ROSTER);
    await chooseIn(page, `E${row}`, "Đang báo cáo", ROSTER);
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SHOTS, "preview-8-roster.png") });

  // 2. The picker: typed without diacritics or prefix, the unit is found; picking fills its level and code
  const period = PARAMS.period;
  const level = page.getByLabel("Cấp", { exact: true });
  const picked: Array<[string, string, string]> = [
    ["ben thanh", "Phường Bến Thành", "CĐS 2025-Q3 Bến Thành"],
    ["P. Sài Gòn", "Phường Sài Gòn", "CĐS 2025-Q3 Sài Gòn"],
    ["so y te", "Sở Y tế", "CĐS 2025-Q3 Sở Y tế"],
  ];
  for (const [typed, name, sheet] of picked) {
    await pickUnit(page, typed, name);
    const want = name.startsWith("Sở") ? LEVEL_NAMES.so : LEVEL_NAMES.xa;
    await expect(level.locator("option:checked").textContent()).resolves.toBe(want);
    await expect(page.getByText(/^Mã đơn vị: /).textContent()).resolves.toMatch(
      /^Mã đơn vị: (\d{5}|SYT)$/
    );
    if (name === "Phường Bến Thành")
      await page.screenshot({ path: path.join(SHOTS, "preview-9-picker.png") });
    // the form remembers the last period used (earlier tests): set this one
    await page.getByRole("spinbutton", { name: "Năm" }).fill(String(period.year));
    const part = PERIOD_PARTS.find((p) => p.part === period.part)!;
    await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: part.label });
    await page.getByRole("button", { name: "Tạo bảng chỉ tiêu" }).click();
    await result.filter({ hasText: "Đã tạo bảng chỉ tiêu" }).waitFor();
    await page.locator(`table[data-sheet="${sheet}"]`).waitFor();
  }
  await page.locator('[role="tab"][data-tab="CĐS 2025-Q3 Bến Thành"]').click();
  await typeInto(page, `C${rows["16.1"]}`, "600", "CĐS 2025-Q3 Bến Thành");

  // a name not on the roster is allowed, with a warning
  const field = page.getByRole("combobox", { name: "Tên đơn vị" });
  await field.fill("Phường Không Có Thật");
  await page.getByText(/không có trong trang “Danh sách đơn vị”/).waitFor();

  // 3. The consolidation: the status sheet and the counts per tier
  await page.getByRole("button", { name: "Tổng hợp toàn thành phố" }).click();
  await result.filter({ hasText: "Đã tổng hợp toàn thành phố" }).waitFor();
  const message = (await result.textContent()) ?? "";
  expect(message).toContain("Phường, xã, đặc khu: đã nộp 2/168; Sở, ban, ngành: đã nộp 1/2");
  expect(message).toContain("Sở, ban, ngành chưa nộp (1):");
  expect(message).toContain("Sở Xây dựng");
  const STATUS = "CĐS 2025-Q3 Tình hình nộp";
  await page.locator(`[role="tab"][data-tab="${STATUS}"]`).click();
  await page.locator(`table[data-sheet="${STATUS}"]`).waitFor();
  const status = (address: string) => cellOf(page, address, STATUS).textContent();
  // the units to chase first: the sở not submitted, then the communes
  await expect(Promise.all(["B5", "C5", "E5"].map(status))).resolves.toEqual([
    "SXD",
    "Sở Xây dựng",
    "Chưa nộp",
  ]);
  await expect(status("E6")).resolves.toBe("Chưa nộp");
  // then the three submitted (none complete yet: "Nộp thiếu"), Bến Thành with one row more than the others
  const last = 4 + 170;
  const tail = await Promise.all(
    [last - 2, last - 1, last].map((r) => Promise.all([status(`C${r}`), status(`E${r}`)]))
  );
  expect(tail.map(([, s]) => s)).toEqual(["Nộp thiếu", "Nộp thiếu", "Nộp thiếu"]);
  expect(tail.map(([n]) => n).sort()).toEqual(["Phường Bến Thành", "Phường Sài Gòn", "Sở Y tế"]);
  await expect(status(`C${last}`)).resolves.toBe("Phường Bến Thành");
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SHOTS, "preview-10-status.png") });
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await page.close();
});

test("preview: a previous quarter's two sheets, the comparison columns of a unit and of the city, the verdicts that changed", async () => {
  const page = await context.newPage();
  const errors = errorsOf(page);
  await openPreview(page);
  const Q2 = { year: 2025, part: "Q2" } as const;
  // 16 (≥ 60%): Sở 50% → 60%; the city (sum over sum) 600/1400 = 42,86% → 900/1400 = 64,29%
  const figures: Array<[SheetParams, Record<string, string>]> = [
    [
      { ...PARAMS, period: Q2 },
      { "16.1": "500", "16.2": "1000" },
    ],
    [
      { ...PHUONG, period: Q2 },
      { "16.1": "100", "16.2": "400" },
    ],
    [PARAMS, { "16.1": "600", "16.2": "1000" }],
    [PHUONG, { "16.1": "300", "16.2": "400" }],
  ];
  for (const [params, typed] of figures) {
    await generate(page, params);
    for (const [id, text] of Object.entries(typed))
      await typeInto(page, `C${rows[id]}`, text, sheetName(params));
  }

  // the unit: its Q3 sheet against the quarter before (the active sheet, as for Fill)
  await page.locator(`[role="tab"][data-tab="${SHEET}"]`).click();
  await fillForm(page, PARAMS);
  await page.getByLabel("So sánh với", { exact: true }).selectOption({ label: "Quý trước" });
  await page.getByRole("button", { name: "So sánh với kỳ trước" }).click();
  const result = page.getByTestId("result");
  await result.filter({ hasText: "Đã so sánh với Quý II năm 2025" }).waitFor();
  const message = (await result.textContent()) ?? "";
  expect(message).toContain("16: Chưa đạt → Đạt (+10,00 điểm %)");
  await page.locator(`table[data-sheet="${SHEET}"]`).waitFor();
  const unit = (address: string) => cellOf(page, address, SHEET).textContent();
  await expect(unit("I6")).resolves.toBe("Kỳ trước (Quý II năm 2025)");
  await expect(unit("J6")).resolves.toBe("Thay đổi");
  await expect(unit(`I${rows["16"]}`)).resolves.toBe("50,00%");
  await expect(unit(`J${rows["16"]}`)).resolves.toBe("+10,00 điểm % · Chưa đạt → Đạt");
  await expect(unit(`I${rows["16.1"]}`)).resolves.toBe("500");
  await expect(unit(`J${rows["16.1"]}`)).resolves.toBe("+100");
  await cellOf(page, `J${rows["16"]}`, SHEET).scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(SHOTS, "preview-11-compare-unit.png") });

  // the city: consolidated with the comparison
  await page.getByRole("checkbox", { name: /So sánh với kỳ trước/ }).check();
  await page.getByRole("button", { name: "Tổng hợp toàn thành phố" }).click();
  await result.filter({ hasText: "Đã tổng hợp toàn thành phố" }).waitFor();
  const cityMessage = (await result.textContent()) ?? "";
  expect(cityMessage).toContain("So sánh với Quý II năm 2025 (2 đơn vị)");
  expect(cityMessage).toContain("16: Chưa đạt → Đạt (+21,43 điểm %)");
  await page.locator(`table[data-sheet="${CITY}"]`).waitFor();
  const city = (address: string) => cellOf(page, address, CITY).textContent();
  await expect(city(`C${rows["16"]}`)).resolves.toBe("64,29%");
  await expect(city(`I${rows["16"]}`)).resolves.toBe("42,86%");
  await expect(city(`J${rows["16"]}`)).resolves.toBe("+21,43 điểm % · Chưa đạt → Đạt");
  await expect(city(`I${rows["16.2"]}`)).resolves.toBe("1.400");
  await expect(city(`J${rows["16.2"]}`)).resolves.toBe("0");
  await cellOf(page, `J${rows["16"]}`, CITY).scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(SHOTS, "preview-12-compare-city.png") });
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await page.close();
});

/** Selects a cell without editing it (a click edits; Escape leaves the cell selected), as the arrow keys would. */
async function select(page: Page, address: string, sheet = SHEET): Promise<void> {
  await cellOf(page, address, sheet).click();
  await page.keyboard.press("Escape");
  await untilText(page, "name-box", address);
  await cellOf(page, address, sheet).locator("input, select").waitFor({ state: "detached" });
}

test("preview: typing over a selected cell keeps what is typed — a single digit over a count, a word over a yes/no cell — or refuses it with the validation's message", async () => {
  const page = await context.newPage();
  const errors = errorsOf(page);
  await openPreview(page);
  await generate(page, PARAMS);
  const count = `C${rows["16.1"]}`;
  const yesNo = `C${rows["2"]}`;

  // a single digit over an empty count cell, then over a typed one
  await select(page, count);
  await page.keyboard.press("7");
  await page.keyboard.press("Enter");
  await expect(cellOf(page, count).textContent()).resolves.toBe("7");
  await typeInto(page, count, "600");
  await select(page, count);
  await page.keyboard.press("5");
  await page.keyboard.press("Tab");
  await expect(cellOf(page, count).textContent()).resolves.toBe("5");
  // more keys go after the first one
  await select(page, count);
  await page.keyboard.type("42");
  await page.keyboard.press("Enter");
  await expect(cellOf(page, count).textContent()).resolves.toBe("42");
  // the same digit as the cell holds: the cell keeps it
  await select(page, count);
  await page.keyboard.type("42");
  await page.keyboard.press("Enter");
  await expect(cellOf(page, count).textContent()).resolves.toBe("42");

  // a word over a yes/no cell (whose click opens its drop-down): typed as text, taken when it is one of the list's
  // (the first key must be one the keyboard sends as a key: "C", not the "Đ" Playwright inserts as text)
  const wb = new MemoryWorkbook();
  await generateSheet(wb, PARAMS);
  const rule = wb.validationAt(SHEET, yesNo)!;
  const word = "Chưa ban hành";
  expect(rule.rule.type === "list" && rule.rule.items).toContain(word);
  await expect(cellOf(page, yesNo).textContent()).resolves.toBe("");
  await select(page, yesNo);
  await page.keyboard.type(word);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("refusal").count()).resolves.toBe(0);
  await expect(cellOf(page, yesNo).textContent()).resolves.toBe(word);
  await chooseIn(page, yesNo, CHOICES["2"]); // the drop-down still opens on a click
  // a word the list does not have: refused with the validation's message, the editor kept; Escape gives up
  await select(page, yesNo);
  await page.keyboard.type("Có lẽ");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("refusal").textContent()).resolves.toBe(
    `Ô ${yesNo}: ${rule.error.title}: ${rule.error.message}`
  );
  await expect(cellOf(page, yesNo).locator("input").inputValue()).resolves.toBe("Có lẽ");
  await page.keyboard.press("Escape");
  await expect(cellOf(page, yesNo).textContent()).resolves.toBe(CHOICES["2"]);
  // a single letter over a count cell: the number validation refuses it, with its message
  await select(page, count);
  await page.keyboard.press("x");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("refusal").textContent()).resolves.toMatch(
    new RegExp(`^Ô ${count}: `)
  );
  await page.keyboard.press("Escape");
  await expect(cellOf(page, count).textContent()).resolves.toBe("42");
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await page.close();
});
