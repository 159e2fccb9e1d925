/**
 * Loading a use case chunk: only a chunk that cannot be fetched is told as a network problem (with the fetch's error
 * kept as the cause); any other failure goes on as it is.
 */
import { isChunkLoadError, load } from "../../src/taskpane/chunks";
import { UserError } from "../../src/usecases";
import { LazyOfficeWorkbook } from "../../src/taskpane/lazyWorkbook";

const NETWORK =
  "Không tải được chức năng này của CĐS Excel: hãy kiểm tra kết nối mạng rồi bấm lại.";

/** What `load` rejected with, or fails the test if it resolved. */
async function rejection(chunk: () => Promise<unknown>): Promise<unknown> {
  try {
    await load(chunk);
  } catch (error) {
    return error;
  }
  throw new Error("load resolved");
}

/** webpack's error for a chunk it could not fetch: an Error named ChunkLoadError. */
function webpackChunkLoadError(): Error {
  const error = new Error("Loading chunk 512 failed.\n(error: https://localhost:3000/city.js)");
  error.name = "ChunkLoadError";
  return error;
}

describe("load", () => {
  it("returns the chunk's module", async () => {
    const module = { run: () => 1 };
    await expect(load(() => Promise.resolve(module))).resolves.toBe(module);
  });

  it.each([
    ["webpack's ChunkLoadError", webpackChunkLoadError()],
    [
      "a ChunkLoadError whose message says nothing of chunks",
      Object.assign(new Error("timeout"), { name: "ChunkLoadError" }),
    ],
    ["a message saying Loading chunk", new Error("Loading chunk 7 failed.")],
    ["a message saying Loading CSS chunk", new Error("Loading CSS chunk 7 failed.")],
    [
      "a native dynamic import that could not fetch",
      new TypeError(
        "Failed to fetch dynamically imported module: https://localhost:3000/report.js"
      ),
    ],
  ])("tells %s as a network problem, keeping it as the cause", async (_what, failure) => {
    const error = await rejection(() => Promise.reject(failure));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(NETWORK);
    expect((error as UserError).cause).toBe(failure);
  });

  it.each([
    [
      "a module that throws as it loads",
      new TypeError("Cannot read properties of undefined (reading 'rows')"),
    ],
    ["a UserError of its own", new UserError("Hãy nhập tên đơn vị báo cáo.")],
    ["a RangeError", new RangeError("Maximum call stack size exceeded")],
    ["something not an Error", "bad"],
    ["nothing at all", undefined],
  ])("rethrows %s as it is", async (_what, failure) => {
    const error = await rejection(() => Promise.reject(failure));
    expect(error).toBe(failure);
  });

  it("rethrows what the loader throws before any promise, as it is", async () => {
    const failure = new SyntaxError("Unexpected token '<'");
    const error = await rejection(() => {
      throw failure;
    });
    expect(error).toBe(failure);
  });
});

describe("isChunkLoadError", () => {
  it("knows a chunk's fetch failing from other errors", () => {
    expect(isChunkLoadError(webpackChunkLoadError())).toBe(true);
    expect(isChunkLoadError(new Error("Failed to fetch dynamically imported module: x.js"))).toBe(
      true
    );
    expect(isChunkLoadError(new Error("Failed to fetch"))).toBe(false);
    expect(isChunkLoadError(new Error("chunk"))).toBe(false);
    expect(isChunkLoadError({ name: "ChunkLoadError" })).toBe(true);
    expect(isChunkLoadError("Loading chunk 1 failed.")).toBe(false);
    expect(isChunkLoadError(null)).toBe(false);
  });
});

describe("UserError", () => {
  it("keeps a cause only when given one", () => {
    const cause = new Error("underneath");
    expect(new UserError("x", cause).cause).toBe(cause);
    expect("cause" in new UserError("x")).toBe(false);
    expect(new UserError("x").name).toBe("UserError");
  });
});

describe("the lazily loaded Excel adapter", () => {
  const chunkError = Object.assign(new Error("Loading chunk 710 failed."), {
    name: "ChunkLoadError",
  });

  test("a chunk that cannot be fetched is said as such, with its error kept; the next click tries again", async () => {
    const ready = jest.fn(async () => undefined);
    const modules = [
      () => Promise.reject(chunkError),
      () =>
        Promise.resolve({
          OfficeWorkbook: class {
            ensureReady = ready;
          } as never,
        }),
    ];
    let call = 0;
    const port = new LazyOfficeWorkbook(() => modules[call++]());
    const first = await port.ensureReady().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(UserError);
    expect((first as UserError).message).toMatch(/kiểm tra kết nối mạng/);
    expect((first as UserError).cause).toBe(chunkError);
    await expect(port.ensureReady()).resolves.toBeUndefined();
    expect(ready).toHaveBeenCalledTimes(1);
  });

  test("any other failure while loading is the error it is, never a network message", async () => {
    const bug = new TypeError("OfficeWorkbook is not a constructor");
    const port = new LazyOfficeWorkbook(() => Promise.reject(bug));
    await expect(port.ensureReady()).rejects.toBe(bug);
  });
});

describe("what each chunk carries", () => {
  // docx and JSZip are for the documents' buttons only: the sheet's chunk (Generate, Check, Fill) must load neither.
  const refuse = (name: string) => () => {
    throw new Error(`${name} loaded`);
  };

  test("the sheet's use cases load neither docx nor JSZip; the documents' do", async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock("docx", refuse("docx"));
      jest.doMock("jszip", refuse("jszip"));
      await expect(import("../../src/usecases/sheet/sheet")).resolves.toHaveProperty(
        "validateFigures"
      );
      await expect(import("../../src/usecases/documents/documents")).rejects.toThrow(/loaded/);
    });
  });
});
