import { Document, Paragraph, TextRun } from "docx";

/** The text of a .docx body (word/document.xml), one paragraph a line, entities decoded. */
export function docxPlainText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/**
 * A small .docx template: "Tỷ lệ: " and a placeholder of the official template split across runs as Word splits it,
 * then a verdict placeholder and an unknown one, with `between` between them.
 */
export function smallTemplate(between = " "): Document {
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun("Tỷ lệ: "),
              new TextRun("[[tyle"),
              new TextRun(
                "toanthanhpho.Sohosothutuchanhchinhduocxulytructuyen.Tongsosohosothutuchanhchinhduocxulytructuyentructiep.Tylehosothutuchanhchinhxulytructuyen]]"
              ),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun(
                `Đánh giá: [[danhgia.tyle.Tylehosothutuchanhchinhxulytructuyen]]${between}[[khongbiet]]`
              ),
            ],
          }),
        ],
      },
    ],
  });
}
