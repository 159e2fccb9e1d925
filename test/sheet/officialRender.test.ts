/** @jest-environment node */
/**
 * The report rendered by LibreOffice (headless, a private profile per run): its page count is what the report and the
 * table need, page 1 carries the header blocks and no page number, page 2 has "2" at its top, the appendix counts
 * its own pages and repeats the table's header on each. Needs LibreOffice and poppler-utils: the test says how to
 * install them when they are missing.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import { exportReport, reminderLetter } from "../../src/usecases";
import { A, PERIOD } from "../support/cityUnits";
import { INSTALL } from "../support/libreoffice";
import { cityWorkbook, SETTINGS, unitWorkbook } from "../support/officialDocs";

jest.setTimeout(240_000); // LibreOffice's first start with a fresh profile takes a while on a busy machine

function tool(cmd: string, args: string[], timeout = 180_000): string {
  const run = spawnSync(cmd, args, { encoding: "utf8", timeout });
  if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT")
    throw new Error(`${cmd} is missing: install LibreOffice and poppler-utils (${INSTALL})`);
  if (run.status !== 0)
    throw new Error(`${cmd} ${args.join(" ")} failed (${run.status}): ${run.stderr || run.stdout}`);
  return run.stdout;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cds-render-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The .docx as LibreOffice prints it: the PDF's path and its page count. */
function render(name: string, data: Uint8Array): { pdf: string; pages: number } {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, data);
  tool("soffice", [
    `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    dir,
    docx,
  ]);
  const pdf = join(dir, `${name}.pdf`);
  const info = tool("pdfinfo", [pdf]);
  return { pdf, pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]) };
}

/** A page's text lines, blank lines dropped. */
function pageLines(pdf: string, page: number): string[] {
  return tool("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"])
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

describe("the report as LibreOffice prints it", () => {
  let pdf: string;
  let pages: number;
  beforeAll(async () => {
    const out = await exportReport(await unitWorkbook(), { params: A, settings: SETTINGS });
    ({ pdf, pages } = render("report", out.data));
    // PNGs of the pages, at 60 dpi, to look at (kept only while the test runs)
    tool("pdftoppm", ["-png", "-r", "60", pdf, join(dir, "page")]);
  });

  test("page 1: the header blocks, and no page number", () => {
    const lines = pageLines(pdf, 1);
    const text = lines.join("\n");
    for (const words of [
      "ỦY BAN NHÂN DÂN THÀNH PHỐ",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 05/BC-SKHCN",
      "Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026",
      "BÁO CÁO",
      "Kính gửi: Ủy ban nhân dân Thành phố Hồ Chí Minh.",
    ])
      expect(text).toContain(words);
    expect(lines[0]).toMatch(/ỦY BAN NHÂN DÂN THÀNH PHỐ\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(lines.some((l) => /^\d+$/.test(l))).toBe(false);
  });

  test("page 2 has its number at its top; the appendix starts at 1 again, its page 2 says 2", () => {
    expect(pageLines(pdf, 2)[0]).toBe("2");
    const first = Array.from({ length: pages }, (_, i) => i + 1).find((p) =>
      pageLines(pdf, p).includes("Phụ lục")
    )!;
    expect(first).toBeGreaterThan(1);
    const appendix = pageLines(pdf, first);
    expect(appendix[0]).toBe("Phụ lục"); // no number on the appendix's first page
    expect(pageLines(pdf, first + 1)[0]).toBe("2");
  });

  test("the page count is what the report and the table need: the table's header repeats on every page of it", () => {
    const all = Array.from({ length: pages }, (_, i) => pageLines(pdf, i + 1));
    const first = all.findIndex((l) => l.includes("Phụ lục")) + 1;
    // the report: header, summary (18 Chưa đạt named with their titles), signature — 3 pages of 14 pt
    expect(first - 1).toBe(3);
    expect(all[first - 2].join("\n")).toContain("Nguyễn Văn A"); // the signature closes the report's last page
    // the appendix: 77 indicator rows and 5 pillar headings of 12 pt, many on two to five lines, on landscape A4 — 9 pages, each with the header
    expect(pages - first + 1).toBe(9);
    for (const lines of all.slice(first - 1))
      expect(lines.join(" ")).toMatch(/STT\s+Chỉ tiêu\s+Số liệu tổng hợp\s+Đánh giá\s+Ghi chú/);
    expect(all[pages - 1].join("\n")).toMatch(/^41\./m); // the last indicator ends the last page
    expect(readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f))).toHaveLength(pages);
  });
});

describe("the reminder letter as LibreOffice prints it", () => {
  test("one page: the letter's header, V/v under the number, the units, the signature", async () => {
    const out = await reminderLetter(await cityWorkbook(), { period: PERIOD, settings: SETTINGS });
    const { pdf, pages } = render("letter", out.data);
    expect(pages).toBe(1);
    const text = pageLines(pdf, 1).join("\n");
    expect(text).toMatch(/Số: 05\/SKHCN-CĐS\s+Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026/);
    expect(text).toContain("V/v đôn đốc gửi báo cáo các chỉ tiêu");
    expect(text).toContain("- Phường Tân Định: chưa nộp báo cáo;");
    expect(text).toContain("Nguyễn Văn A");
  });
});
