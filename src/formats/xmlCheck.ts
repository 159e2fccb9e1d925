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
  new Scan(xml).document();
}

const fail = (at: number, reason: string): never => {
  throw new Fail(at, reason);
};

const prefixOf = (qname: string): string | null => {
  const c = qname.indexOf(":");
  return c < 0 ? null : qname.slice(0, c);
};

/** One pass over the document: each kind of markup read by a method of its own, the cursor and the open tags shared. */
class Scan {
  private readonly n: number;
  /** Past a byte-order mark, where the document starts (a `<?xml?>` may stand only there). */
  private readonly first: number;
  private i: number;
  private readonly open: { name: string; at: number; scope: Map<string, string> | null }[] = [];
  /** The namespace prefixes declared by each open tag that declares any. */
  private readonly bound: Map<string, string>[] = [];
  private roots = 0;

  constructor(private readonly xml: string) {
    this.n = xml.length;
    this.first = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.i = this.first;
  }

  document(): void {
    const { xml, n } = this;
    while (this.i < n) {
      const i = this.i;
      if (xml.charCodeAt(i) !== 0x3c /* < */) this.text();
      else if (xml.startsWith("<!--", i)) this.comment();
      else if (xml.startsWith("<![CDATA[", i)) this.cdata();
      else if (xml.startsWith("<!DOCTYPE", i))
        fail(i, "khai báo DOCTYPE không được dùng trong tệp Office");
      else if (xml.startsWith("<?", i)) this.instruction();
      else if (xml.startsWith("</", i)) this.endTag();
      else this.startTag();
    }
    const last = this.open[this.open.length - 1];
    if (last) fail(last.at, `thẻ <${last.name}> không được đóng`);
    if (!this.roots) fail(0, "không có thẻ gốc");
  }

  private text(): void {
    const { xml } = this;
    const c = xml.charCodeAt(this.i);
    if (c === 0x26 /* & */) {
      if (!this.open.length) fail(this.i, "văn bản nằm ngoài thẻ gốc");
      this.i = this.reference(this.i);
      return;
    }
    if (c === 0x5d /* ] */ && xml.startsWith("]]>", this.i)) fail(this.i, '"]]>" trong văn bản');
    const from = this.i;
    if (c === 0x5d) this.i++;
    else {
      TEXT.lastIndex = this.i;
      TEXT.exec(xml);
      this.i = TEXT.lastIndex;
    }
    if (!this.open.length && /[^ \t\r\n]/.test(xml.slice(from, this.i)))
      fail(from, "văn bản nằm ngoài thẻ gốc");
  }

  private comment(): void {
    const end = this.closing("<!--", "-->", "chú thích");
    if (this.xml.slice(this.i + 4, end - 3).includes("--")) fail(this.i, 'chú thích chứa "--"');
    this.i = end;
  }

  private cdata(): void {
    if (!this.open.length) fail(this.i, "CDATA nằm ngoài thẻ gốc");
    this.i = this.closing("<![CDATA[", "]]>", "đoạn CDATA");
  }

  private instruction(): void {
    const target = this.name(this.i + 2);
    if (target.toLowerCase() === "xml" && this.i > this.first)
      fail(this.i, "khai báo <?xml?> không ở đầu tệp");
    this.i = this.closing("<?", "?>", "chỉ thị xử lý");
  }

  private endTag(): void {
    const tag = this.name(this.i + 2);
    const top = this.open.pop();
    if (!top) fail(this.i, `thẻ đóng </${tag}> không có thẻ mở`);
    else if (top.name !== tag) fail(this.i, `thẻ <${top.name}> chưa đóng mà gặp </${tag}>`);
    if (top?.scope) this.bound.pop();
    this.i = this.space(this.i + 2 + tag.length);
    if (this.xml[this.i] !== ">") fail(this.i, `thẻ đóng </${tag}> thiếu ">"`);
    this.i++;
  }

  private startTag(): void {
    const at = this.i;
    const tag = this.name(at + 1);
    if (!this.open.length && this.roots++ > 0) fail(at, "có nhiều hơn một thẻ gốc");
    this.i += 1 + tag.length;
    const { scope, prefixes } = this.attributes(tag);
    if (scope) this.bound.push(scope);
    for (const p of [prefixOf(tag), ...prefixes])
      if (p && !this.isBound(p)) fail(at, `tiền tố "${p}" chưa được khai báo (thẻ <${tag}>)`);
    if (this.xml[this.i] === "/") {
      if (scope) this.bound.pop();
      this.i += 2;
    } else {
      this.open.push({ name: tag, at, scope });
      this.i += 1;
    }
  }

  /** A start tag's attributes, up to its ">" or "/>": the namespaces it declares and the prefixes it uses. */
  private attributes(tag: string): { scope: Map<string, string> | null; prefixes: string[] } {
    const { xml } = this;
    const attrs = new Set<string>();
    const prefixes: string[] = [];
    let scope: Map<string, string> | null = null;
    for (;;) {
      const afterSpace = this.space(this.i);
      const ch = xml[afterSpace];
      if (ch === ">" || (ch === "/" && xml[afterSpace + 1] === ">")) {
        this.i = afterSpace;
        return { scope, prefixes };
      }
      if (afterSpace === this.i)
        fail(
          this.i,
          ch === undefined
            ? `thẻ <${tag}> không được đóng`
            : `thẻ <${tag}>: thiếu khoảng trắng hoặc ký tự lạ "${ch}"`
        );
      this.i = afterSpace;
      const attr = this.name(this.i);
      if (attrs.has(attr)) fail(this.i, `thuộc tính "${attr}" lặp lại trong thẻ <${tag}>`);
      attrs.add(attr);
      this.i = this.space(this.i + attr.length);
      if (xml[this.i] !== "=") fail(this.i, `thuộc tính "${attr}" thiếu "="`);
      this.i = this.space(this.i + 1);
      const valueStart = this.i + 1;
      const valueEnd = this.attributeValue(attr);
      if (attr.startsWith("xmlns:")) {
        const p = attr.slice(6);
        if (valueStart === valueEnd) fail(this.i, `không gian tên "${p}" để trống`);
        (scope ??= new Map()).set(p, xml.slice(valueStart, valueEnd));
      } else {
        const p = prefixOf(attr);
        if (p) prefixes.push(p);
      }
      this.i = valueEnd + 1;
    }
  }

  /** A quoted value starting at the cursor: where its closing quote stands (the cursor stays on the opening one). */
  private attributeValue(attr: string): number {
    const { xml, n, i } = this;
    const quote = xml[i];
    if (quote !== '"' && quote !== "'")
      fail(i, `giá trị của thuộc tính "${attr}" thiếu dấu ngoặc kép`);
    let j = i + 1;
    for (;;) {
      if (j >= n) fail(i, `giá trị của thuộc tính "${attr}" không được đóng`);
      const v = xml[j];
      if (v === quote) return j;
      if (v === "<") fail(j, `ký tự "<" trong giá trị thuộc tính "${attr}"`);
      j = v === "&" ? this.reference(j) : j + 1;
    }
  }

  private name(at: number): string {
    QNAME.lastIndex = at;
    const m = QNAME.exec(this.xml);
    if (!m) return fail(at, "thiếu tên thẻ hoặc tên thuộc tính");
    return m[0];
  }

  private space(at: number): number {
    SPACE.lastIndex = at;
    SPACE.exec(this.xml);
    return SPACE.lastIndex;
  }

  private reference(at: number): number {
    REFERENCE.lastIndex = at;
    const m = REFERENCE.exec(this.xml);
    if (!m) {
      const shown = this.xml.slice(at, Math.min(this.n, at + 12)).split(/[\s<]/)[0];
      return fail(at, `tham chiếu thực thể không hợp lệ "${shown}"`);
    }
    if (!m[1]) {
      const code = m[2] ? parseInt(m[2], 10) : parseInt(m[3], 16);
      if (!allowedCode(code)) fail(at, `tham chiếu ký tự không được phép "${m[0]}"`);
    }
    return REFERENCE.lastIndex;
  }

  private isBound(prefix: string): boolean {
    if (prefix === "xml" || prefix === "xmlns") return true;
    for (let k = this.bound.length - 1; k >= 0; k--) if (this.bound[k].has(prefix)) return true;
    return false;
  }

  /** The end of a comment, CDATA section or instruction that starts at the cursor. */
  private closing(start: string, end: string, what: string): number {
    const at = this.xml.indexOf(end, this.i + start.length);
    if (at < 0) fail(this.i, `${what} không được đóng`);
    return at + end.length;
  }
}
