/**
 * LibreOffice Calc as a real second client of the add-in's files: a workbook opened headless, cells typed in through
 * the Python UNO bridge (libreoffice_calc.py, run with Debian's /usr/bin/python3), recalculated and saved as .xlsx.
 * Each run starts its own soffice with a private user profile, so that parallel runs do not collide.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** The Debian packages of the real-client tests (Liberation Serif lays Times New Roman out as Word does). */
export const INSTALL =
  "sudo apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui python3-uno poppler-utils fonts-liberation2";
export const INSTALL_HINT = `LibreOffice Calc and its Python bridge are needed: ${INSTALL}`;

/** Debian's python3, which has the uno module (the pyenv python3 on PATH has not). */
export const PYTHON = process.env.CDS_UNO_PYTHON ?? "/usr/bin/python3";

/** Why LibreOffice cannot be driven here (with how to install it), or null when it can. */
export function libreOfficeMissing(): string | null {
  const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (soffice.error || soffice.status !== 0) return `soffice not found. ${INSTALL_HINT}`;
  const uno = spawnSync(PYTHON, ["-c", "import uno"], { encoding: "utf8", timeout: 60_000 });
  if (uno.error || uno.status !== 0) return `${PYTHON} cannot import uno. ${INSTALL_HINT}`;
  return null;
}

export type CalcWrite =
  | { readonly address: string; readonly text: string }
  | { readonly address: string; readonly number: number };

export interface CalcCell {
  readonly text: string;
  readonly value: number;
  readonly formula: string;
  /** Calc's error code (0: none; 532 #DIV/0!, 525 #NAME?, …). */
  readonly error: number;
}

export interface CalcRun {
  /** The file as Calc saved it (filter "Calc MS Excel 2007 XML"). */
  readonly saved: Uint8Array;
  readonly reads: Readonly<Record<string, CalcCell>>;
  readonly version: string;
}

/** Opens `xlsx` in Calc, types `writes` into `sheet`, recalculates all, reads `reads`, saves it as .xlsx. */
export function runCalc(
  xlsx: Uint8Array,
  job: { sheet?: string; writes: readonly CalcWrite[]; reads: readonly string[] }
): CalcRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cds-calc-"));
  try {
    const input = path.join(dir, "in.xlsx");
    const output = path.join(dir, "out.xlsx");
    const profile = path.join(dir, "profile");
    fs.mkdirSync(profile);
    fs.writeFileSync(input, xlsx);
    const jobFile = path.join(dir, "job.json");
    fs.writeFileSync(jobFile, JSON.stringify({ ...job, input, output, profile }));
    let out: string;
    try {
      out = execFileSync(PYTHON, [path.join(__dirname, "libreoffice_calc.py"), jobFile], {
        encoding: "utf8",
        timeout: 300_000,
        env: { ...process.env, HOME: dir },
      });
    } catch (e) {
      const failed = e as { stdout?: string; stderr?: string; message: string };
      throw new Error(
        `LibreOffice run failed: ${failed.stdout || failed.stderr || failed.message}`
      );
    }
    const line = out.trim().split("\n").pop() ?? "";
    if (!line.startsWith("{")) throw new Error(`LibreOffice run failed: ${out}`);
    const { reads, version } = JSON.parse(line) as {
      reads: Record<string, CalcCell>;
      version: string;
    };
    return { saved: new Uint8Array(fs.readFileSync(output)), reads, version };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
