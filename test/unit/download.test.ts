/**
 * @jest-environment jsdom
 *
 * Downloads: the file carried in the download page's URL fragment for Excel for Mac (whose web view ignores `<a
 * download>` and Blob URLs), the host detection, the download page rebuilding the identical file, and one download per
 * user action — a double click on "Xuất báo cáo (.docx)" included — through the whole task pane on a fake host.
 */
import fs from "fs";
import { TextDecoder, TextEncoder } from "util";
import path from "path";
import { createElement, StrictMode } from "react";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { startDownloadPage } from "../../src/download/page";
import App from "../../src/taskpane/components/App";
import { DownloadLink } from "../../src/taskpane/components/DownloadLink";
import {
  base64UrlDecode,
  base64UrlEncode,
  crc32,
  downloadPageUrl,
  fileFragment,
  MAX_URL_LENGTH,
  mimeType,
  planDownload,
  planNote,
  readFileFragment,
  type DownloadFile,
  type DownloadHost,
} from "../../src/handoff";
import { downloadHost } from "../../src/taskpane/downloadHost";
import { checkOffered } from "../../src/handoff";
import * as documents from "../../src/usecases/documents/documents";
import { fillReport, generateSheet } from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { A } from "../support/cityUnits";
import { typeReport } from "../sheet/support";
import { docmParts, docx, exe, zipOf } from "../support/officeZip";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom lacks the encoders every browser has; docx and JSZip need them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const TASKPANE = "https://cds.example.vn/addin/taskpane.html?_host_Info=Excel$Mac$16.01$vi-VN$$$$0";

/** Deterministic bytes of a given length (a stand-in for a .docx's deflated content). */
function bytes(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Real .docx files (what the page and the pane take), by the size of their padding. */
const DOCX = new Map<number, Uint8Array>();
beforeAll(async () => {
  for (const padding of [1000, 5000, 25_000, 800_000]) DOCX.set(padding, await docx(padding));
});
const docxOf = (padding: number) => DOCX.get(padding)!;

const LONG_NAME =
  "BaoCao_CDS_2025-Q3_phuong_tan_son_nhat & dac khu Con Dao #1 100%+ (bản sửa).docx";

describe("base64url and CRC-32", () => {
  test.each([0, 1, 2, 3, 4, 5, 6, 255, 256, 3 * 4096 - 1, 3 * 4096, 3 * 4096 + 1, 100_003])(
    "%i bytes: encoded as Node's base64url, decoded back identical",
    (length) => {
      const data = bytes(length, length + 1);
      const text = base64UrlEncode(data);
      expect(text).toBe(Buffer.from(data).toString("base64url"));
      expect(base64UrlDecode(text)).toEqual(data);
    }
  );

  test("every byte value survives", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64UrlDecode(base64UrlEncode(all))).toEqual(all);
  });

  test.each(["ab+c", "ab/c", "abc=", "abcé", "a b", "ab\u0080c"])("%j is not base64url", (text) => {
    expect(base64UrlDecode(text)).toBeNull();
  });

  test.each([1, 2, 3, 5, 9])(
    "a text cut by %i characters decodes to the whole bytes it still holds",
    (cut) => {
      const data = bytes(300);
      const text = base64UrlEncode(data);
      const kept = Math.floor(((text.length - cut) * 6) / 8);
      expect(base64UrlDecode(text.slice(0, text.length - cut))).toEqual(data.slice(0, kept));
    }
  );

  test.each([
    ["", 0],
    ["123456789", 0xcbf43926],
    ["The quick brown fox jumps over the lazy dog", 0x414fa339],
  ])("crc32(%j)", (text, crc) => {
    expect(crc32(new Uint8Array(Buffer.from(text, "utf8")))).toBe(crc);
  });
});

describe("the file in the download page's fragment", () => {
  test.each([
    ["BaoCao_CDS_2025-Q3_so_khoa_hoc_va_cong_nghe.docx", 18_310],
    [LONG_NAME, 40_000],
    ["Mẫu báo cáo đã điền (Phường Bến Thành).docx", 1],
    ["empty.docx", 0],
  ])("%s (%i bytes): rebuilt identical, with its name", (fileName, length) => {
    const file = { fileName, data: bytes(length) };
    const url = downloadPageUrl(file, TASKPANE);
    expect(url.startsWith("https://cds.example.vn/addin/download.html#v=1&")).toBe(true);
    const parsed = new URL(url);
    expect(parsed.search).toBe(""); // nothing for a server: the whole file is in the fragment
    expect(readFileFragment(parsed.hash)).toEqual({ ok: true, file });
  });

  test("a 18 KB report makes a URL of about 24,500 characters", () => {
    const url = downloadPageUrl({ fileName: "BaoCao.docx", data: bytes(18_310) }, TASKPANE);
    expect(url.length).toBeGreaterThan(24_400);
    expect(url.length).toBeLessThan(24_600);
  });

  const good = fileFragment({ fileName: "BaoCao.docx", data: bytes(3000) });
  const edit = (from: string | RegExp, to: string) => "#" + good.replace(from, to);
  test.each<[string, string, RegExp]>([
    ["no fragment", "", /không nhận được tệp nào/],
    ["a fragment without data", "#v=1&name=a.docx", /không nhận được tệp nào/],
    ["another format", edit("v=1", "v=2"), /phiên bản CĐS Excel khác/],
    ["no name", edit(/name=[^&]*/, "name=%20"), /thiếu tên tệp/],
    ["no size", edit(/size=\d+/, "size=x"), /BaoCao\.docx bị hỏng \(thiếu kích thước/],
    [
      "no CRC",
      edit(/crc=[0-9a-f]+/, "crc=zz"),
      /BaoCao\.docx bị hỏng \(thiếu kích thước hoặc mã kiểm tra/,
    ],
    ["a foreign character", edit(/data=(.{10})/, "data=$1*"), /BaoCao\.docx bị hỏng \(có ký tự lạ/],
    [
      "a URL cut short",
      "#" + good.slice(0, good.length - 400),
      /nhận được không đủ: 2700 trên 3000 byte/,
    ],
    ["a changed character", edit(/data=(.{20})(.)/, "data=$1A"), /bị sai lệch/],
  ])("%s: refused with a message for the analyst", (_, hash, message) => {
    const read = readFileFragment(hash);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toMatch(message);
      expect(read.message).toContain("Hãy quay lại Excel và bấm lại nút tải tệp.");
    }
  });

  test("MIME types from the extension", () => {
    expect(mimeType("a.DOCX")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    expect(mimeType("a.xlsx")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    expect(mimeType("a")).toBe("application/octet-stream");
  });
});

describe("the plan per host", () => {
  const file = { fileName: "BaoCao.docx", data: bytes(20_000) };
  const open = jest.fn();

  test("a browser-like host (Windows, the web): the page's own link, no note", () => {
    const plan = planDownload(file, { kind: "browser" }, TASKPANE);
    expect(plan).toEqual({ kind: "link" });
    expect(planNote(plan, file)).toBeNull();
  });

  test("Mac: the download page in the browser, and the analyst is told", () => {
    const plan = planDownload(file, { kind: "external", open }, TASKPANE);
    expect(plan).toMatchObject({ kind: "browser-window", url: downloadPageUrl(file, TASKPANE) });
    expect(planNote(plan, file)).toBe(
      "Excel trên máy Mac (và iPad) không tải tệp trực tiếp từ phần bổ trợ được: tệp BaoCao.docx sẽ mở trong trình duyệt để tải về. Nếu trình duyệt chưa mở, bấm nút bên dưới."
    );
  });

  test("Mac, a file too large for one URL: not sent, the analyst is told what to do", () => {
    const fits = { fileName: "a.docx", data: bytes(700_000) };
    expect(planDownload(fits, { kind: "external", open }, TASKPANE).kind).toBe("browser-window");
    const big = { fileName: "Mẫu có ảnh.docx", data: bytes(760_000) };
    const plan = planDownload(big, { kind: "external", open }, TASKPANE);
    expect(plan.kind).toBe("too-large");
    if (plan.kind === "too-large") expect(plan.urlLength).toBeGreaterThan(MAX_URL_LENGTH);
    expect(planNote(plan, big)).toMatch(
      /tệp Mẫu có ảnh\.docx \(743 KB\) quá lớn để chuyển sang trình duyệt \(tối đa khoảng 731 KB\)/
    );
    expect(planNote(plan, big)).toMatch(/Excel trên web .* hoặc Excel trên Windows/);
    expect(open).not.toHaveBeenCalled();
  });

  test("Mac without OpenBrowserWindowApi: said plainly", () => {
    const plan = planDownload(file, { kind: "blocked" }, TASKPANE);
    expect(plan).toEqual({ kind: "blocked" });
    expect(planNote(plan, file)).toMatch(
      /chưa mở được trình duyệt cho phần bổ trợ\. Hãy cập nhật Excel/
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A fake Office: the platform, OpenBrowserWindowApi support, and a recorder of the URLs opened.

interface FakeOffice {
  readonly opened: string[];
}

function installOffice(platform: string | undefined, openBrowserWindowApi = true): FakeOffice {
  const opened: string[] = [];
  (globalThis as Record<string, unknown>).Office = {
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    context: {
      platform,
      ui: { openBrowserWindow: (url: string) => void opened.push(url) },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          openBrowserWindowApi && name === "OpenBrowserWindowApi" && version === "1.1",
      },
    },
  };
  return { opened };
}

function removeOffice() {
  delete (globalThis as Record<string, unknown>).Office;
}

describe("host detection (host.ts)", () => {
  afterEach(removeOffice);

  test.each<[string | undefined, boolean, DownloadHost["kind"]]>([
    ["Mac", true, "external"],
    ["iOS", true, "external"],
    ["Mac", false, "blocked"],
    ["PC", true, "browser"],
    ["OfficeOnline", true, "browser"],
    [undefined, true, "browser"],
  ])("platform %s, OpenBrowserWindowApi %s: %s", (platform, api, kind) => {
    const office = installOffice(platform, api);
    const host = downloadHost();
    expect(host.kind).toBe(kind);
    if (host.kind === "external") {
      host.open("https://cds.example.vn/download.html#x");
      expect(office.opened).toEqual(["https://cds.example.vn/download.html#x"]);
    }
  });

  test("outside Office (the preview, a plain browser): the page's own download", () => {
    removeOffice();
    expect(downloadHost()).toEqual({ kind: "browser" });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The DOM: anchor clicks counted (jsdom cannot navigate), object URLs recorded with their blobs.

let anchorClicks: { download: string; href: string }[] = [];
let blobs: Map<string, Blob>;
let revoked: string[];

beforeEach(() => {
  anchorClicks = [];
  blobs = new Map();
  revoked = [];
  let n = 0;
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    anchorClicks.push({ download: this.download, href: this.getAttribute("href") ?? "" });
  });
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:https://cds.example.vn/${++n}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
});

afterEach(() => {
  jest.restoreAllMocks();
  removeOffice();
});

async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(
    await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blob);
    })
  );
}

describe("the download page", () => {
  const html = fs.readFileSync(path.join(__dirname, "../../src/download/download.html"), "utf8");
  const body = /<body>([\s\S]*)<\/body>/.exec(html)![1];

  function openPage(hash: string) {
    document.body.innerHTML = body;
    window.history.replaceState(null, "", `/addin/download.html${hash}`);
    return startDownloadPage(window);
  }

  test("rebuilds the identical bytes under the file's name, starts one download, clears the address bar", async () => {
    const file = { fileName: LONG_NAME, data: docxOf(25_000) };
    const url = new URL(downloadPageUrl(file, TASKPANE));
    const out = openPage(url.hash);
    expect(out.file).toEqual(file);
    expect(anchorClicks).toEqual([{ download: LONG_NAME, href: out.href }]);
    const blob = blobs.get(out.href!)!;
    expect(blob.type).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    expect(await blobBytes(blob)).toEqual(file.data);
    const link = document.getElementById("file-link") as HTMLAnchorElement;
    expect(link.hidden).toBe(false);
    expect(link.textContent).toBe(`Tải tệp ${LONG_NAME}`);
    expect(document.getElementById("status")!.textContent).toMatch(
      /^Tệp .* \(26 KB\) do CĐS Excel tạo đang được tải về\./
    );
    expect(window.location.hash).toBe("");
  });

  test("a cut URL: no download, the message says so", () => {
    const file = { fileName: "BaoCao.docx", data: docxOf(25_000) };
    const hash = new URL(downloadPageUrl(file, TASKPANE)).hash;
    const out = openPage(hash.slice(0, 20_000));
    expect(out.file).toBeNull();
    expect(anchorClicks).toEqual([]);
    const status = document.getElementById("status")!;
    expect(status.dataset.state).toBe("error");
    expect(status.textContent).toMatch(/Tệp BaoCao\.docx nhận được không đủ/);
    expect((document.getElementById("file-link") as HTMLAnchorElement).hidden).toBe(true);
  });

  // Links anyone can write: the fragment's size and CRC match, the file is not what the add-in makes.
  test.each<[string, () => Promise<DownloadFile>, RegExp]>([
    [
      "the .exe of the issue, under a bidi name shown as “Bao_cao_exe.docx”",
      async () => ({ fileName: "Bao_cao_\u202Excod.exe", data: exe() }),
      /^Không tải tệp này: tên tệp có ký tự ẩn hoặc ký tự đảo chiều chữ \(U\+202E\)/,
    ],
    [
      "an .exe renamed .docx",
      async () => ({ fileName: "Bao_cao.docx", data: exe() }),
      /nội dung tệp Bao_cao\.docx không phải tài liệu Word hay bảng tính Excel hợp lệ \(không phải tệp ZIP\)/,
    ],
    [
      "a .docm renamed .docx",
      async () => ({ fileName: "Bao_cao.docx", data: await zipOf(docmParts()) }),
      /có macro hoặc điều khiển ActiveX/,
    ],
    [
      "a .docm under its own name",
      async () => ({ fileName: "Bao_cao.docm", data: await zipOf(docmParts()) }),
      /phải có đuôi \.docx, \.xlsx hoặc \.zip \(tên này có đuôi \.docm\)/,
    ],
    [
      "a .docx under a path",
      async () => ({ fileName: "../../Bao_cao.docx", data: docxOf(1000) }),
      /ký tự không được phép/,
    ],
  ])(
    "a forged link, %s: refused with the reason, no download, no name in the title",
    async (_, make, message) => {
      const file = await make();
      const out = openPage(new URL(downloadPageUrl(file, TASKPANE)).hash);
      expect(out).toEqual({ file: null, href: null });
      expect(anchorClicks).toEqual([]);
      const status = document.getElementById("status")!;
      expect(status.dataset.state).toBe("error");
      expect(status.textContent).toMatch(message);
      expect(status.textContent).toContain("Không có tệp nào được tải.");
      expect(status.textContent).not.toContain("\u202E");
      expect(status.textContent).not.toContain("do CĐS Excel tạo đang được tải về");
      const link = document.getElementById("file-link") as HTMLAnchorElement;
      expect(link.hidden).toBe(true);
      expect(link.getAttribute("href")).toBeNull();
      expect(blobs.size).toBe(0);
    }
  );

  test("a cut link under a bidi name: the message shows the name's hidden character as a code point", () => {
    const file = { fileName: "Bao_cao_\u202Excod.docx", data: docxOf(5000) };
    const hash = new URL(downloadPageUrl(file, TASKPANE)).hash;
    openPage(hash.slice(0, hash.length - 200));
    const status = document.getElementById("status")!.textContent!;
    expect(status).toContain("Tệp Bao_cao_[U+202E]xcod.docx nhận được không đủ");
    expect(status).not.toContain("\u202E");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// React: the link component and the whole task pane.

let root: Root | null = null;
let container: HTMLElement;

async function render(element: ReturnType<typeof createElement>) {
  container = document.createElement("div");
  document.body.replaceChildren(container);
  root = createRoot(container);
  await act(async () => root!.render(element));
}

afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  root = null;
});

describe("DownloadLink: one automatic download per made file", () => {
  test("browser host, StrictMode (effects run twice): one anchor click, the object URL made in an effect and revoked later", async () => {
    jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
    try {
      const file: DownloadFile = { fileName: "BaoCao.docx", data: docxOf(5000) };
      await render(
        createElement(
          StrictMode,
          null,
          createElement(DownloadLink, { file, host: { kind: "browser" } })
        )
      );
      expect(anchorClicks).toHaveLength(1);
      expect(anchorClicks[0].download).toBe("BaoCao.docx");
      const link = container.querySelector<HTMLAnchorElement>("[data-testid=download]")!;
      expect(link.getAttribute("href")).toBe(anchorClicks[0].href);
      expect(await blobBytes(blobs.get(anchorClicks[0].href)!)).toEqual(file.data);
      // a re-render of the same file starts nothing
      await act(async () =>
        root!.render(
          createElement(
            StrictMode,
            null,
            createElement(DownloadLink, { file, host: { kind: "browser" } })
          )
        )
      );
      expect(anchorClicks).toHaveLength(1);
      // the link is still usable right after it goes; its URL is released later
      await act(async () => root!.unmount());
      root = null;
      expect(revoked).not.toContain(anchorClicks[0].href);
      jest.advanceTimersByTime(60_000);
      expect(revoked).toContain(anchorClicks[0].href);
    } finally {
      jest.useRealTimers();
    }
  });

  test("Mac host, StrictMode: one browser window, no anchor; the button opens it again on request", async () => {
    const opened: string[] = [];
    const file: DownloadFile = { fileName: "BaoCao.docx", data: docxOf(5000) };
    const host: DownloadHost = { kind: "external", open: (url) => void opened.push(url) };
    await render(
      createElement(StrictMode, null, createElement(DownloadLink, { file, host, base: TASKPANE }))
    );
    expect(opened).toEqual([downloadPageUrl(file, TASKPANE)]);
    expect(anchorClicks).toEqual([]);
    expect(container.querySelector("[data-testid=download-note]")!.textContent).toMatch(
      /sẽ mở trong trình duyệt để tải về/
    );
    const button = container.querySelector<HTMLButtonElement>("button[data-testid=download]")!;
    expect(button.textContent).toBe("Mở trình duyệt để tải BaoCao.docx");
    await act(async () => button.click());
    expect(opened).toHaveLength(2);
  });

  test("a made file whose name a colleague chose (a template's): offered under the clean name, and the page takes its link", async () => {
    const opened: string[] = [];
    const file: DownloadFile = {
      fileName: "Mẫu\u202Excod\u200B.docx_da_dien.docx",
      data: docxOf(1000),
    };
    await render(createElement(DownloadLink, { file, host: { kind: "browser" } }));
    expect(anchorClicks).toEqual([
      { download: "Mẫuxcod.docx_da_dien.docx", href: expect.any(String) },
    ]);
    expect(container.textContent).toBe("Tải tệp Mẫuxcod.docx_da_dien.docx");
    await act(async () => root!.unmount());
    await render(
      createElement(DownloadLink, {
        file: { ...file },
        host: { kind: "external", open: (u) => void opened.push(u) },
        base: TASKPANE,
      })
    );
    expect(opened).toHaveLength(1);
    const read = readFileFragment(new URL(opened[0]).hash);
    expect(read).toEqual({
      ok: true,
      file: { fileName: "Mẫuxcod.docx_da_dien.docx", data: file.data },
    });
    if (read.ok) expect(checkOffered(read.file)).toMatchObject({ ok: true, kind: "docx" });
  });

  test.each(["browser", "external"] as const)(
    "%s host, a made file with macros: no link, no window, the pane says why",
    async (kind) => {
      const opened: string[] = [];
      const file: DownloadFile = { fileName: "Mẫu_da_dien.docx", data: await zipOf(docmParts()) };
      const host: DownloadHost =
        kind === "browser" ? { kind } : { kind, open: (u) => void opened.push(u) };
      await render(createElement(DownloadLink, { file, host, base: TASKPANE }));
      expect(anchorClicks).toEqual([]);
      expect(opened).toEqual([]);
      expect(blobs.size).toBe(0);
      expect(container.querySelector("a, button")).toBeNull();
      expect(container.querySelector("[data-testid=download-refused]")!.textContent).toMatch(
        /^Không tải tệp này: nội dung tệp Mẫu_da_dien\.docx .*có macro/
      );
    }
  );

  test("Mac host, file too large: no window, no silent anchor click, the note says what to do", async () => {
    const opened: string[] = [];
    const file: DownloadFile = { fileName: "Mẫu.docx", data: docxOf(800_000) };
    await render(
      createElement(DownloadLink, {
        file,
        host: { kind: "external", open: (u) => void opened.push(u) },
        base: TASKPANE,
      })
    );
    expect(opened).toEqual([]);
    expect(anchorClicks).toEqual([]);
    expect(container.querySelector("[data-testid=download-note]")!.textContent).toMatch(
      /quá lớn để chuyển sang trình duyệt/
    );
    expect(container.querySelector("[data-testid=download]")!.textContent).toBe(
      "Thử tải trực tiếp tệp Mẫu.docx"
    );
  });

  test("Mac host, Excel refuses to open the browser: said, and the button tries again", async () => {
    let refuse = true;
    const opened: string[] = [];
    const open = (url: string) => {
      if (refuse) throw new Error("Internal Error");
      opened.push(url);
    };
    const file: DownloadFile = { fileName: "BaoCao.docx", data: docxOf(1000) };
    await render(
      createElement(DownloadLink, { file, host: { kind: "external", open }, base: TASKPANE })
    );
    const note = () => container.querySelector("[data-testid=download-note]")!.textContent;
    expect(note()).toBe(
      "Excel không mở được trình duyệt để tải tệp BaoCao.docx (Internal Error). Bấm lại nút bên dưới; nếu vẫn không được: Hãy mở sổ làm việc này bằng Excel trên web (trong trình duyệt) hoặc Excel trên Windows rồi bấm lại nút để tải tệp."
    );
    refuse = false;
    await act(async () =>
      container.querySelector<HTMLButtonElement>("button[data-testid=download]")!.click()
    );
    expect(opened).toEqual([downloadPageUrl(file, TASKPANE)]);
    expect(note()).toMatch(/sẽ mở trong trình duyệt để tải về/);
  });
});

describe("the task pane: one user action gives one file", () => {
  jest.setTimeout(60_000); // the export's code loads on first use, and docx is slow in jsdom
  const EXPORT = "Xuất báo cáo (.docx)";
  let exported: Uint8Array[];

  /** A workbook with the unit's sheet generated, typed and filled, and the form set to that unit. */
  async function pane() {
    const port = new MemoryWorkbook();
    const { sheet } = await generateSheet(port, A);
    typeReport(port, sheet);
    await fillReport(port, { params: A });
    const form = { unit: A.unit, level: A.level, year: A.period.year, part: A.period.part };
    await render(createElement(App, { port, memory: { load: () => form, save: () => undefined } }));
  }

  beforeEach(() => {
    exported = [];
    const real = documents.exportReport;
    jest.spyOn(documents, "exportReport").mockImplementation(async (...args) => {
      const out = await real(...args);
      exported.push(out.data);
      return out;
    });
  });

  async function button(text: string): Promise<HTMLButtonElement> {
    for (let i = 0; i < 200; i++) {
      const found = [...container.querySelectorAll("button")].find(
        (b) => b.textContent?.trim() === text
      );
      if (found) return found;
      await act(() => new Promise((r) => setTimeout(r, 10)));
    }
    throw new Error(`no button "${text}"`);
  }

  /** Waits until the report part shows its outcome (the result message). */
  async function settled(count: number) {
    for (let i = 0; i < 1000; i++) {
      if (container.querySelector("[data-intent=error]")) break;
      if (
        exported.length >= count &&
        container.querySelector("[data-testid=result]") &&
        !container.querySelector("[role=progressbar]")
      )
        return;
      await act(() => new Promise((r) => setTimeout(r, 10)));
    }
    throw new Error(`the export did not finish: ${container.textContent?.slice(0, 1500)}`);
  }

  const click = (el: HTMLElement, detail: number) =>
    act(
      async () =>
        void el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, detail }))
    );

  test("browser host: two clicks in quick succession give one download of the report", async () => {
    await pane();
    const exportButton = await button(EXPORT);
    await click(exportButton, 1);
    await click(exportButton, 2);
    await settled(1);
    expect(exported).toHaveLength(1);
    expect(anchorClicks).toHaveLength(1);
    expect(anchorClicks[0].download).toBe("BaoCao_CDS_2025-Q3_so_khoa_hoc_va_cong_nghe.docx");
    expect(await blobBytes(blobs.get(anchorClicks[0].href)!)).toEqual(exported[0]);
  });

  test("browser host: a double click whose second click comes after a quick export ended is still one download; a later click is another", async () => {
    // no clock decides it: the second click of a double click says so in its detail
    await pane();
    const exportButton = await button(EXPORT);
    await click(exportButton, 1);
    await settled(1);
    expect(anchorClicks).toHaveLength(1);
    await click(await button(EXPORT), 2); // the second click of the double click, the export already done
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(exported).toHaveLength(1);
    expect(anchorClicks).toHaveLength(1);
    await click(await button(EXPORT), 1); // a new click, however soon: a new file
    await settled(2);
    expect(exported).toHaveLength(2);
    expect(anchorClicks).toHaveLength(2);
  });

  test("browser host: a press that lands while an action runs is said, never dropped in silence", async () => {
    await pane();
    const exportButton = await button(EXPORT);
    // both presses land before React has re-rendered the buttons as disabled
    await act(async () => {
      exportButton.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
      exportButton.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
    });
    await settled(1);
    expect(exported).toHaveLength(1);
    expect(container.querySelector("[data-testid=not-run]")?.textContent).toBe(
      "Lúc bấm “Xuất báo cáo (.docx)”, CĐS Excel đang thực hiện “Xuất báo cáo (.docx)”: “Xuất báo cáo (.docx)” chưa được thực hiện, hãy bấm lại khi xong."
    );
    // the next press runs, and the note goes
    await click(await button(EXPORT), 1);
    await settled(2);
    expect(exported).toHaveLength(2);
    expect(container.querySelector("[data-testid=not-run]")).toBeNull();
  });

  test("Mac host: the double click opens one browser window whose page rebuilds the identical report", async () => {
    const office = installOffice("Mac");
    window.history.replaceState(
      null,
      "",
      "/addin/taskpane.html?_host_Info=Excel$Mac$16.01$vi-VN$$$$0"
    );
    await pane();
    const exportButton = await button(EXPORT);
    await click(exportButton, 1);
    await click(exportButton, 2);
    await settled(1);
    expect(anchorClicks).toEqual([]);
    expect(office.opened).toHaveLength(1);
    const url = new URL(office.opened[0]);
    expect(url.origin).toBe(window.location.origin);
    expect(url.pathname).toBe("/addin/download.html"); // next to the task pane
    expect(url.search).toBe("");
    const read = readFileFragment(url.hash);
    expect(read).toEqual({
      ok: true,
      file: { fileName: "BaoCao_CDS_2025-Q3_so_khoa_hoc_va_cong_nghe.docx", data: exported[0] },
    });
    expect(container.textContent).toContain(
      "tệp BaoCao_CDS_2025-Q3_so_khoa_hoc_va_cong_nghe.docx sẽ mở trong trình duyệt để tải về"
    );
  });

  test("Windows: the normal download, no browser window", async () => {
    const office = installOffice("PC");
    await pane();
    await click(await button(EXPORT), 1);
    await settled(1);
    expect(office.opened).toEqual([]);
    expect(anchorClicks).toHaveLength(1);
  });
});
