import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  SpinButton,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { LEVELS, LEVEL_NAMES } from "../../core/levels";
import { PERIOD_PARTS, type PeriodPart } from "../../core/sheet/period";
import type { Level } from "../../core/types";
import type { FormValues } from "../formMemory";

export type ReportAction = "generate" | "fill";

export interface ReportFormProps {
  values: FormValues;
  onChange: (values: FormValues) => void;
  onAction: (action: ReportAction) => void;
  busy: boolean;
}

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  stepHeading: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  stepNumber: {
    flexShrink: 0,
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "20px",
    height: "20px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: "20px",
    transform: "translateY(-1px)",
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    columnGap: tokens.spacingHorizontalM,
  },
  // Fluent's SpinButton keeps a desktop minimum width; in a 350 px pane it must shrink.
  fill: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
  },
  spinInput: {
    width: "100%",
    minWidth: 0,
  },
  action: {
    width: "100%",
  },
});

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.step} aria-label={title}>
      <Subtitle2 as="h2" className={styles.stepHeading}>
        <span className={styles.stepNumber} aria-hidden="true">
          {number}
        </span>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/** The unit, level and period, and the two buttons. Knows nothing of indicators: it only collects values. */
export function ReportForm({ values, onChange, onAction, busy }: ReportFormProps) {
  const styles = useStyles();
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    onChange({ ...values, [key]: value });
  const yearValid = Number.isInteger(values.year) && values.year >= 2020 && values.year <= 2100;

  return (
    <div className={styles.form}>
      <Step number={1} title="Tạo bảng chỉ tiêu">
        <Field label="Tên đơn vị" required>
          <Input
            value={values.unit}
            placeholder="Ví dụ: Sở Khoa học và Công nghệ"
            onChange={(_, data) => set("unit", data.value)}
          />
        </Field>
        <Field label="Cấp">
          <Select value={values.level} onChange={(_, data) => set("level", data.value as Level)}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_NAMES[level]}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.pair}>
          <Field label="Năm" validationMessage={yearValid ? undefined : "Nhập năm, ví dụ 2025."}>
            <SpinButton
              className={styles.fill}
              input={{ className: styles.spinInput }}
              value={Number.isFinite(values.year) ? values.year : null}
              displayValue={Number.isFinite(values.year) ? String(values.year) : ""}
              min={2020}
              max={2100}
              onChange={(_, data) => {
                const year =
                  data.value ??
                  (data.displayValue?.trim() ? Number(data.displayValue.trim()) : NaN);
                set("year", year);
              }}
            />
          </Field>
          <Field label="Kỳ báo cáo">
            <Select
              value={values.part}
              onChange={(_, data) => set("part", data.value as PeriodPart)}
            >
              {PERIOD_PARTS.map(({ part, label }) => (
                <option key={part} value={part}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button
          className={styles.action}
          appearance="primary"
          disabled={busy}
          onClick={() => onAction("generate")}
        >
          Tạo bảng chỉ tiêu
        </Button>
        <Caption1 className={styles.hint}>
          Tạo lại bảng đã có thì số liệu, minh chứng và ghi chú đã nhập được giữ nguyên.
        </Caption1>
      </Step>

      <Step number={2} title="Nhập số liệu">
        <Caption1 className={styles.hint}>
          Nhập vào các ô nền vàng của cột “Số liệu tổng hợp”: số đếm như 1200, tỷ lệ như 60%, chọn
          “Đã ban hành” hoặc “Đã triển khai” trong danh sách. Ghi văn bản chứng minh ở cột “Minh
          chứng”.
        </Caption1>
      </Step>

      <Step number={3} title="Điền báo cáo">
        <Checkbox
          checked={values.valuesOnly}
          onChange={(_, data) => set("valuesOnly", data.checked === true)}
          label="Thay công thức bằng giá trị (để gửi cho người không cài phần bổ trợ)"
        />
        <Button className={styles.action} disabled={busy} onClick={() => onAction("fill")}>
          Điền báo cáo
        </Button>
      </Step>
    </div>
  );
}
