/**
 * A strict well-formedness check of an XML document (XML 1.0 and its namespaces), in one pass, with no dependency:
 * it runs the same in the task pane and in Node. Word refuses to open a part that fails any of these rules, so a
 * template part that fails is refused before it is filled, and a filled part is checked again before it is offered.
 *
 * Checked: one root element; tags that close in order; attribute syntax, quotes and no repeated attribute; entity
 * references (only the five predefined ones and character references to allowed characters); no "<" in an
 * attribute value, no "]]>" in text; comments, CDATA sections and processing instructions closed; characters XML
 * allows; namespace prefixes declared. A DOCTYPE is refused (an Office part never has one).
 */

export interface XmlProblem {
  readonly line: number;
  readonly column: number;
  /** What is wrong, in Vietnamese. */
  readonly reason: string;
}

const NAME_START =
  "A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
/** A name with at most one prefix (QName); the name characters of XML include combining marks, on purpose. */
// eslint-disable-next-line no-misleading-character-class
const QNAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*(?::[${NAME_START}][${NAME_CHAR}]*)?`, "y");
const SPACE = /[ \t\r\n]*/y;
const TEXT = /[^<&\]]+/y;
// the control characters XML 1.0 forbids, on purpose
// eslint-disable-next-line no-control-regex
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;

class Fail extends Error {
  constructor(
    readonly at: number,
    readonly reason: string
  ) {
    super(reason);
  }
}

function allowedCode(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Null when the text is a well-formed XML document, else where and why it is not. */
export function xmlProblem(xml: string): XmlProblem | null {
  try {
    check(xml);
    return null;
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    const before = xml.slice(0, e.at);
    const line = before.split("\n").length;
    return { line, column: e.at - before.lastIndexOf("\n"), reason: e.reason };
  }
}

function check(xml: string): void {
  const bad = BAD_CHAR.exec(xml);
  if (bad) throw new Fail(bad.index, `ký tự không được phép (mã ${bad[0].charCodeAt(0)})`);
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;
  const open: { name: string; at: number; scope: Map<string, string> | null }[] = [];
  const bound: Map<string, string>[] = [];
  let roots = 0;

  const fail = (at: number, reason: string): never => {
    throw new Fail(at, reason);
  };
  const name = (at: number): string => {
    QNAME.lastIndex = at;
    const m = QNAME.exec(xml);
    if (!m) return fail(at, "thiếu tên thẻ hoặc tên thuộc tính");
    return m[0];
  };
  const space = (at: number): number => {
    SPACE.lastIndex = at;
    SPACE.exec(xml);
    return SPACE.lastIndex;
  };
  const reference = (at: number): number => {
    REFERENCE.lastIndex = at;
    const m = REFERENCE.exec(xml);
    if (!m) {
      const shown = xml.slice(at, Math.min(n, at + 12)).split(/[\s<]/)[0];
      return fail(at, `tham chiếu thực thể không hợp lệ "${shown}"`);
    }
    if (!m[1]) {
      const code = m[2] ? parseInt(m[2], 10) : parseInt(m[3], 16);
      if (!allowedCode(code)) fail(at, `tham chiếu ký tự không được phép "${m[0]}"`);
    }
    return REFERENCE.lastIndex;
  };
  const isBound = (prefix: string): boolean => {
    if (prefix === "xml" || prefix === "xmlns") return true;
    for (let k = bound.length - 1; k >= 0; k--) if (bound[k].has(prefix)) return true;
    return false;
  };
  const prefixOf = (qname: string): string | null => {
    const c = qname.indexOf(":");
    return c < 0 ? null : qname.slice(0, c);
  };

  const closing = (from: number, start: string, end: string, what: string): number => {
    const at = xml.indexOf(end, from + start.length);
    if (at < 0) fail(from, `${what} không được đóng`);
    return at + end.length;
  };

  while (i < n) {
    const c = xml.charCodeAt(i);
    if (c !== 0x3c /* < */) {
      if (c === 0x26 /* & */) {
        if (!open.length) fail(i, "văn bản nằm ngoài thẻ gốc");
        i = reference(i);
        continue;
      }
      if (c === 0x5d /* ] */ && xml.startsWith("]]>", i)) fail(i, '"]]>" trong văn bản');
      const from = i;
      if (c === 0x5d) i++;
      else {
        TEXT.lastIndex = i;
        TEXT.exec(xml);
        i = TEXT.lastIndex;
      }
      if (!open.length && /[^ \t\r\n]/.test(xml.slice(from, i)))
        fail(from, "văn bản nằm ngoài thẻ gốc");
      continue;
    }
    if (xml.startsWith("<!--", i)) {
      const end = closing(i, "<!--", "-->", "chú thích");
      if (xml.slice(i + 4, end - 3).includes("--")) fail(i, 'chú thích chứa "--"');
      i = end;
      continue;
    }
    if (xml.startsWith("<![CDATA[", i)) {
      if (!open.length) fail(i, "CDATA nằm ngoài thẻ gốc");
      i = closing(i, "<![CDATA[", "]]>", "đoạn CDATA");
      continue;
    }
    if (xml.startsWith("<!DOCTYPE", i))
      fail(i, "khai báo DOCTYPE không được dùng trong tệp Office");
    if (xml.startsWith("<?", i)) {
      const target = name(i + 2);
      if (target.toLowerCase() === "xml" && i > (xml.charCodeAt(0) === 0xfeff ? 1 : 0))
        fail(i, "khai báo <?xml?> không ở đầu tệp");
      i = closing(i, "<?", "?>", "chỉ thị xử lý");
      continue;
    }
    if (xml.startsWith("</", i)) {
      const tag = name(i + 2);
      const top = open.pop();
      if (!top) fail(i, `thẻ đóng </${tag}> không có thẻ mở`);
      else if (top.name !== tag) fail(i, `thẻ <${top.name}> chưa đóng mà gặp </${tag}>`);
      if (top?.scope) bound.pop();
      i = space(i + 2 + tag.length);
      if (xml[i] !== ">") fail(i, `thẻ đóng </${tag}> thiếu ">"`);
      i++;
      continue;
    }
    // a start tag
    const at = i;
    const tag = name(i + 1);
    if (!open.length && roots++ > 0) fail(at, "có nhiều hơn một thẻ gốc");
    i += 1 + tag.length;
    const attrs = new Set<string>();
    const prefixes: string[] = [];
    let scope: Map<string, string> | null = null;
    for (;;) {
      const afterSpace = space(i);
      const ch = xml[afterSpace];
      if (ch === ">" || (ch === "/" && xml[afterSpace + 1] === ">")) {
        i = afterSpace;
        break;
      }
      if (afterSpace === i)
        fail(
          i,
          ch === undefined
            ? `thẻ <${tag}> không được đóng`
            : `thẻ <${tag}>: thiếu khoảng trắng hoặc ký tự lạ "${ch}"`
        );
      i = afterSpace;
      const attr = name(i);
      if (attrs.has(attr)) fail(i, `thuộc tính "${attr}" lặp lại trong thẻ <${tag}>`);
      attrs.add(attr);
      i = space(i + attr.length);
      if (xml[i] !== "=") fail(i, `thuộc tính "${attr}" thiếu "="`);
      i = space(i + 1);
      const quote = xml[i];
      if (quote !== '"' && quote !== "'")
        fail(i, `giá trị của thuộc tính "${attr}" thiếu dấu ngoặc kép`);
      const valueStart = i + 1;
      let j = valueStart;
      for (;;) {
        if (j >= n) fail(i, `giá trị của thuộc tính "${attr}" không được đóng`);
        const v = xml[j];
        if (v === quote) break;
        if (v === "<") fail(j, `ký tự "<" trong giá trị thuộc tính "${attr}"`);
        j = v === "&" ? reference(j) : j + 1;
      }
      if (attr.startsWith("xmlns:")) {
        const p = attr.slice(6);
        if (valueStart === j) fail(i, `không gian tên "${p}" để trống`);
        (scope ??= new Map()).set(p, xml.slice(valueStart, j));
      } else {
        const p = prefixOf(attr);
        if (p) prefixes.push(p);
      }
      i = j + 1;
    }
    if (scope) bound.push(scope);
    for (const p of [prefixOf(tag), ...prefixes])
      if (p && !isBound(p)) fail(at, `tiền tố "${p}" chưa được khai báo (thẻ <${tag}>)`);
    if (xml[i] === "/") {
      if (scope) bound.pop();
      i += 2;
    } else {
      open.push({ name: tag, at, scope });
      i += 1;
    }
  }
  if (open.length)
    fail(open[open.length - 1].at, `thẻ <${open[open.length - 1].name}> không được đóng`);
  if (!roots) fail(0, "không có thẻ gốc");
}
