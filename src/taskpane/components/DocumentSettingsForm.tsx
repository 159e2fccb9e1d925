import { useState, type CSSProperties } from "react";
import { Button, Caption1, Field, Input, Textarea, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import type { DocumentSettings } from "../../documents/officialDoc";

const styles = {
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
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
  toggle: {
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    height: "auto",
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
} satisfies Record<string, CSSProperties>;

type TextField = Exclude<keyof DocumentSettings, "date" | "recipients">;

/** The fields of the official documents' header and signature, typed once: collapsed until opened. */
export function DocumentSettingsForm({
  settings,
  onChange,
  disabled,
}: {
  settings: DocumentSettings;
  onChange: (settings: DocumentSettings) => void;
  disabled: boolean;
}) {
  const [open, setOpen] = useState(false);
  const set = (field: keyof DocumentSettings) => (value: string) =>
    onChange({ ...settings, [field]: value });
  const text = (field: TextField, label: string, placeholder: string) => (
    <Field label={label} size="small">
      <Input
        style={styles.input}
        size="small"
        value={settings[field]}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(_, d) => set(field)(d.value)}
        data-testid={`doc-${field}`}
      />
    </Field>
  );
  const filled = settings.agency.trim() || settings.signerName.trim();
  return (
    <div style={styles.box}>
      <Button
        style={styles.toggle}
        appearance="subtle"
        size="small"
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="doc-settings-toggle"
      >
        {`Thông tin văn bản (cơ quan, số, ngày, người ký)${filled ? "" : " — chưa nhập"}`}
      </Button>
      {open && (
        <div style={styles.fields} data-testid="doc-settings">
          <Caption1 style={styles.hint}>
            Nhập một lần, lưu trong sổ tính; ô để trống in thành chỗ trống để viết tay.
          </Caption1>
          {text("parentAgency", "Cơ quan chủ quản", "Ủy ban nhân dân Thành phố Hồ Chí Minh")}
          {text("agency", "Cơ quan ban hành", "Sở Khoa học và Công nghệ")}
          <div style={styles.pair}>
            {text("number", "Số", "15")}
            <Field label="Ngày ký" size="small">
              <Input
                style={styles.input}
                size="small"
                type="date"
                value={settings.date}
                disabled={disabled}
                onChange={(_, d) => set("date")(d.value)}
                data-testid="doc-date"
              />
            </Field>
          </div>
          <div style={styles.pair}>
            {text("reportSymbol", "Ký hiệu báo cáo", "BC-SKHCN")}
            {text("letterSymbol", "Ký hiệu công văn", "SKHCN-CĐS")}
          </div>
          {text("place", "Địa danh", "Thành phố Hồ Chí Minh")}
          <Field label="Kính gửi (mỗi nơi một dòng)" size="small">
            <Textarea
              size="small"
              resize="vertical"
              value={settings.recipients}
              placeholder="Ủy ban nhân dân Thành phố Hồ Chí Minh"
              disabled={disabled}
              onChange={(_, d) => set("recipients")(d.value)}
              data-testid="doc-recipients"
            />
          </Field>
          <div style={styles.pair}>
            {text("authority", "Quyền hạn ký", "KT. GIÁM ĐỐC")}
            {text("signerTitle", "Chức vụ", "PHÓ GIÁM ĐỐC")}
          </div>
          <div style={styles.pair}>
            {text("signerName", "Người ký", "Nguyễn Văn A")}
            {text("drafter", "Đơn vị soạn thảo", "CĐS")}
          </div>
        </div>
      )}
    </div>
  );
}
