/**
 * Offline checks of manifest.xml (Microsoft's validator is an online service): structure, resources, URLs,
 * icons, the custom functions extension point against the build output, and the production URL rewrite.
 * Run after `npm run build`: some checks look at dist/.
 */
import { execFile } from "child_process";
import { existsSync, readFileSync } from "fs";
import { CUSTOM_FUNCTIONS_RUNTIME } from "../../src/taskpane/host";
import { join } from "path";
import { promisify } from "util";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DEV_BASE_URL, productionBaseUrl, rewriteManifestUrls } from "../../scripts/manifest-url";

const ROOT = join(__dirname, "..", "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const DIST = join(ROOT, "dist");
const manifestXml = readFileSync(MANIFEST_PATH, "utf8");

// ---- a small element tree over fast-xml-parser's ordered output ----

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

function toNodes(items: Ordered[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of items) {
    const name = Object.keys(item).find((key) => key !== ":@");
    if (!name || name === "#text" || name === "?xml" || name === "#comment") continue;
    const content = item[name] as Ordered[];
    const text = content
      .filter((child) => "#text" in child)
      .map((child) => String(child["#text"]))
      .join("");
    nodes.push({ name, attrs: item[":@"] ?? {}, children: toNodes(content), text: text.trim() });
  }
  return nodes;
}

function parseManifest(xml: string): XmlNode {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const roots = toNodes(parser.parse(xml) as Ordered[]);
  expect(roots).toHaveLength(1);
  return roots[0];
}

function* walk(node: XmlNode, ancestors: XmlNode[] = []): Generator<[XmlNode, XmlNode[]]> {
  yield [node, ancestors];
  for (const child of node.children) yield* walk(child, [...ancestors, node]);
}

function all(root: XmlNode, name: string): XmlNode[] {
  return [...walk(root)].map(([node]) => node).filter((node) => node.name === name);
}

function one(root: XmlNode, name: string): XmlNode {
  const found = all(root, name);
  expect(found.map((node) => node.name)).toEqual([name]);
  return found[0];
}

function child(node: XmlNode, name: string): XmlNode {
  const found = node.children.filter((c) => c.name === name);
  expect(found.map((c) => c.name)).toEqual([name]);
  return found[0];
}

// ---- resources ----

const RESOURCE_GROUPS = {
  "bt:Images": "image",
  "bt:Urls": "url",
  "bt:ShortStrings": "short",
  "bt:LongStrings": "long",
} as const;
type ResourceKind = (typeof RESOURCE_GROUPS)[keyof typeof RESOURCE_GROUPS];

interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
}

function resources(root: XmlNode): Resource[] {
  const list: Resource[] = [];
  for (const group of one(root, "Resources").children) {
    const kind = RESOURCE_GROUPS[group.name as keyof typeof RESOURCE_GROUPS];
    expect(kind).toBeDefined();
    for (const entry of group.children) {
      list.push({ id: entry.attrs.id, kind, value: entry.attrs.DefaultValue });
    }
  }
  return list;
}

/** Which kind of resource an element's resid must name. */
const RESID_KIND: Record<string, ResourceKind> = {
  "bt:Image": "image",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Label: "short",
  Title: "short",
  Namespace: "short",
  Description: "long",
};

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(0, 8).equals(signature)).toBe(true);
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file a dev URL names, relative to the site root. */
function sitePath(url: string): string {
  expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  return url.slice(DEV_BASE_URL.length);
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

const root = parseManifest(manifestXml);
const resourceList = resources(root);
const byId = new Map(resourceList.map((r) => [r.id, r]));

describe("manifest.xml structure", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(manifestXml)).toBe(true);
  });

  test("is a task pane add-in for Excel, in Vietnamese, with document read/write permission", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(child(root, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(child(root, "DefaultLocale").text).toBe("vi-VN");
    expect(child(root, "DisplayName").attrs.DefaultValue).toBe("CĐS Excel");
    expect(child(root, "ProviderName").text).toBe("CĐS Excel");
    expect(child(root, "Description").attrs.DefaultValue).toBe(
      "Báo cáo chỉ tiêu chuyển đổi số Thành phố Hồ Chí Minh"
    );
    expect(child(root, "Permissions").text).toBe("ReadWriteDocument");
    expect(child(root, "Hosts").children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
  });

  test("office-addin-manifest reads it", async () => {
    // In a plain Node process: the package loads an ESM-only dependency that jest's CommonJS runtime cannot.
    const script =
      'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
      ".then((info) => process.stdout.write(JSON.stringify(info)))" +
      ".catch((error) => { console.error(error); process.exit(1); })";
    const { stdout } = await promisify(execFile)(process.execPath, ["-e", script, MANIFEST_PATH], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const info: unknown = JSON.parse(stdout);
    expect(info).toMatchObject({
      id: child(root, "Id").text,
      displayName: "CĐS Excel",
      defaultLocale: "vi-VN",
      permissions: "ReadWriteDocument",
      hosts: ["Workbook"],
      officeAppType: "TaskPaneApp",
      manifestType: "xml",
    });
  });

  test("requires the custom functions runtime in the version overrides, not for the whole add-in", () => {
    expect(root.children.some((c) => c.name === "Requirements")).toBe(false);
    const overrides = child(root, "VersionOverrides");
    const sets = child(child(overrides, "Requirements"), "bt:Sets");
    expect(sets.children.map((s) => s.attrs)).toEqual([
      { Name: "CustomFunctionsRuntime", MinVersion: customFunctionsNeeded().version },
    ]);
  });

  test("the pane asks Excel for the same CustomFunctionsRuntime version (host.ts): below it, the plain sheet", () => {
    const overrides = child(root, "VersionOverrides");
    const set = child(child(overrides, "Requirements"), "bt:Sets").children[0];
    expect(set.attrs.MinVersion).toBe(CUSTOM_FUNCTIONS_RUNTIME);
  });

  test("declares the CustomFunctionsRuntime version the functions' code needs, by Microsoft's typings", () => {
    const { version, members } = customFunctionsNeeded();
    // new CustomFunctions.Error(code, message) is 1.2; the ErrorCode values it takes are marked 1.3.
    expect(members).toEqual({ Error: "1.2", ErrorCode: "1.3" });
    expect(version).toBe("1.3");
  });
});

/** Versions compared as numbers: "1.10" is after "1.9". */
function laterVersion(a: string, b: string): string {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  return x[0] !== y[0] ? (x[0] > y[0] ? a : b) : x[1] >= y[1] ? a : b;
}

/**
 * The CustomFunctionsRuntime set each `CustomFunctions.<member>` used by src/functions needs: the latest
 * "[Api set: CustomFunctionsRuntime x.y]" in that member's declaration in @types/custom-functions-runtime (an enum
 * needs its members' sets); 1.1 when it names none.
 */
function customFunctionsNeeded(): { version: string; members: Record<string, string> } {
  const typings = readFileSync(
    join(ROOT, "node_modules/@types/custom-functions-runtime/index.d.ts"),
    "utf8"
  ).split("\n");
  const sources = ["functions.ts", "impl.ts"].map((f) =>
    readFileSync(join(ROOT, "src/functions", f), "utf8")
  );
  const used = new Set(
    sources.flatMap((text) => [...text.matchAll(/CustomFunctions\.(\w+)/g)].map((m) => m[1]))
  );
  const members: Record<string, string> = {};
  for (const name of [...used].sort()) {
    const start = typings.findIndex((line) =>
      new RegExp(`^    (class|enum|function|interface) ${name}\\b`).test(line)
    );
    expect([name, start >= 0]).toEqual([name, true]);
    // the declaration's doc comment above it, and its body down to the closing brace at the same depth
    let first = start;
    while (first > 0 && /^\s*(\*|\/\*\*)/.test(typings[first - 1])) first--;
    let last = start;
    if (/[{]\s*$/.test(typings[start])) while (!/^ {4}}/.test(typings[last])) last++;
    let version = "1.1";
    for (const line of typings.slice(first, last + 1)) {
      const set = /\[Api set: CustomFunctionsRuntime (\d+\.\d+)\]/.exec(line);
      if (set) version = laterVersion(version, set[1]);
    }
    members[name] = version;
  }
  return { version: Object.values(members).reduce(laterVersion, "1.1"), members };
}

describe("manifest.xml resources", () => {
  test("ids are unique and at most 32 characters", () => {
    const ids = resourceList.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("every resid names a defined resource of the right kind", () => {
    const references = [...walk(root)].filter(([node]) => node.attrs.resid !== undefined);
    expect(references.length).toBeGreaterThan(0);
    for (const [node] of references) {
      const resource = byId.get(node.attrs.resid);
      expect({
        element: node.name,
        resid: node.attrs.resid,
        defined: resource !== undefined,
      }).toEqual({
        element: node.name,
        resid: node.attrs.resid,
        defined: true,
      });
      expect({ element: node.name, kind: resource?.kind }).toEqual({
        element: node.name,
        kind: RESID_KIND[node.name],
      });
    }
  });

  test("every resource is used", () => {
    const used = new Set([...walk(root)].map(([node]) => node.attrs.resid).filter(Boolean));
    expect(resourceList.filter((r) => !used.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  test("strings fit Office's limits (short 125, long 250 characters)", () => {
    for (const r of resourceList) {
      if (r.kind === "short") expect(r.value.length).toBeLessThanOrEqual(125);
      if (r.kind === "long") expect(r.value.length).toBeLessThanOrEqual(250);
    }
  });

  test('the custom functions namespace is "CDS"', () => {
    const extension = all(root, "ExtensionPoint").find(
      (e) => e.attrs["xsi:type"] === "CustomFunctions"
    );
    expect(extension).toBeDefined();
    const namespace = child(extension as XmlNode, "Namespace");
    expect(byId.get(namespace.attrs.resid)?.value).toBe("CDS");
  });

  test('the Home tab has a "Chuyển đổi số" group whose "Báo cáo CĐS" button shows the task pane', () => {
    const tab = one(root, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = child(tab, "Group");
    expect(byId.get(child(group, "Label").attrs.resid)?.value).toBe("Chuyển đổi số");
    const button = child(group, "Control");
    expect(button.attrs["xsi:type"]).toBe("Button");
    expect(byId.get(child(button, "Label").attrs.resid)?.value).toBe("Báo cáo CĐS");
    const action = child(button, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(child(action, "TaskpaneId").text).not.toBe("");
    expect(byId.get(child(action, "SourceLocation").attrs.resid)?.value).toBe(
      `${DEV_BASE_URL}taskpane.html`
    );
  });
});

describe("manifest.xml URLs and files", () => {
  const urls = [
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map(
      (name) => child(root, name).attrs.DefaultValue
    ),
    child(child(root, "DefaultSettings"), "SourceLocation").attrs.DefaultValue,
    ...resourceList.filter((r) => r.kind === "url" || r.kind === "image").map((r) => r.value),
  ];

  test("every URL is https, on the dev server", () => {
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
    // Nothing else in the file (namespaces aside) is a plain-http address.
    const plain = manifestXml.match(/http:\/\/[^"\s<]+/g) ?? [];
    expect(
      plain.filter(
        (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/")
      )
    ).toEqual([]);
  });

  test("icons exist in assets/ at the size their name says", () => {
    const images = [
      ...resourceList.filter((r) => r.kind === "image").map((r) => ({ id: r.id, url: r.value })),
      { id: "IconUrl", url: child(root, "IconUrl").attrs.DefaultValue },
      { id: "HighResolutionIconUrl", url: child(root, "HighResolutionIconUrl").attrs.DefaultValue },
    ];
    for (const { id, url } of images) {
      const file = sitePath(url);
      const named = /^assets\/icon-(\d+)\.png$/.exec(file);
      expect({ id, file, matches: named !== null }).toEqual({ id, file, matches: true });
      const size = Number(named?.[1]);
      const fromId = /^Icon\.(\d+)x(\d+)$/.exec(id);
      if (fromId) expect([Number(fromId[1]), Number(fromId[2])]).toEqual([size, size]);
      expect(pngSize(join(ROOT, file))).toEqual({ width: size, height: size });
    }
    expect(sitePath(child(root, "IconUrl").attrs.DefaultValue)).toBe("assets/icon-64.png");
    expect(sitePath(child(root, "HighResolutionIconUrl").attrs.DefaultValue)).toBe(
      "assets/icon-128.png"
    );
  });

  test("ribbon icons are declared at the size of the image they name", () => {
    for (const image of all(root, "bt:Image").filter((i) => i.attrs.resid)) {
      const url = byId.get(image.attrs.resid)?.value ?? "";
      expect(pngSize(join(ROOT, sitePath(url))).width).toBe(Number(image.attrs.size));
    }
  });

  describe("against the build output (run `npm run build` first)", () => {
    beforeAll(() => {
      if (!existsSync(join(DIST, "manifest.xml"))) {
        throw new Error("dist/ has no build: run `npm run build` before this test");
      }
    });

    test("every dev-server URL names a file the build emits", () => {
      for (const url of urls) expect(existsSync(join(DIST, sitePath(url)))).toBe(true);
    });

    test("custom functions: Script, Page and Metadata are functions.js, .html and .json in dist/", () => {
      const extension = all(root, "ExtensionPoint").find(
        (e) => e.attrs["xsi:type"] === "CustomFunctions"
      );
      const location = (part: string) =>
        sitePath(
          byId.get(child(child(extension as XmlNode, part), "SourceLocation").attrs.resid)?.value ??
            ""
        );
      expect([location("Script"), location("Page"), location("Metadata")]).toEqual([
        "functions.js",
        "functions.html",
        "functions.json",
      ]);
      const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
        functions: { id: string }[];
      };
      expect(metadata.functions.length).toBeGreaterThan(0);
      expect(readFileSync(join(DIST, "functions.html"), "utf8")).toContain("functions.js");
      expect(readFileSync(join(DIST, "functions.js"), "utf8")).toContain(
        "CustomFunctions.associate("
      );
    });
  });
});

describe("production manifest rewrite", () => {
  const base = "https://cds.example.vn/bao-cao/";

  test("replaces every localhost URL, not only the first", () => {
    const localhost = count(manifestXml, "localhost");
    expect(localhost).toBeGreaterThan(1);
    expect(count(manifestXml, DEV_BASE_URL)).toBe(localhost);
    const { text, count: replaced } = rewriteManifestUrls(manifestXml, base);
    expect(text).not.toContain("localhost");
    expect(replaced).toBe(localhost);
    expect(count(text, base)).toBe(localhost);
    expect(XMLValidator.validate(text)).toBe(true);
  });

  test("takes the base URL literally", () => {
    const { text } = rewriteManifestUrls(`<a b="${DEV_BASE_URL}x"/>`, "https://example.org/$&/");
    expect(text).toBe('<a b="https://example.org/$&/x"/>');
  });

  test.each([
    ["https://cds.example.vn/addin", "https://cds.example.vn/addin/"],
    ["https://cds.example.vn/addin/", "https://cds.example.vn/addin/"],
    [" https://cds.example.vn ", "https://cds.example.vn/"],
  ])("ADDIN_BASE_URL %j gives %j", (value, expected) => {
    expect(productionBaseUrl(value)).toEqual({ baseUrl: expected });
  });

  test.each([[undefined], [""]])("ADDIN_BASE_URL %j keeps localhost with a warning", (value) => {
    const result = productionBaseUrl(value);
    expect(result.baseUrl).toBe(DEV_BASE_URL);
    expect(result.warning).toMatch(/ADDIN_BASE_URL/);
  });

  test.each([["http://cds.example.vn/"], ["cds.example.vn"], ["https://cds.example.vn/?a=1"]])(
    "ADDIN_BASE_URL %j is refused",
    (value) => {
      expect(() => productionBaseUrl(value)).toThrow(/ADDIN_BASE_URL/);
    }
  );
});
