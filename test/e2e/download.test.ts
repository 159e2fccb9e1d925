/**
 * Downloads in headless Chromium, on the built pages: the add-in's download page (what Excel for Mac opens in the
 * analyst's browser) rebuilds a file from its URL fragment, byte for byte, under its name, with one download and
 * nothing sent to the server; a cut link is refused with a message, and so is a forged one (an .exe renamed, a bidi
 * name, a .docm, a ZIP without content types), with no download at all. In the preview, a double click on "Xuất báo cáo
 * (.docx)" gives one file, and the blank unit workbooks download as .xlsx and .zip. Needs `npm run build` (dist/) and `npm run build:preview` (dist-preview/), and Debian's
 * chromium (or CHROMIUM_PATH).
 */
import fs from "fs";
import type http from "http";
import path from "path";
import zlib from "zlib";
import { type BrowserContext, type Download, type Page } from "playwright-core";
import { LEVEL_NAMES } from "../../src/core";
import JSZip from "jszip";
import { readUnitSheet } from "../../src/sheets";
import { PERIOD_PARTS } from "../../src/core";
import { downloadPageUrl } from "../../src/handoff";
import { readXlsx } from "../../src/formats";
import { DIST, launch, PREVIEW_DIST, requireBuilt, serve, shutDown } from "../support/e2e";
import { docmParts, docx, docxParts, exe, xlsxParts, zipOf } from "../support/officeZip";

jest.setTimeout(120_000);

let server: http.Server;
let origin: string;
let context: BrowserContext;
let profile: string;
/** Every request the server received, as its path and query: a file must never reach it. */
const requests: string[] = [];

beforeAll(async () => {
  requireBuilt([
    [DIST, "download.html", "npm run build"],
    [PREVIEW_DIST, "preview.html", "npm run build:preview"],
  ]);
  ({ server, origin } = await serve([PREVIEW_DIST, DIST], (url) => requests.push(url)));
  ({ context, profile } = await launch("download"));
  await context.route("**/*", (route) => {
    const url = route.request().url();
    // Office.js is not needed by these pages; anything outside the local server is refused.
    return url.startsWith(origin + "/") || url.startsWith("blob:")
      ? route.continue()
      : route.abort();
  });
});

afterAll(() => shutDown(context, server, profile));

/** Counts the downloads a page starts. */
function downloadsOf(page: Page): Download[] {
  const downloads: Download[] = [];
  page.on("download", (d) => downloads.push(d));
  return downloads;
}

function bytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

test("the download page rebuilds the file from its fragment: same bytes, same name, one download, nothing sent", async () => {
  const file = {
    fileName: "BaoCao_CDS_2025-Q3_phuong_tan_son_nhat (bản sửa) & 100%.docx",
    data: await docx(40_000),
  };
  const url = downloadPageUrl(file, `${origin}/taskpane.html?_host_Info=Excel$Mac$16.01$vi-VN`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const downloads = downloadsOf(page);
  requests.length = 0;
  const [download] = await Promise.all([page.waitForEvent("download"), page.goto(url)]);
  expect(download.suggestedFilename()).toBe(file.fileName);
  expect(new Uint8Array(fs.readFileSync(await download.path()))).toEqual(file.data);
  await expect(page.locator("#status").textContent()).resolves.toMatch(
    /do CĐS Excel tạo đang được tải về/
  );
  await expect(page.evaluate(() => location.hash)).resolves.toBe("");
  await page.waitForTimeout(500);
  expect(downloads).toHaveLength(1);
  expect(requests.filter((r) => r.includes("data=") || r.includes("?"))).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test("a cut link: no download, the page says the file arrived incomplete", async () => {
  const file = { fileName: "BaoCao.docx", data: bytes(30_000) };
  const url = downloadPageUrl(file, `${origin}/taskpane.html`);
  const page = await context.newPage();
  const downloads = downloadsOf(page);
  await page.goto(url.slice(0, url.length - 5000));
  await expect(page.locator("#status").textContent()).resolves.toMatch(
    /Tệp BaoCao\.docx nhận được không đủ/
  );
  await expect(page.locator("#status").getAttribute("data-state")).resolves.toBe("error");
  await expect(page.locator("#file-link").isVisible()).resolves.toBe(false);
  await page.waitForTimeout(500);
  expect(downloads).toHaveLength(0);
  await page.close();
});

test("preview: a double click on “Xuất báo cáo (.docx)” gives one file", async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${origin}/preview.html`);
  await page.getByRole("heading", { name: "CĐS Excel — Xem thử (không cần Excel)" }).waitFor();
  await page.getByLabel("Tên đơn vị").fill("Phường Bến Thành");
  await page.getByLabel("Cấp", { exact: true }).selectOption({ label: LEVEL_NAMES.xa });
  const year = page.getByRole("spinbutton", { name: "Năm" });
  await year.fill("2025");
  await year.press("Tab");
  await page
    .getByLabel("Kỳ báo cáo", { exact: true })
    .selectOption({ label: PERIOD_PARTS.find((p) => p.part === "Q3")!.label });
  const result = page.getByTestId("result");
  await page.getByRole("button", { name: "Tạo bảng chỉ tiêu" }).click();
  await result.filter({ hasText: "Đã tạo" }).waitFor();

  const downloads = downloadsOf(page);
  const exportButton = page.getByRole("button", { name: "Xuất báo cáo (.docx)" });
  const probe = page.getByRole("button", { name: "Tải sổ trống cho đơn vị" });
  const docx = () => downloads.filter((d) => d.suggestedFilename().endsWith(".docx"));
  // The first export loads its code; a second double click, with the code loaded, is the quick case. No clock decides
  // whether a second file came: after each double click, another button's file (a blank workbook, .xlsx), which the
  // pane makes only once it is idle (else it says the press was not run), so every file of the double click is
  // already there when it arrives, however slow the machine.
  for (const round of [1, 2]) {
    await Promise.all([page.waitForEvent("download"), exportButton.dblclick()]);
    await result.filter({ hasText: "Đã tạo báo cáo Word" }).waitFor();
    // the second click of the double click is the same press: never told "not run"
    expect(await page.getByTestId("not-run").count()).toBe(0);
    await Promise.all([
      page.waitForEvent("download", { predicate: (d) => d.suggestedFilename().endsWith(".xlsx") }),
      probe.click(),
    ]);
    await result.filter({ hasText: "Đã tạo sổ trống cho đơn vị" }).waitFor();
    expect(await page.getByTestId("not-run").count()).toBe(0);
    expect(docx()).toHaveLength(round);
    expect(downloads).toHaveLength(2 * round);
  }
  expect(docx().map((d) => d.suggestedFilename())).toEqual([
    "BaoCao_CDS_2025-Q3_phuong_ben_thanh.docx",
    "BaoCao_CDS_2025-Q3_phuong_ben_thanh.docx",
  ]);
  expect(errors).toEqual([]);
  await page.close();
});

test("preview: a unit's blank workbook downloads as .xlsx, a tier's as one .zip of them", async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${origin}/preview.html`);
  await page.getByRole("heading", { name: "CĐS Excel — Xem thử (không cần Excel)" }).waitFor();
  await page.getByLabel("Tên đơn vị").fill("Phường Bến Thành");
  await page.getByLabel("Cấp", { exact: true }).selectOption({ label: LEVEL_NAMES.xa });
  const year = page.getByRole("spinbutton", { name: "Năm" });
  await year.fill("2025");
  await year.press("Tab");
  await page
    .getByLabel("Kỳ báo cáo", { exact: true })
    .selectOption({ label: PERIOD_PARTS.find((p) => p.part === "Q3")!.label });
  const result = page.getByTestId("result");

  const [one] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải sổ trống cho đơn vị" }).click(),
  ]);
  expect(one.suggestedFilename()).toBe("CDS_2025-Q3_26743_Phuong_Ben_Thanh.xlsx");
  await result.filter({ hasText: "Đã tạo sổ trống cho đơn vị" }).waitFor();
  const [sheet] = await readXlsx(fs.readFileSync(await one.path()), one.suggestedFilename());
  expect(readUnitSheet(sheet).params).toEqual({
    unit: "Phường Bến Thành",
    level: "xa",
    period: { year: 2025, part: "Q3" },
    code: "26743",
  });

  const [tier] = await Promise.all([
    page.waitForEvent("download", { timeout: 290_000 }),
    page.getByRole("button", { name: "Tải sổ trống cả cấp (.zip)" }).click(),
  ]);
  expect(tier.suggestedFilename()).toBe("CDS_2025-Q3_so_trong_Phuong_xa_dac_khu.zip");
  await result.filter({ hasText: "gồm 168 sổ trống" }).waitFor();
  const zip = await JSZip.loadAsync(fs.readFileSync(await tier.path()));
  const names = Object.keys(zip.files);
  expect(names).toHaveLength(168);
  expect(names).toContain("CDS_2025-Q3_26743_Phuong_Ben_Thanh.xlsx");
  expect(errors).toEqual([]);
  await page.close();
}, 300_000); // 168 workbooks made in the page: about 10 s on an idle machine, a minute on a loaded one

test("an .xlsx is downloaded as it came", async () => {
  const file = { fileName: "Tổng hợp toàn thành phố.xlsx", data: await zipOf(xlsxParts()) };
  const page = await context.newPage();
  const downloads = downloadsOf(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.goto(downloadPageUrl(file, `${origin}/taskpane.html`)),
  ]);
  expect(download.suggestedFilename()).toBe(file.fileName);
  expect(new Uint8Array(fs.readFileSync(await download.path()))).toEqual(file.data);
  await page.waitForTimeout(500);
  expect(downloads).toHaveLength(1);
  await page.close();
});

// Links anyone can write to the add-in's address, whole and consistent (size and CRC right): never a download.
const FORGED: [string, () => Promise<{ fileName: string; data: Uint8Array }>, RegExp][] = [
  [
    "the .exe of the issue, under a bidi name shown as “Bao_cao_exe.docx”",
    async () => ({ fileName: "Bao_cao_\u202Excod.exe", data: exe() }),
    /tên tệp có ký tự ẩn hoặc ký tự đảo chiều chữ \(U\+202E\)/,
  ],
  [
    "an .exe renamed .docx",
    async () => ({ fileName: "Bao_cao.docx", data: exe() }),
    /nội dung tệp Bao_cao\.docx không phải tài liệu Word hay bảng tính Excel hợp lệ \(không phải tệp ZIP\)/,
  ],
  [
    "a .docm",
    async () => ({ fileName: "Bao_cao.docm", data: await zipOf(docmParts()) }),
    /tên tệp phải có đuôi \.docx, \.xlsx hoặc \.zip \(tên này có đuôi \.docm\)/,
  ],
  [
    "a .docm renamed .docx",
    async () => ({ fileName: "Bao_cao.docx", data: await zipOf(docmParts()) }),
    /có macro hoặc điều khiển ActiveX \(word\/vbaProject\.bin\)/,
  ],
  [
    "a ZIP without [Content_Types].xml",
    async () => {
      const parts = Object.entries(docxParts()).filter(([n]) => n !== "[Content_Types].xml");
      return { fileName: "Bao_cao.docx", data: await zipOf(Object.fromEntries(parts)) };
    },
    /tệp không có \[Content_Types\]\.xml/,
  ],
  [
    "a .docx named as a .xlsx",
    async () => ({ fileName: "Bao_cao.xlsx", data: await docx() }),
    /có đuôi \.xlsx nhưng nội dung là tài liệu Word \(\.docx\)/,
  ],
];

test.each(FORGED)(
  "a forged link, %s: the Vietnamese refusal, no download",
  async (_, make, reason) => {
    const file = await make();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const downloads = downloadsOf(page);
    await page.goto(downloadPageUrl(file, `${origin}/taskpane.html`));
    const status = page.locator("#status");
    await expect(status.getAttribute("data-state")).resolves.toBe("error");
    const text = (await status.textContent()) ?? "";
    expect(text).toMatch(/^Không tải tệp này: /);
    expect(text).toMatch(reason);
    expect(text).toContain("Không có tệp nào được tải.");
    expect(text).not.toContain("\u202E");
    expect(text).not.toMatch(/đang được tải về/);
    await expect(page.locator("#file-link").isVisible()).resolves.toBe(false);
    await expect(page.locator("#file-link").getAttribute("href")).resolves.toBeNull();
    await expect(page.title()).resolves.toBe("CĐS Excel — Tải tệp");
    await page.waitForTimeout(500);
    expect(downloads).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.close();
  }
);

test("the page stays small: one script of under 16 KB (under 7 KB gzip), no ZIP library", async () => {
  const scripts: string[] = [];
  const page = await context.newPage();
  page.on("request", (r) => {
    if (r.url().endsWith(".js")) scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(`${origin}/download.html`);
  await expect(page.locator("#status").textContent()).resolves.toMatch(/không nhận được tệp nào/);
  expect(scripts).toEqual(["/download.js"]);
  const script = fs.readFileSync(path.join(DIST, "download.js"));
  expect(script.length).toBeLessThan(16_000);
  // 6,544 B gzip since it also checks a .zip of workbooks (each entry as a single .xlsx)
  expect(zlib.gzipSync(script).length).toBeLessThan(7_000);
  expect(script.toString()).not.toMatch(/JSZip|pako/);
  await page.close();
});
