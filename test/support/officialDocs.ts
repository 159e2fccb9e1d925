/**
 * The official documents as tests need them: the workbooks they are made from (a unit's sheet, with or without a
 * comparison; the city's after a consolidation against a small roster) and the parts of a produced .docx.
 */
import JSZip from "jszip";
import type { DocumentSettings } from "../../src/documents";
import { EMPTY_SETTINGS } from "../../src/documents";
import type { RosterEntry } from "../../src/core";
import { buildRosterSheet, cityParams, sheetName } from "../../src/sheets";
import { type SheetParams } from "../../src/core";
import {
  compareWithPrevious,
  consolidateCity,
  fillReport,
  generateSheet,
} from "../../src/usecases";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { A, B, B_INPUTS, C, C_INPUTS, PERIOD } from "./cityUnits";
import { INPUTS } from "./unitReport";
import { typeReport } from "../sheet/support";
import { unitWorkbookFile } from "./unitFiles";

export const SETTINGS: DocumentSettings = {
  parentAgency: "Ủy ban nhân dân Thành phố Hồ Chí Minh",
  agency: "Sở Khoa học và Công nghệ",
  reportSymbol: "BC-SKHCN",
  letterSymbol: "SKHCN-CĐS",
  number: "5",
  place: "Thành phố Hồ Chí Minh",
  date: "2026-02-05",
  recipients: "Ủy ban nhân dân Thành phố Hồ Chí Minh",
  authority: "KT. Giám đốc",
  signerTitle: "Phó Giám đốc",
  signerName: "Nguyễn Văn A",
  drafter: "CĐS",
};
export { EMPTY_SETTINGS };

/** The unit report fixture typed into A's sheet and filled; the sheet active. */
export async function unitWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await generateSheet(wb, A);
  typeReport(wb, sheetName(A));
  await fillReport(wb, { params: A });
  wb.activate(sheetName(A));
  return wb;
}

/** The previous quarter's figures of A: 16 below its target then (Chưa đạt → Đạt now), 26 met then (Đạt → Chưa đạt). */
export const PREVIOUS_INPUTS: Record<string, unknown> = {
  ...INPUTS,
  "16.1": 500,
  "26": 0.09,
};

/** A's sheet compared with the previous quarter (columns I and J). */
export async function comparedWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const before: SheetParams = { ...A, period: { year: PERIOD.year, part: "Q2" } };
  await generateSheet(wb, before);
  typeReport(wb, sheetName(before), PREVIOUS_INPUTS);
  await fillReport(wb, { params: before });
  await generateSheet(wb, A);
  typeReport(wb, sheetName(A));
  await fillReport(wb, { params: A });
  wb.activate(sheetName(A));
  await compareWithPrevious(wb, { params: A, mode: "lastQuarter", files: [] });
  wb.activate(sheetName(A));
  return wb;
}

/** A small roster: A, B, C report; Phường Tân Định and Sở Y tế do not. */
export const ROSTER: RosterEntry[] = [
  { code: "SKHCN", name: A.unit, kind: "sở", level: "so", active: true },
  { code: "SYT", name: "Sở Y tế", kind: "sở", level: "so", active: true },
  { code: "26734", name: B.unit, kind: "phường", level: "xa", active: true },
  { code: "26737", name: C.unit, kind: "phường", level: "xa", active: true },
  { code: "26740", name: "Phường Tân Định", kind: "phường", level: "xa", active: true },
];

/** The city after a consolidation of A and B (sheets) and C (a file) against ROSTER; the city sheet active. */
export async function cityWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.writeSheet(buildRosterSheet(ROSTER));
  await generateSheet(wb, A);
  typeReport(wb, sheetName(A));
  await generateSheet(wb, B);
  typeReport(wb, sheetName(B), B_INPUTS);
  const file = await unitWorkbookFile(C, C_INPUTS);
  await consolidateCity(wb, {
    period: PERIOD,
    files: [{ name: "phuong-sai-gon.xlsx", data: file }],
  });
  wb.activate(sheetName(cityParams(PERIOD)));
  return wb;
}

export interface DocxParts {
  readonly document: string;
  /** word/header*.xml by name. */
  readonly headers: Readonly<Record<string, string>>;
  readonly rels: string;
  readonly settings: string;
}

export async function docxParts(data: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(data);
  const read = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve("");
  const headers: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)))
    headers[name.slice("word/".length)] = await read(name);
  return {
    document: await read("word/document.xml"),
    headers,
    rels: await read("word/_rels/document.xml.rels"),
    settings: await read("word/settings.xml"),
  };
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\sw:${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

export interface SectionLook {
  readonly width: number;
  readonly height: number;
  readonly orient: string | null;
  readonly margins: { top: number; bottom: number; left: number; right: number };
  readonly titlePage: boolean;
  /** The header part of each type ("default", "first"). */
  readonly headers: Readonly<Record<string, string>>;
  readonly restart: number | null;
}

/** Every section's page: size, orientation, margins, first-page header and header parts, as the XML says. */
export function sections(parts: DocxParts): SectionLook[] {
  const targets = new Map<string, string>();
  for (const m of parts.rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0].replace(/\sId=/, " w:Id="), "Id");
    const target = /Target="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target);
  }
  return [...parts.document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map(([sect]) => {
    const size = /<w:pgSz\b[^>]*>/.exec(sect)![0];
    const mar = /<w:pgMar\b[^>]*>/.exec(sect)![0];
    const headers: Record<string, string> = {};
    for (const h of sect.matchAll(/<w:headerReference\b[^>]*>/g)) {
      const type = attr(h[0], "type")!;
      const id = /r:id="([^"]*)"/.exec(h[0])![1];
      headers[type] = targets.get(id)!;
    }
    const start = /<w:pgNumType\b[^>]*>/.exec(sect)?.[0];
    return {
      width: Number(attr(size, "w")),
      height: Number(attr(size, "h")),
      orient: attr(size, "orient"),
      margins: {
        top: Number(attr(mar, "top")),
        bottom: Number(attr(mar, "bottom")),
        left: Number(attr(mar, "left")),
        right: Number(attr(mar, "right")),
      },
      titlePage: /<w:titlePg(\s*\/>|\s+w:val="(true|1|on)")/.test(sect),
      headers,
      restart: start && attr(start, "start") !== null ? Number(attr(start, "start")) : null,
    };
  });
}

/** The paragraphs of an XML part: their text, and the run properties of their first run with text. */
export function paragraphs(xml: string): { text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map(([p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join("")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"'),
  }));
}

/** The paragraph whose text is `text` (exactly); fails the test when there is none. */
export function paragraph(xml: string, text: string): { text: string; xml: string } {
  const p = paragraphs(xml).find((x) => x.text === text);
  if (!p)
    throw new Error(
      `no paragraph "${text}" in:\n${paragraphs(xml)
        .map((x) => x.text)
        .join("\n")}`
    );
  return p;
}

/** A run's look: size in points, bold, italic, font. */
export function look(p: { xml: string }): {
  size: number;
  bold: boolean;
  italics: boolean;
  font: string | null;
} {
  const rPr = /<w:r>\s*<w:rPr>([\s\S]*?)<\/w:rPr>\s*<w:t\b/.exec(p.xml)?.[1] ?? "";
  return {
    size: Number(/<w:sz w:val="(\d+)"/.exec(rPr)?.[1] ?? 0) / 2,
    bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(rPr),
    italics: /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(rPr),
    font: /<w:rFonts w:ascii="([^"]*)"/.exec(rPr)?.[1] ?? null,
  };
}
