/**
 * "Rà soát": the city's review of one finalized version of a unit's report, as a sheet of the city's workbook
 * (docs/sheets.md#review-sheet). The version's figures, verdicts and evidence as the unit sent them, a column where
 * the city types its comment on any indicator, and the state of the unit in B6 ("Cần giải trình" / "Đã duyệt").
 * One sheet per unit, level, period and version: a later version gets a sheet of its own, so a review is never
 * rewritten under the comments made on it. Recognised by its title block, never by its name.
 */
import type { CellValue } from "../core/types";
import { catalog, findRow, pillars, type CatalogRow } from "../core/catalog";
import { CdsError } from "../core/errors";
import type { Results } from "../core/evaluate";
import { shortFingerprint } from "../core/fingerprint";
import { LEVEL_NAMES, parseLevel } from "../core/levels";
import {
  readReviewState,
  reviewParams,
  REVIEW_WORDS,
  type Review,
  type ReviewLine,
  type ReviewState,
  type ReviewedVersion,
} from "../core/review";
import { isBlank } from "../core/text";
import type { CellInput, Level } from "../core/types";
import { cell, columnIndexes, columnLetter } from "./a1";
import { bodyLines } from "./unit/body";
import { sheetKey } from "../core/identity";
import { PILLAR_MARK, UNIT_CODE_MARK, unitMark } from "./unit/marks";
import { MAX_SHEET_NAME, shortUnitName } from "./names";
import { parsePeriodCode, periodCode, periodText } from "../core/period";
import type { SheetSnapshot } from "./unit/read";
import { figureFormat } from "./unit/rows";
import type { CellContent, SheetSpec, Validation } from "./spec";
import {
  COLOURS,
  HEADER_STYLE,
  NUMBER_FORMATS,
  TITLE_STYLE,
  toneFormat,
  TONES,
  verdictFormats,
} from "./styles";

/** In H1 (hidden): marks the sheet as the add-in's review sheet. */
export const REVIEW_SIGNATURE = "CDS-REVIEW/1";
export const REVIEW_TITLE = "RÀ SOÁT BÁO CÁO CHỈ TIÊU CHUYỂN ĐỔI SỐ";
/** The rows of the title block shared by the review sheet and the reply file: labels in A, values in B, codes hidden. */
export const REVIEW_ROWS = {
  title: 1,
  unit: 2,
  level: 3,
  period: 4,
  version: 5,
  state: 6,
} as const;
export const REVIEW_LABELS = {
  unit: "Đơn vị:",
  level: "Cấp:",
  period: "Kỳ báo cáo:",
  version: "Lần chốt được rà soát:",
  state: "Kết quả rà soát:",
} as const;
export const REVIEW_HEADER_ROW = 7;
/** Column G is a narrow spacer before the hidden row ids in H. */
export const REVIEW_COL = {
  ...columnIndexes(["stt", "title", "figure", "verdict", "evidence", "comment"] as const),
  id: 7,
} as const;
const WIDTH = REVIEW_COL.id + 1;
export const COMMENT_HEADER = "Ý kiến của Thành phố";

/** "v=2;sha256=<64 hex>": the version reviewed, in the hidden cell of the version's line. */
export function versionMark(v: Pick<ReviewedVersion, "version" | "fingerprint">): string {
  return `v=${v.version};sha256=${v.fingerprint}`;
}

/** "Lần chốt 2 · mã số liệu 1a2b3c4d5e6f": the version reviewed as a person reads it. */
export function versionLine(v: Pick<ReviewedVersion, "version" | "fingerprint">): string {
  return `Lần chốt ${v.version} · mã số liệu ${shortFingerprint(v.fingerprint)}`;
}

function readVersionMark(text: string): { version: number; fingerprint: string } | null {
  const m = /^v=([1-9]\d{0,5});sha256=([0-9a-f]{64})$/.exec(text.trim());
  return m ? { version: Number(m[1]), fingerprint: m[2] } : null;
}

const str = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** The title block's rows (1–6) of a review or reply, as cells WIDTH wide with the codes in column `idCol`. */
export function reviewHeadRows(
  title: string,
  signature: string,
  v: ReviewedVersion,
  state: ReviewState | null,
  width: number,
  idCol: number
): CellContent[][] {
  const rows = Array.from({ length: REVIEW_ROWS.state }, () =>
    Array.from({ length: width }, (): CellContent => ({ blank: true }))
  );
  const put = (r: number, c: number, text: string) =>
    (rows[r - 1][c] = text === "" ? { blank: true } : { text });
  put(REVIEW_ROWS.title, 0, title);
  put(REVIEW_ROWS.title, idCol, signature);
  const lines: [keyof typeof REVIEW_LABELS, string, string][] = [
    ["unit", v.unit, unitMark(v.code)],
    ["level", LEVEL_NAMES[v.level], v.level],
    ["period", periodText(v.period), periodCode(v.period)],
    ["version", versionLine(v), versionMark(v)],
    ["state", state ? REVIEW_WORDS[state] : "", ""],
  ];
  for (const [key, value, code] of lines) {
    put(REVIEW_ROWS[key], 0, REVIEW_LABELS[key]);
    put(REVIEW_ROWS[key], 1, value);
    if (code) put(REVIEW_ROWS[key], idCol, code);
  }
  return rows;
}

/**
 * The reviewed version a title block names (rows 1–5, codes in `idCol`), or why it cannot be read, by cell. The
 * level and period are read from their hidden codes (the add-in's, never retyped), the unit from B2.
 */
export function readReviewHead(
  values: readonly (readonly CellValue[])[],
  idCol: number,
  where: string
): ReviewedVersion {
  const at = (r: number, c: number) => values[r - 1]?.[c];
  const fail = (r: number, c: number, what: string) =>
    new CdsError("invalidValue", `${where}: ô ${cell(c, r)} ${what}.`);
  const unit = str(at(REVIEW_ROWS.unit, 1));
  if (!unit) throw fail(REVIEW_ROWS.unit, 1, "không có tên đơn vị");
  let level: Level;
  try {
    level = parseLevel(str(at(REVIEW_ROWS.level, idCol)));
  } catch {
    throw fail(REVIEW_ROWS.level, idCol, "không ghi mã cấp đơn vị (so, xa, huyen)");
  }
  const period = parsePeriodCode(str(at(REVIEW_ROWS.period, idCol)));
  if (!period) throw fail(REVIEW_ROWS.period, idCol, "không ghi mã kỳ báo cáo (ví dụ 2025-Q3)");
  const version = readVersionMark(str(at(REVIEW_ROWS.version, idCol)));
  if (!version)
    throw fail(
      REVIEW_ROWS.version,
      idCol,
      "không ghi được lần chốt và mã số liệu được rà soát (đã bị sửa?)"
    );
  const h2 = str(at(REVIEW_ROWS.unit, idCol));
  const code = h2.startsWith(UNIT_CODE_MARK) ? h2.slice(UNIT_CODE_MARK.length).trim() : "";
  return { unit, ...(code ? { code } : {}), level, period, ...version };
}

/** A state cell read: the state, or a message naming the cell and the accepted words. */
export function readStateCell(
  value: CellValue | undefined,
  address: string
): { state: ReviewState | null; problem?: string } {
  const state = readReviewState(value);
  if (state !== undefined) return { state };
  return {
    state: null,
    problem: `ô ${address} ghi "${str(value)}", không phải kết quả rà soát: chọn "${REVIEW_WORDS.explain}" hoặc "${REVIEW_WORDS.approved}", hoặc để trống khi chưa quyết định.`,
  };
}

/** The lines of a version as the review records them: its rows as judged and the evidence of its yes/no rows. */
export function reviewLines(
  results: Results,
  evidence: Readonly<Record<string, CellInput>> = {}
): ReviewLine[] {
  return catalog
    .filter((row) => row.kind !== "group")
    .map((row) => {
      const r = results[row.id];
      const value = r?.value ?? null;
      const figure =
        typeof value === "boolean" ? r!.text : typeof value === "number" ? value : null;
      const ev = evidence[row.id];
      return {
        id: row.id,
        figure,
        verdict: r?.verdict ?? "",
        evidence: isBlank(ev) ? "" : String(ev).trim(),
        comment: "",
      };
    });
}

/**
 * The review to write: the version's lines, with the comments and state of the review already written for the same
 * unit, level, period, version and fingerprint (a rerun never loses what the city typed). A kept review of the same
 * version whose fingerprint differs is refused: its comments were made on other figures.
 */
export function withKept(review: Review, kept: Review | null): Review {
  if (!kept) return review;
  if (kept.fingerprint !== review.fingerprint)
    throw new CdsError(
      "invalidValue",
      `Đã có trang rà soát lần chốt ${kept.version} của "${review.unit}" với mã số liệu ${shortFingerprint(kept.fingerprint)}, khác mã số liệu của báo cáo đang mở (${shortFingerprint(review.fingerprint)}): ý kiến trên trang đó là về số liệu khác. Hãy kiểm tra lại tệp báo cáo của đơn vị.`
    );
  const comments = new Map(kept.lines.map((l) => [l.id, l.comment]));
  return {
    ...review,
    state: kept.state,
    lines: review.lines.map((l) => ({ ...l, comment: comments.get(l.id) ?? "" })),
  };
}

/** "RS 2025-Q3 L2 Bến Thành": the review sheet's name, for people only (at most 31 characters). */
export function reviewSheetName(v: ReviewedVersion): string {
  const prefix = `RS ${periodCode(v.period)} L${v.version} `;
  return `${prefix}${shortUnitName(v.unit, MAX_SHEET_NAME - prefix.length)}`;
}

/** The workbook-level name over a review sheet: the unit sheet's key with the version ("CDS_RS2_…_2025Q3"). */
export function reviewSheetKey(v: ReviewedVersion): string {
  return sheetKey(reviewParams(v)).replace(/^CDS_/, `CDS_RS${v.version}_`);
}

/** The review sheet: the title block, the header, one line per pillar heading and indicator. */
export function buildReviewSheet(review: Review): SheetSpec {
  const body = reviewBody(review);
  const first = REVIEW_HEADER_ROW + 1;
  const last = REVIEW_HEADER_ROW + body.cells.length;
  const end = columnLetter(REVIEW_COL.comment);
  const stateCell = cell(1, REVIEW_ROWS.state);
  return {
    name: reviewSheetName(review),
    key: reviewSheetKey(review),
    area: `A1:${columnLetter(REVIEW_COL.id)}${last}`,
    cells: [...reviewTitleBlock(review), reviewHeader(review.version), ...body.cells],
    columns: [
      { width: 36 },
      { width: 330 },
      { width: 100 },
      { width: 90 },
      { width: 160 },
      { width: 300 },
      { width: 16 },
      { width: 40, hidden: true },
    ],
    styles: [
      { range: `A1:H${last}`, style: { numberFormat: NUMBER_FORMATS.text, vAlign: "Top" } },
      ...body.numberStyles,
      { range: "A1", style: TITLE_STYLE },
      { range: "B2:B5", style: { bold: true, fontColor: COLOURS.titleValue } },
      { range: `C${REVIEW_ROWS.state}`, style: { italic: true, fontColor: COLOURS.subtitle } },
      // what the city types: the state and the comments, text, shaded, open under a protection
      { range: stateCell, style: { fill: COLOURS.input, locked: false, bold: true } },
      {
        range: `${end}${first}:${end}${last}`,
        style: { fill: COLOURS.input, locked: false, wrap: true },
      },
      { range: `A${REVIEW_HEADER_ROW}:${end}${REVIEW_HEADER_ROW}`, style: HEADER_STYLE },
      { range: `A${first}:${end}${last}`, style: { borders: true } },
      { range: `B${first}:B${last}`, style: { wrap: true } },
      { range: `E${first}:E${last}`, style: { wrap: true } },
      ...body.headings.map((r) => ({
        range: `A${r}:${end}${r}`,
        style: { bold: true, fill: COLOURS.pillar },
      })),
    ],
    merges: [`A1:${end}1`],
    validations: [stateValidation(stateCell)],
    conditionalFormats: [
      toneFormat(stateCell, REVIEW_WORDS.approved, TONES.good),
      toneFormat(stateCell, REVIEW_WORDS.explain, TONES.pending),
      ...verdictFormats(`D${first}:D${last}`),
    ],
    freezeRows: REVIEW_HEADER_ROW,
    print: {
      orientation: "Landscape",
      paper: "A4",
      titleRows: `$${REVIEW_HEADER_ROW}:$${REVIEW_HEADER_ROW}`,
      fitToWidth: true,
    },
  };
}

/** The title block, with how to answer beside the state. */
function reviewTitleBlock(review: Review): CellContent[][] {
  const head = reviewHeadRows(
    REVIEW_TITLE,
    REVIEW_SIGNATURE,
    review,
    review.state,
    WIDTH,
    REVIEW_COL.id
  );
  head[REVIEW_ROWS.state - 1][2] = {
    text: `Chọn “${REVIEW_WORDS.explain}” hoặc “${REVIEW_WORDS.approved}” ở ô B${REVIEW_ROWS.state}; ghi ý kiến ở cột ${columnLetter(REVIEW_COL.comment)}, cạnh chỉ tiêu.`,
  };
  return head;
}

function reviewHeader(version: number): CellContent[] {
  const header: CellContent[] = Array.from({ length: WIDTH }, () => ({ blank: true }));
  const headers: [number, string][] = [
    [REVIEW_COL.stt, "STT"],
    [REVIEW_COL.title, "Chỉ tiêu"],
    [REVIEW_COL.figure, `Số liệu (lần chốt ${version})`],
    [REVIEW_COL.verdict, "Đánh giá"],
    [REVIEW_COL.evidence, "Minh chứng"],
    [REVIEW_COL.comment, COMMENT_HEADER],
    [REVIEW_COL.id, "Mã"],
  ];
  for (const [c, t] of headers) header[c] = { text: t };
  return header;
}

/** The lines below the header: a heading per pillar that has one, then its indicators with the review's line. */
function reviewBody(review: Review) {
  const lines = new Map(review.lines.map((l) => [l.id, l]));
  const cells: CellContent[][] = [];
  const numberStyles: { range: string; style: { numberFormat: string } }[] = [];
  const headings: number[] = [];
  for (const line of bodyLines()) {
    const r = REVIEW_HEADER_ROW + 1 + cells.length;
    if ("pillar" in line) {
      const p = pillars.find((x) => x.id === line.pillar)!;
      const heading: CellContent[] = Array.from({ length: WIDTH }, () => ({ blank: true }));
      heading[REVIEW_COL.title] = { text: p.title };
      heading[REVIEW_COL.id] = { text: PILLAR_MARK + p.id };
      headings.push(r);
      cells.push(heading);
      continue;
    }
    const l = lines.get(line.row.id);
    cells.push(indicatorCells(line.row, l));
    if (typeof l?.figure === "number")
      numberStyles.push({
        range: cell(REVIEW_COL.figure, r),
        style: { numberFormat: figureFormat(line.row) },
      });
  }
  return { cells, numberStyles, headings };
}

/** An indicator's line: its STT, title and id, and what the review holds of it. */
function indicatorCells(row: CatalogRow, l: ReviewLine | undefined): CellContent[] {
  const cells: CellContent[] = Array.from({ length: WIDTH }, () => ({ blank: true }));
  cells[REVIEW_COL.stt] = { text: row.id.includes(".") ? row.id : `${row.id}.` };
  cells[REVIEW_COL.title] = { text: row.title };
  cells[REVIEW_COL.id] = { text: row.id };
  if (!l) return cells;
  if (typeof l.figure === "number") cells[REVIEW_COL.figure] = { number: l.figure };
  else if (typeof l.figure === "string" && l.figure !== "")
    cells[REVIEW_COL.figure] = { text: l.figure };
  if (l.verdict) cells[REVIEW_COL.verdict] = { text: l.verdict };
  if (l.evidence) cells[REVIEW_COL.evidence] = { text: l.evidence };
  if (l.comment) cells[REVIEW_COL.comment] = { text: l.comment };
  return cells;
}

/** The state: one of the two words, with what each does. */
function stateValidation(stateCell: string): Validation {
  return {
    range: stateCell,
    rule: { type: "list", items: [REVIEW_WORDS.explain, REVIEW_WORDS.approved] },
    prompt: {
      title: "Kết quả rà soát",
      message: `“${REVIEW_WORDS.explain}”: gửi ý kiến cho đơn vị. “${REVIEW_WORDS.approved}”: khóa báo cáo lần chốt này.`,
    },
    error: {
      title: "Kết quả không hợp lệ",
      message: `Hãy chọn “${REVIEW_WORDS.explain}” hoặc “${REVIEW_WORDS.approved}”.`,
    },
  };
}

/** Whether a sheet's first row is a review sheet's (its signature in H1). */
export function isReviewHead(values: readonly (readonly CellValue[])[]): boolean {
  return str(values[0]?.[REVIEW_COL.id]) === REVIEW_SIGNATURE;
}

/** A review sheet read back: the review, and what could not be taken, by cell (the rest is read). */
export interface ReviewRead {
  readonly review: Review;
  readonly problems: readonly { readonly address: string; readonly message: string }[];
}

/**
 * Reads a review sheet back: the version reviewed from the title block (refused by cell when it cannot be read),
 * the state from B6, every indicator's line by the id in the hidden column H (never by position), the comments as
 * typed. A comment where no indicator stands (a pillar's heading, a row inserted by hand), a formula in a comment
 * cell, or a state that is not one of the words is listed with its cell and left out.
 */
export function readReviewSheet(snapshot: SheetSnapshot): ReviewRead {
  const where = `Trang "${snapshot.name}"`;
  if (!isReviewHead(snapshot.values))
    throw new CdsError(
      "invalidValue",
      `${where} không phải trang rà soát do CĐS Excel tạo (không có dấu ${REVIEW_SIGNATURE} ở ô H1).`
    );
  const head = readReviewHead(snapshot.values, REVIEW_COL.id, where);
  const problems: { address: string; message: string }[] = [];
  const stateAddress = cell(1, REVIEW_ROWS.state);
  const state = readStateCell(snapshot.values[REVIEW_ROWS.state - 1]?.[1], stateAddress);
  if (state.problem)
    problems.push({ address: stateAddress, message: `${where}: ${state.problem}` });
  const lines: ReviewLine[] = [];
  const seen = new Set<string>();
  for (let r = REVIEW_HEADER_ROW + 1; r <= snapshot.values.length; r++) {
    const at = (c: number) => snapshot.values[r - 1]?.[c] ?? null;
    const id = str(at(REVIEW_COL.id));
    const commentAddress = cell(REVIEW_COL.comment, r);
    const formula = snapshot.formulas[r - 1]?.[REVIEW_COL.comment];
    const raw = at(REVIEW_COL.comment);
    const typed = str(raw);
    const row = findRow(id);
    if (!row || row.kind === "group" || seen.has(id)) {
      if (typed)
        problems.push({
          address: commentAddress,
          message: `${where}: ý kiến ở ô ${commentAddress} không đứng cạnh một chỉ tiêu (dòng ${r} không phải dòng chỉ tiêu của báo cáo): hãy chuyển sang ô cạnh chỉ tiêu.`,
        });
      continue;
    }
    seen.add(id);
    let comment = typeof raw === "string" ? raw.trim() : typed;
    if (typeof formula === "string" && formula.startsWith("=") && formula !== raw) {
      problems.push({
        address: commentAddress,
        message: `${where}: ô ${commentAddress} chứa công thức; ý kiến phải là chữ gõ vào ô.`,
      });
      comment = "";
    }
    const figure = at(REVIEW_COL.figure);
    lines.push({
      id,
      figure: figure === "" ? null : figure,
      verdict: str(at(REVIEW_COL.verdict)),
      evidence: str(at(REVIEW_COL.evidence)),
      comment,
    });
  }
  const order = new Map(catalog.map((row, i) => [row.id, i]));
  lines.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { review: { ...head, state: state.state, lines }, problems };
}
