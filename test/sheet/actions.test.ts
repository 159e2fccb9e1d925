/**
 * The task pane's table of actions: one row per button, its words from BUTTONS, and each row's work — its chunk, its
 * use case and how its outcome is told — run against the in-memory workbook as the pane runs it.
 */
import { BUTTONS } from "../../src/core";
import { ACTIONS, actionsOf, type ActionContext } from "../../src/taskpane/actions";
import { defaultForm, type FormValues } from "../../src/taskpane/formMemory";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { smallTemplate } from "../support/docxText";
import { Packer } from "docx";
import JSZip from "jszip";
import { checkOffered } from "../../src/handoff";
import { PARAMS, typeReport } from "./support";
import { evaluate } from "../../src/core";
import { buildReviewSheet, reviewLines, standardRows } from "../../src/sheets";
import { readReplyWorkbook } from "../../src/formats";
import { INPUTS } from "../support/unitReport";

const byId = (id: string) => ACTIONS.find((a) => a.id === id)!;

function context(port: MemoryWorkbook, extra: Partial<ActionContext> = {}): ActionContext {
  const form: FormValues = {
    ...defaultForm(new Date(2025, 7, 1)),
    unit: PARAMS.unit,
    level: PARAMS.level,
    year: PARAMS.period.year,
    part: PARAMS.period.part,
  };
  return {
    port,
    form,
    params: PARAMS,
    pickedFiles: async () => [],
    step: () => {},
    rosterChanged: () => {},
    ...extra,
  };
}

describe("the actions' table", () => {
  test("one row per button, labelled with the button's words, in the pane's order", () => {
    expect(ACTIONS.map((a) => a.id)).toEqual(Object.keys(BUTTONS));
    for (const a of ACTIONS) expect(a.label).toBe(BUTTONS[a.id]);
    expect(actionsOf("sheet").map((a) => a.id)).toEqual([
      "generate",
      "validate",
      "fill",
      "compare",
      "finalize",
      "reopen",
      "receiveReply",
    ]);
    expect(actionsOf("city").map((a) => a.id)).toEqual([
      "roster",
      "consolidate",
      "blankUnit",
      "blankTier",
      "review",
      "sendReply",
      "sendReplies",
    ]);
    expect(actionsOf("report").map((a) => a.id)).toEqual([
      "fillSheet",
      "fillDocx",
      "export",
      "reminder",
    ]);
    // the unit's steps are numbered, each once; 2 is the typing step, which has no button
    const markers = actionsOf("sheet").map((a) => a.step?.marker);
    expect(markers).toEqual([1, 3, 4, 5, 6, 7, 8]);
  });

  test("generate, check and fill run their use cases and tell their outcomes", async () => {
    const wb = new MemoryWorkbook();
    const generated = await byId("generate").perform(context(wb));
    expect(generated.notice.title).toBe("Đã tạo bảng chỉ tiêu");
    const sheet = wb.sheetNames()[0];
    typeReport(wb, sheet, { "16.1": 700, "16.2": 600 });

    const checked = await byId("validate").perform(context(wb));
    expect(checked.detail?.kind).toBe("violations");
    expect(checked.notice.title).toMatch(/^Phát hiện \d+ vi phạm$/);

    const filled = await byId("fill").perform(context(wb));
    expect(filled.notice.title).toBe("Đã điền báo cáo");
    expect(filled.detail?.kind).toBe("summary");
  });

  test("the roster's row tells the unit field that the roster changed", async () => {
    const wb = new MemoryWorkbook();
    const changed = jest.fn();
    const made = await byId("roster").perform(context(wb, { rosterChanged: changed }));
    expect(made.notice.title).toBe("Đã tạo danh sách đơn vị");
    expect(changed).toHaveBeenCalledTimes(1);
  });

  test("a file button runs on the file it was given; the documents come back as downloads", async () => {
    const wb = new MemoryWorkbook();
    await byId("generate").perform(context(wb));
    const exported = await byId("export").perform(context(wb));
    expect(exported.detail?.kind).toBe("download");

    const template = await Packer.toBuffer(smallTemplate());
    const file = new File([new Uint8Array(template)], "mau.docx");
    const filled = await byId("fillDocx").perform(context(wb, { file }));
    expect(filled.notice.title).toBe("Đã điền tệp mẫu");
    expect(filled.detail?.kind).toBe("download");
  });

  test("the blank workbooks come back as downloads: one unit's .xlsx, a tier's .zip", async () => {
    const wb = new MemoryWorkbook();
    const unit = { unit: "Phường Bến Thành", level: "xa" as const, period: PARAMS.period };
    const one = await byId("blankUnit").perform(context(wb, { params: unit }));
    expect(one.notice.title).toBe("Đã tạo sổ trống cho đơn vị");
    expect(one.notice.lines[0]).toBe(
      "Tệp “CDS_2025-Q3_26743_Phuong_Ben_Thanh.xlsx”: bảng chỉ tiêu Quý III năm 2025 của Phường Bến Thành (mã 26743)."
    );
    expect(one.detail?.kind === "download" && one.detail.file.fileName).toMatch(/\.xlsx$/);
    const tier = await byId("blankTier").perform(context(wb, { params: unit }));
    expect(tier.notice.title).toBe("Đã tạo sổ trống cho cả cấp");
    expect(tier.notice.lines[0]).toMatch(
      /^Tệp “CDS_2025-Q3_so_trong_Phuong_xa_dac_khu\.zip” gồm 168 sổ trống/
    );
    expect(tier.detail?.kind === "download" && tier.detail.file.fileName).toMatch(/\.zip$/);
  }, 120_000);

  test("the consolidation reads the files picked in the city's part", async () => {
    const wb = new MemoryWorkbook();
    await byId("generate").perform(context(wb));
    const picked = jest.fn(async () => []);
    const city = await byId("consolidate").perform(context(wb, { pickedFiles: picked }));
    expect(picked).toHaveBeenCalledTimes(1);
    expect(city.notice.title).toBe("Đã tổng hợp toàn thành phố");
    expect(city.detail?.kind).toBe("tiers");
  });

  test("the reminder letter: after the consolidation, a download naming who to chase; the document's words from the form", async () => {
    const wb = new MemoryWorkbook();
    await byId("generate").perform(context(wb));
    await expect(byId("reminder").perform(context(wb))).rejects.toThrow(
      /Chưa có trang “CĐS 2025-Q3 Tình hình nộp”/
    );
    await byId("consolidate").perform(context(wb));
    const base = context(wb);
    const told = await byId("reminder").perform({
      ...base,
      form: { ...base.form, document: { ...base.form.document, letterSymbol: "SKHCN-CĐS" } },
    });
    expect(told.notice.title).toBe("Đã tạo công văn đôn đốc");
    expect(told.notice.lines[0]).toMatch(/gửi 168 đơn vị chưa nộp\.$/);
    expect(told.detail?.kind).toBe("download");
    const file = told.detail?.kind === "download" ? told.detail.file : null;
    const xml = await (
      await JSZip.loadAsync(file!.data)
    )
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("/SKHCN-CĐS</w:t>");
  });

  test("the reply of the pane's unit comes back as a download, from its review sheet in the workbook", async () => {
    const wb = new MemoryWorkbook();
    const lines = reviewLines(evaluate(INPUTS, { level: PARAMS.level }));
    const spec = buildReviewSheet({
      ...PARAMS,
      version: 1,
      fingerprint: "c".repeat(64),
      state: null,
      lines,
    });
    await wb.writeSheet(spec);
    // typed as the city types it: the state from its drop-down, a comment starting with "="
    expect(wb.type(spec.name, "B6", "Cần giải trình")).toBeNull();
    expect(wb.type(spec.name, `F${standardRows()["16.1"] + 1}`, "=gấp đôi?")).toBeNull();
    const sent = await byId("sendReply").perform(context(wb));
    expect(sent.notice.title).toBe("Đã tạo tệp ý kiến cho đơn vị");
    expect(sent.notice.lines[0]).toContain(
      "1 ý kiến, kết quả rà soát “Cần giải trình”, về lần chốt 1"
    );
    expect(sent.detail?.kind).toBe("download");
    const file = sent.detail?.kind === "download" ? sent.detail.file : null;
    const reply = await readReplyWorkbook(file!.data, file!.fileName);
    expect(reply.comments.map((c) => [c.id, c.comment])).toEqual([["16.1", "=gấp đôi?"]]);
  });

  test("the replies of every unit needing an answer, one .xlsx each in a .zip the download page hands out", async () => {
    const wb = new MemoryWorkbook();
    const lines = reviewLines(evaluate(INPUTS, { level: PARAMS.level }));
    const units = ["Phường Tân Định", "Phường Sài Gòn", "Phường Bến Thành"];
    const states = ["Cần giải trình", "Đã duyệt", "Cần giải trình"];
    for (const [i, unit] of units.entries()) {
      const spec = buildReviewSheet({
        ...PARAMS,
        unit,
        code: undefined,
        version: 1,
        fingerprint: String(i).repeat(64),
        state: null,
        lines,
      });
      await wb.writeSheet(spec);
      expect(wb.type(spec.name, "B6", states[i])).toBeNull();
      expect(wb.type(spec.name, `F${standardRows()["26"] + 1}`, `Ý kiến ${i}`)).toBeNull();
    }
    const sent = await byId("sendReplies").perform(context(wb));
    expect(sent.notice.title).toBe("Đã tạo tệp ý kiến cho các đơn vị");
    expect(sent.notice.lines[0]).toContain("gồm 2 tệp ý kiến");
    expect(sent.notice.lines[0]).toContain("Phường Tân Định (lần chốt 1)");
    expect(sent.notice.lines[0]).not.toContain("Sài Gòn"); // approved: nothing to answer
    const file = sent.detail?.kind === "download" ? sent.detail.file : null;
    expect(checkOffered(file!)).toMatchObject({ ok: true, kind: "zip" });
    const zip = await JSZip.loadAsync(file!.data);
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(2);
    const comments = await Promise.all(
      names.map(async (n) => {
        const reply = await readReplyWorkbook(await zip.file(n)!.async("uint8array"), n);
        return [reply.unit, reply.comments.map((c) => c.comment)];
      })
    );
    expect(comments.sort()).toEqual([
      ["Phường Bến Thành", ["Ý kiến 2"]],
      ["Phường Tân Định", ["Ý kiến 0"]],
    ]);
  });

  test("the city reviews a unit's submission file picked in its part, without the unit's sheet in its workbook", async () => {
    const unit = new MemoryWorkbook();
    await byId("generate").perform(context(unit));
    typeReport(unit, unit.sheetNames()[0], INPUTS);
    const finalized = await byId("finalize").perform(context(unit));
    const submission = finalized.detail?.kind === "download" ? finalized.detail.file : null;
    expect(submission!.fileName).toMatch(/\.xlsx$/);
    const city = new MemoryWorkbook();
    const picked = [{ name: submission!.fileName, data: submission!.data.slice().buffer }];
    // nothing picked, nothing in the workbook: said, and nothing written
    await expect(byId("review").perform(context(city))).rejects.toThrow(
      /chọn tệp nộp của đơn vị ở ô chọn tệp/
    );
    expect(city.sheetNames()).toEqual([]);
    const made = await byId("review").perform(context(city, { pickedFiles: async () => picked }));
    expect(made.notice.title).toBe("Đã tạo trang rà soát");
    expect(made.notice.lines[0]).toContain(`(trang “${submission!.fileName}: `);
    expect(city.sheetNames()).toEqual([expect.stringMatching(/^RS /)]);
  });

  test("the review sheet of the pane's unit is made from its finalized sheet, then its reply is sent", async () => {
    const wb = new MemoryWorkbook();
    await byId("generate").perform(context(wb));
    const sheet = wb.sheetNames()[0];
    typeReport(wb, sheet, INPUTS);
    const finalized = await byId("finalize").perform(context(wb));
    expect(finalized.notice.intent).toBe("success");
    const made = await byId("review").perform(context(wb));
    expect(made.notice.title).toBe("Đã tạo trang rà soát");
    expect(made.notice.lines[0]).toMatch(/^Trang “RS .*” rà soát lần chốt 1 của /);
    const name = wb.sheetNames().find((n) => n.startsWith("RS "))!;
    expect(wb.type(name, "B6", "Cần giải trình")).toBeNull();
    expect(wb.type(name, `F${standardRows()["26"] + 1}`, "Đề nghị giải trình.")).toBeNull();
    const again = await byId("review").perform(context(wb));
    expect(again.notice.title).toBe("Đã cập nhật trang rà soát");
    expect(again.notice.lines[0]).toContain(
      "giữ nguyên 1 ý kiến và kết quả rà soát “Cần giải trình”"
    );
    const sent = await byId("sendReply").perform(context(wb));
    const file = sent.detail?.kind === "download" ? sent.detail.file : null;
    const reply = await readReplyWorkbook(file!.data, file!.fileName);
    expect(reply.comments.map((c) => [c.id, c.comment])).toEqual([["26", "Đề nghị giải trình."]]);

    // the unit receives it: the picked file's comments beside the row, on the finalized sheet
    const received = await byId("receiveReply").perform(
      context(wb, { file: new File([file!.data as Uint8Array<ArrayBuffer>], file!.fileName) })
    );
    expect(received.notice.title).toBe("Đã nhận ý kiến của Thành phố");
    expect(received.notice.lines[0]).toBe(
      `Đã ghi 1 ý kiến của Thành phố về lần chốt 1 vào cột K của trang “${sheet}”, cạnh từng chỉ tiêu; số liệu không bị sửa. Kết quả rà soát: “Cần giải trình”.`
    );
    const [unit] = await wb.readSheets([sheet]);
    expect(unit.protected).toBe(true);
    const used = (await wb.read({ names: [sheet], extent: "used" })).byName[sheet]!;
    expect(used.values[standardRows()["26"] - 1][10]).toBe(
      "[TP]\u2060 Lần chốt 1: Đề nghị giải trình."
    );
  });
});
