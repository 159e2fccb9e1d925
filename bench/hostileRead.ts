/**
 * One read of a hostile file, alone in its own Node process so that its peak memory is its own:
 * `node hostileRead.js xlsx|docx <file> <name>` reads the file as the task pane would (the .xlsx reader of the
 * consolidation, the .docx template fill) and prints one line of JSON: refused or not, the message, the time of the
 * read and the process's peak resident memory (process.resourceUsage().maxRSS).
 */
import { readFileSync } from "fs";
import { evaluate } from "../src/core";
import { fillDocxTemplate } from "../src/formats";
import { readXlsx } from "../src/formats";

async function main(): Promise<void> {
  const [kind, path, name] = process.argv.slice(2);
  const data = new Uint8Array(readFileSync(path));
  const start = process.hrtime.bigint();
  let refused = false;
  let message = "";
  try {
    if (kind === "xlsx") {
      const sheets = await readXlsx(data, name);
      message = `read ${sheets.length} sheet(s)`;
    } else {
      const out = await fillDocxTemplate(data, evaluate({}, { level: "so" }), name);
      message = `filled (${out.data.length} bytes)`;
    }
  } catch (e) {
    refused = true;
    message = e instanceof Error ? e.message : String(e);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const maxRssBytes = process.resourceUsage().maxRSS * 1024; // maxRSS is in kilobytes
  console.log(JSON.stringify({ refused, message, ms, maxRssBytes }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
