import { createHash } from "crypto";
import { fingerprint, fingerprintText, shortFingerprint, type Sha256 } from "../../src/core";
import {
  buildSheet,
  checkStamp,
  CYCLE_CELLS,
  readStamp,
  readUnitSheet,
  reportContent,
  stampLine,
  stampMark,
  standardRows,
  type SheetSnapshot,
  type Stamp,
} from "../../src/sheets";
import { type CellValue, type SheetParams } from "../../src/core";

/** Web Crypto, as the pane passes it in. */
const webSha256: Sha256 = async (text) =>
  Buffer.from(
    await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))
  ).toString("hex");

const PARAMS: SheetParams = {
  unit: "Phường Bến Thành",
  level: "xa",
  period: { year: 2025, part: "Q1" },
  code: "26734",
};
const ROWS = standardRows();

/** A generated sheet as a workbook reads it back, formulas' values left blank, with cells typed over it. */
function snapshot(typed: Record<string, CellValue> = {}): SheetSnapshot {
  const spec = buildSheet(PARAMS);
  const values: CellValue[][] = spec.cells.map((line) =>
    line.map((c) => ("text" in c ? c.text : "number" in c ? c.number : null))
  );
  const formulas: CellValue[][] = spec.cells.map((line, r) =>
    line.map((c, col) => ("formula" in c ? c.formula : values[r][col]))
  );
  for (const [address, v] of Object.entries(typed)) {
    const m = /^([A-H])(\d+)$/.exec(address)!;
    const [col, row] = [m[1].charCodeAt(0) - 65, Number(m[2]) - 1];
    values[row][col] = v;
    formulas[row][col] = v;
  }
  return { name: "Bến Thành", protected: false, values, formulas };
}

const BASE = { [`C${ROWS["1"]}`]: 120, [`C${ROWS["6"]}`]: "Có", [`G${ROWS["6"]}`]: "QĐ 12/2025" };
const fp = (typed: Record<string, CellValue>) => {
  const s = readUnitSheet(snapshot(typed));
  return fingerprint(reportContent(s, s.params!), webSha256);
};

describe("the fingerprint of a unit's report", () => {
  it("is the SHA-256 of the canonical text, 64 hex digits, 12 shown", async () => {
    const s = readUnitSheet(snapshot(BASE));
    const text = fingerprintText(reportContent(s, s.params!));
    const hex = await fp(BASE);
    expect(hex).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    expect(shortFingerprint(hex)).toMatch(/^[0-9a-f]{12}$/);
    expect(text.split("\n")[0]).toBe(
      '["cds-fingerprint/1","Phường Bến Thành","26734","xa","2025-Q1"]'
    );
  });

  it("changes with any figure, target or evidence, and with the identity", async () => {
    const base = await fp(BASE);
    const changed = await Promise.all([
      fp({ ...BASE, [`C${ROWS["1"]}`]: 121 }),
      fp({ ...BASE, [`C${ROWS["6"]}`]: "Không" }),
      fp({ ...BASE, [`F${ROWS["6"]}`]: "Không" }),
      fp({ ...BASE, [`G${ROWS["6"]}`]: "QĐ 13/2025" }),
      fp({ ...BASE, [`G${ROWS["6"]}`]: null }),
      fp({ ...BASE, B2: "Phường Sài Gòn" }),
      fp({ ...BASE, B4: "Quý II năm 2025", H4: "2025-Q2" }),
    ]);
    for (const c of changed) expect(c).not.toBe(base);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it("does not change with the add-in's notes, verdicts, spaces around text or a number's form", async () => {
    const base = await fp(BASE);
    expect(
      await fp({
        ...BASE,
        [`D${ROWS["6"]}`]: "Đạt",
        [`E${ROWS["6"]}`]: "[CĐS]\u2060 Đạt mục tiêu",
        [`G${ROWS["6"]}`]: "  QĐ 12/2025 ",
        [`C${ROWS["1"]}`]: 120.0,
        D4: "Số liệu tính đến ngày 14/03/2025",
        D5: "Hạn nộp: 20/03/2025",
      })
    ).toBe(base);
  });
});

describe("the stamp", () => {
  const stampOf = async (typed: Record<string, CellValue>, version = 1): Promise<Stamp> => ({
    version,
    finalizedAt: "2025-03-19T10:05:00+07:00",
    fingerprint: await fp(typed),
  });
  const stamped = (stamp: Stamp, typed: Record<string, CellValue>) => ({
    ...typed,
    D3: stampLine(stamp),
    H6: stampMark(stamp),
  });
  const check = (typed: Record<string, CellValue>) => {
    const snap = snapshot(typed);
    return checkStamp(readUnitSheet(snap), snap.values, webSha256);
  };

  it("is read back with its version, instant and fingerprint, and matches the figures it stamped", async () => {
    const stamp = await stampOf(BASE, 2);
    expect(stampLine(stamp)).toBe(
      `Đã chốt số liệu lần 2 lúc 10:05 ngày 19/03/2025 (UTC+07:00) · mã số liệu ${stamp.fingerprint.slice(0, 12)}`
    );
    expect(await check(stamped(stamp, BASE))).toEqual({
      state: "stamped",
      stamp,
      reopened: false,
      changed: false,
    });
    expect(CYCLE_CELLS.stamp).toEqual({ row: 6, col: 7 });
  });

  it("flags a figure edited after finalizing", async () => {
    const stamp = await stampOf(BASE);
    const after = await check({ ...stamped(stamp, BASE), [`C${ROWS["1"]}`]: 150 });
    expect(after).toMatchObject({ state: "stamped", changed: true });
  });

  it("flags a tampered stamp by its cell, never as finalized", async () => {
    const stamp = await stampOf(BASE);
    const good = stamped(stamp, BASE);
    const tampered = [
      { ...good, H6: stampMark({ ...stamp, fingerprint: "0".repeat(64) }) }, // the line no longer matches
      { ...good, H6: stampMark(stamp).replace("v=1", "v=x") },
      { ...good, H6: stampMark(stamp).replace("+07:00", "") },
      { ...good, D3: stampLine({ ...stamp, version: 3 }) },
      { ...good, H6: "Mã" },
    ];
    const cells = [];
    for (const t of tampered) {
      const r = await check(t);
      expect(r.state).toBe("unreadable");
      if (r.state === "unreadable") {
        expect(r.message).toMatch(/^Trang "Bến Thành": .*(ô H6|ô D3)/);
        cells.push(r.cell);
      }
    }
    expect(cells).toEqual(["D3", "H6", "H6", "D3", "H6"]);
  });

  it("reads a sheet never finalized as none", () => {
    expect(readStamp(snapshot(BASE).values, "Bến Thành")).toEqual({ state: "none" });
  });
});
