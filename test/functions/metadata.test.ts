/** The functions.json that the build generates from the JSDoc of src/functions/functions.ts (run after `npm run build`). */
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const path = join(__dirname, "..", "..", "dist", "functions.json");

interface Param {
  name: string;
  description: string;
  type: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type: string };
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

const EXPECTED: Array<[string, string[], string, number]> = [
  // id, parameters, result type, required parameters
  ["RATE", ["a", "b"], "number", 2],
  ["CHECK", ["value", "target", "level", "id"], "string", 2],
  ["TARGET", ["id", "level"], "string", 1],
  ["TITLE", ["id"], "string", 1],
  ["NEEDED", ["a", "b", "target", "level"], "number", 3],
  ["CHANGE", ["current", "previous", "id", "previousVerdict", "currentVerdict"], "string", 3],
];

describe("the built functions.json", () => {
  const json = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as { functions: Fn[] })
    : null;

  test("exists (the test command builds first)", () => expect(json).not.toBeNull());

  test("declares exactly the CDS functions, with ids Excel accepts", () => {
    expect(json!.functions.map((f) => f.id)).toEqual(EXPECTED.map((e) => e[0]));
    for (const f of json!.functions) {
      expect(f.id).toMatch(/^[a-zA-Z0-9._]*$/);
      expect(f.name).toBe(f.id);
    }
  });

  test.each(EXPECTED)("%s: parameters %j, result %s", (id, params, result, required) => {
    const f = json!.functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => p.name)).toEqual(params);
    expect(f.parameters.filter((p) => !p.optional)).toHaveLength(required);
    expect(f.parameters.every((p) => p.type === "any")).toBe(true); // blank cells reach the function as blank
    expect(f.result.type).toBe(result);
  });

  test.each(EXPECTED.map((e) => e[0]))(
    "%s: Vietnamese descriptions for the function and every parameter",
    (id) => {
      const f = json!.functions.find((x) => x.id === id)!;
      expect(f.description).toMatch(VIETNAMESE);
      expect(f.description.length).toBeGreaterThan(30);
      for (const p of f.parameters) {
        expect([p.name, VIETNAMESE.test(p.description)]).toEqual([p.name, true]);
      }
    }
  );

  test("the bundle associates every function with its id", () => {
    const js = readFileSync(join(__dirname, "..", "..", "dist", "functions.js"), "utf8");
    for (const [id] of EXPECTED) expect(js).toContain(`"${id}"`);
    expect(js).not.toMatch(/hyperformula/i);
    expect(js).not.toContain("danhgia."); // the template keys stay out of the functions bundle
  });
});
