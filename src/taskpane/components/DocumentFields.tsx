/**
 * The fields of the official documents' header and signature (chunk "documentForm"): loaded the first time the
 * analyst opens them, with Fluent's Textarea, which nothing else of the pane uses.
 */
import type { CSSProperties } from "react";
import { Caption1, Field, Input, Textarea, tokens } from "@fluentui/react-components";
import type { DocumentSettings } from "../../documents/settings";

const styles = {
  fields: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
  },
  // Fluent's inputs keep a minimum width of their own: at task-pane width two side by side must shrink
  input: {
    minWidth: 0,
    width: "100%",
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
} satisfies Record<string, CSSProperties>;

interface FieldSpec {
  readonly field: keyof DocumentSettings;
  readonly label: string;
  readonly placeholder?: string;
  /** A date picker ("date", kept as yyyy-mm-dd), or one recipient a line ("lines"); plain text otherwise. */
  readonly kind?: "date" | "lines";
}

/** The fields in the order shown; two in a pair share a line. */
const LAYOUT: readonly (FieldSpec | readonly [FieldSpec, FieldSpec])[] = [
  {
    field: "parentAgency",
    label: "Cơ quan chủ quản",
    placeholder: "Ủy ban nhân dân Thành phố Hồ Chí Minh",
  },
  { field: "agency", label: "Cơ quan ban hành", placeholder: "Sở Khoa học và Công nghệ" },
  [
    { field: "number", label: "Số", placeholder: "15" },
    { field: "date", label: "Ngày ký", kind: "date" },
  ],
  [
    { field: "reportSymbol", label: "Ký hiệu báo cáo", placeholder: "BC-SKHCN" },
    { field: "letterSymbol", label: "Ký hiệu công văn", placeholder: "SKHCN-CĐS" },
  ],
  { field: "place", label: "Địa danh", placeholder: "Thành phố Hồ Chí Minh" },
  {
    field: "recipients",
    label: "Kính gửi (mỗi nơi một dòng)",
    placeholder: "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    kind: "lines",
  },
  [
    { field: "authority", label: "Quyền hạn ký", placeholder: "KT. GIÁM ĐỐC" },
    { field: "signerTitle", label: "Chức vụ", placeholder: "PHÓ GIÁM ĐỐC" },
  ],
  [
    { field: "signerName", label: "Người ký", placeholder: "Nguyễn Văn A" },
    { field: "drafter", label: "Đơn vị soạn thảo", placeholder: "CĐS" },
  ],
];

export interface DocumentFieldsProps {
  settings: DocumentSettings;
  onChange: (settings: DocumentSettings) => void;
  disabled: boolean;
}

function SettingField({
  spec,
  settings,
  onChange,
  disabled,
}: DocumentFieldsProps & { spec: FieldSpec }) {
  const { field, label, placeholder, kind } = spec;
  const common = {
    size: "small" as const,
    value: settings[field],
    placeholder,
    disabled,
    "data-testid": `doc-${field}`,
  };
  const set = (value: string) => onChange({ ...settings, [field]: value });
  return (
    <Field label={label} size="small">
      {kind === "lines" ? (
        <Textarea {...common} resize="vertical" onChange={(_, d) => set(d.value)} />
      ) : (
        <Input
          {...common}
          style={styles.input}
          type={kind === "date" ? "date" : undefined}
          onChange={(_, d) => set(d.value)}
        />
      )}
    </Field>
  );
}

/** The documents' fields, typed once (kept with the form, in the workbook in Excel). */
export function DocumentFields(props: DocumentFieldsProps) {
  const one = (spec: FieldSpec) => <SettingField key={spec.field} spec={spec} {...props} />;
  return (
    <div style={styles.fields} data-testid="doc-settings">
      <Caption1 style={styles.hint}>
        Nhập một lần, lưu trong sổ tính; ô để trống in thành chỗ trống để viết tay.
      </Caption1>
      {LAYOUT.map((line) =>
        "field" in line ? (
          one(line)
        ) : (
          <div key={line[0].field} style={styles.pair}>
            {line.map(one)}
          </div>
        )
      )}
    </div>
  );
}
