/**
 * Every path the documentation cites exists: README.md and docs/*.md name files and folders of the repository in
 * backticks, in code blocks and as links, and the sources cite the docs' sections (`docs/domain.md#consolidation`).
 * A file moved or removed leaves a citation pointing nowhere; this test names each one. Also: the README's benchmark
 * table cites the figures of bench/results.json.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join, posix, relative } from "path";

const ROOT = join(__dirname, "..", "..");

/** What a citation is checked against. */
interface Repository {
  readonly root: string;
  /** The top-level entries a path of the repository starts with (no .git, nothing git ignores). */
  readonly roots: ReadonlySet<string>;
  /** What git ignores (build output, a run's files): cited, never in the repository. */
  readonly ignored: readonly string[];
  /** Every file's path, relative to the root, with "/". */
  readonly files: readonly string[];
}

/**
 * A path as a text cites it, relative to the repository (`from` ""), to the citing file's folder (a link), or "*":
 * a bare file name (`read.ts`) or the tail of a path (`unit/read.ts`), which some file's path must end with.
 */
interface Citation {
  readonly path: string;
  readonly from: string;
}

const slashed = (path: string) => path.split("\\").join("/");

/** The repository as it stands on disk, what git ignores left out. */
function repository(root: string): Repository {
  const gitignore = join(root, ".gitignore");
  const ignored = existsSync(gitignore)
    ? readFileSync(gitignore, "utf8")
        .split("\n")
        .map((line) => line.trim().replace(/\/$/, ""))
        .filter((line) => line && !line.startsWith("#") && !line.includes("*"))
    : [];
  const skip = new Set([".git", "node_modules", ...ignored]);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = slashed(relative(root, join(dir, entry.name)));
      if (skip.has(path)) return [];
      return entry.isDirectory() ? walk(join(dir, entry.name)) : [path];
    });
  const roots = new Set(readdirSync(root).filter((name) => !skip.has(name)));
  return { root, roots, ignored, files: walk(root) };
}

// A source, data or doc file the docs name without its folder; not a download's name (.xlsx), nor a part inside an
// Office file (word/document.xml) or a build's output (functions.json).
const FILE = /^[\w.-]+(\/[\w.-]+)*\.(ts|tsx|js|mjs|md|tsv|html|py)$/;
// What may stand around a path inside code: quotes, brackets, punctuation closing a sentence.
const EDGES = /^["'`(<[]+|["'`)>\],.;:]+$/g;

/**
 * The paths one word of code cites: none, one from the root, or a tail ("*"). A bare name counts only as a whole
 * inline span (`read.ts`): among other words it is more often a library's name ("the Office.js adapter").
 */
function inWord(
  raw: string,
  repo: Pick<Repository, "roots" | "ignored">,
  whole: boolean
): Citation[] {
  const word = raw.replace(EDGES, "");
  const first = word.split(/[/#]/)[0];
  if (!word || repo.ignored.includes(first)) return [];
  if (repo.roots.has(first) && (word.includes("/") || /\w\.\w/.test(word)))
    return [{ path: word, from: "" }];
  return FILE.test(word) && (whole || word.includes("/")) ? [{ path: word, from: "*" }] : [];
}

/**
 * The paths a Markdown text cites. In code (inline or fenced), a path is a word starting with a top-level entry of
 * the repository (`src/core/`, `manifest.xml`), or one that names a file (`read.ts`, `unit/read.ts`). A link's
 * target is a path unless it is a web address.
 */
function citedPaths(
  text: string,
  repo: Pick<Repository, "roots" | "ignored">,
  folder: string
): Citation[] {
  const inCode = (code: string) => {
    const words = code.trim().split(/\s+/);
    return words.flatMap((word) => inWord(word, repo, words.length === 1));
  };
  const parts = text.split(/^```.*$/m);
  const fenced = parts.filter((_, i) => i % 2).flatMap(inCode);
  const prose = parts.filter((_, i) => i % 2 === 0);
  const inline = prose.flatMap((part) =>
    [...part.matchAll(/`([^`\n]+)`/g)].flatMap(([, code]) => inCode(code))
  );
  const links = prose.flatMap((part) =>
    [...part.replace(/`[^`\n]+`/g, "").matchAll(/\]\(([^)\s]+)\)/g)]
      .map(([, target]) => target)
      .filter((target) => !/^[a-z]+:/i.test(target))
      .map((target) => ({ path: target, from: folder }))
  );
  return [...fenced, ...inline, ...links];
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of a Markdown file's headings. */
function anchorsIn(file: string): Set<string> {
  const text = readFileSync(file, "utf8").replace(/^```[\s\S]*?^```/gm, "");
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => anchorOf(heading)));
}

/**
 * What is wrong with one citation in a file (relative to the root), or undefined: a path to nothing, a file cited as
 * a folder (a trailing "/"), an anchor no heading of the file gives, a file name or tail no file of the repository has.
 */
function problem(citation: Citation, repo: Repository, citingFile: string): string | undefined {
  if (citation.from === "*")
    return repo.files.some((file) => file === citation.path || file.endsWith(`/${citation.path}`))
      ? undefined
      : "no file of that name";
  const [pathPart, anchor] = citation.path.split("#");
  const target = pathPart
    ? posix.normalize(posix.join(citation.from, decodeURI(pathPart)))
    : citingFile;
  if (repo.ignored.some((name) => target === name || target.startsWith(`${name}/`)))
    return undefined; // made by a build or a run, never in the repository
  const full = join(repo.root, target.replace(/\/$/, ""));
  if (!existsSync(full)) return "missing";
  const isFolder = statSync(full).isDirectory();
  if (pathPart.endsWith("/") && !isFolder) return "cited as a folder, is a file";
  if (anchor === undefined) return undefined;
  if (isFolder || !target.endsWith(".md")) return "an anchor on what is not a Markdown file";
  return anchorsIn(full).has(anchor) ? undefined : `no heading gives #${anchor}`;
}

/** Every broken citation of the given Markdown files, as "file: path (why)". */
function brokenCitations(files: readonly string[], repo: Repository): string[] {
  return files.flatMap((file) => {
    const folder = posix.dirname(file) === "." ? "" : posix.dirname(file);
    const text = readFileSync(join(repo.root, file), "utf8");
    return citedPaths(text, repo, folder).flatMap((citation) => {
      const why = problem(citation, repo, file);
      return why ? [`${file}: ${citation.path} (${why})`] : [];
    });
  });
}

describe("the paths the documentation cites", () => {
  const repo = repository(ROOT);

  it("exist in the repository: files as files, folders as folders, anchors as headings", () => {
    const docs = repo.files.filter((file) => file === "README.md" || /^docs\/.*\.md$/.test(file));
    expect(docs).toEqual(expect.arrayContaining(["README.md", "docs/README.md"]));
    expect(brokenCitations(docs, repo)).toEqual([]);
  });

  it("include the docs' sections the sources cite in their comments", () => {
    const self = slashed(relative(ROOT, __filename));
    const sources = repo.files.filter(
      (file) => /^(src|test|bench|scripts)\/.*\.(ts|tsx|js)$/.test(file) && file !== self
    );
    const broken = sources.flatMap((file) =>
      [...readFileSync(join(ROOT, file), "utf8").matchAll(/\bdocs\/[\w.-]+\.md(#[\w-]+)?/g)]
        .map(([path]) => ({ path, why: problem({ path, from: "" }, repo, file) }))
        .filter(({ why }) => why)
        .map(({ path, why }) => `${file}: ${path} (${why})`)
    );
    expect(broken).toEqual([]);
  });
});

describe("the README's benchmarks", () => {
  // Vietnamese thousands: 141.621 (the README's figures are written as the analysts write numbers).
  const shown = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ".");

  it("cite the figures of bench/results.json, the same on every run of the same code", () => {
    const results = JSON.parse(readFileSync(join(ROOT, "bench", "results.json"), "utf8"));
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const row = (label: string) =>
      readme.split("\n").find((line) => line.startsWith(`| ${label}`)) ?? "";
    expect(row("functions bundle")).toContain(
      `${shown(results.functions_bundle_bytes)} B (${shown(results.functions_bundle_gzip_bytes)} B gzip)`
    );
    expect(row("task pane first load")).toContain(`${shown(results.taskpane_bundle_gzip_bytes)} B`);
    expect(row("largest request")).toContain(
      `${shown(results.consolidate_200_max_request_bytes)} B / ${shown(results.consolidate_1000_max_request_bytes)} B`
    );
    expect(row("`context.sync()` calls")).toContain(
      `${results.generate_syncs} / ${results.fill_syncs} / ${results.consolidate_syncs}`
    );
    const hostile = Object.values(results.hostile_files as Record<string, { refused: boolean }>);
    expect(hostile.every((file) => file.refused)).toBe(hostile.length > 0);
    expect(row("hostile files")).toContain("refused");
  });
});

describe("the citation finder, on made-up texts", () => {
  const made = { roots: new Set(["src", "docs", "test", "manifest.xml"]), ignored: ["dist"] };

  it("finds paths in inline code, in code blocks and in links, and leaves words and web addresses", () => {
    const text = [
      "The catalog (`src/core/catalog.ts`) and `layout.ts`; see [the sheets](sheets.md#city-sheet),",
      "[a heading](#reading-figures) and [Microsoft](https://learn.microsoft.com/x).",
      "`=CDS.RATE(600, 1000)`, `npx jest test/unit/docs.test.ts`, `dist/manifest.xml`, `CDS_2025.xlsx`.",
      "```",
      "src/sheets/        the sheets (`unit/read.ts`), the Office.js adapter",
      "npm test",
      "```",
    ].join("\n");
    expect(citedPaths(text, made, "docs")).toEqual([
      { path: "src/sheets/", from: "" },
      { path: "unit/read.ts", from: "*" },
      { path: "src/core/catalog.ts", from: "" },
      { path: "layout.ts", from: "*" },
      { path: "test/unit/docs.test.ts", from: "" },
      { path: "sheets.md#city-sheet", from: "docs" },
      { path: "#reading-figures", from: "docs" },
    ]);
  });

  it("names a path to nothing, a file cited as a folder, a missing anchor and an unknown file name", () => {
    const repo: Repository = {
      root: ROOT,
      roots: made.roots,
      ignored: ["dist"],
      files: ["src/core/catalog.ts", "src/sheets/unit/read.ts"],
    };
    const why = (path: string, from = "") => problem({ path, from }, repo, "docs/sheets.md");
    expect(why("src/core/catalog.ts")).toBeUndefined();
    expect(why("src/core/")).toBeUndefined();
    expect(why("dist/manifest.xml")).toBeUndefined();
    expect(why("src/core/sheet/layout.ts")).toBe("missing");
    expect(why("src/core/catalog.ts/")).toBe("cited as a folder, is a file");
    expect(why("src/core/#consolidation")).toBe("an anchor on what is not a Markdown file");
    expect(why("domain.md#consolidation", "docs")).toBeUndefined();
    expect(why("domain.md#no-such-heading", "docs")).toBe("no heading gives #no-such-heading");
    expect(why("#no-such-heading", "docs")).toBe("no heading gives #no-such-heading");
    expect(why("read.ts", "*")).toBeUndefined();
    expect(why("unit/read.ts", "*")).toBeUndefined();
    expect(why("sheet/read.ts", "*")).toBe("no file of that name");
    expect(why("layout.ts", "*")).toBe("no file of that name");
  });

  it("makes GitHub's anchors of headings", () => {
    expect(anchorOf("City's comments on a unit sheet")).toBe("citys-comments-on-a-unit-sheet");
    expect(anchorOf("Data window and deadline")).toBe("data-window-and-deadline");
    expect(anchorOf("Defect 1")).toBe("defect-1");
    expect(anchorOf("Tạo bảng chỉ tiêu")).toBe("tạo-bảng-chỉ-tiêu");
  });
});
