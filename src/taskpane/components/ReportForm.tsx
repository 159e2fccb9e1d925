import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { LEVELS, LEVEL_NAMES } from "../../core/levels";
import {
  PERIOD_PARTS,
  YEAR_MAX,
  YEAR_MIN,
  isReportYear,
  type PeriodPart,
} from "../../core/sheet/period";
import type { Level } from "../../core/types";
import { COMPARE_CHOICES, type CompareChoice, type FormValues } from "../formMemory";
import { Step } from "./Step";
import { UnitPicker, type UnitRoster } from "./UnitPicker";

export type ReportAction = "generate" | "check" | "fill" | "compare";

export interface ReportFormProps {
  values: FormValues;
  onChange: (values: FormValues) => void;
  onAction: (action: ReportAction) => void;
  busy: boolean;
  /** The roster behind the unit field's suggestions; null until loaded (the field is then plain text). */
  roster?: UnitRoster | null;
  onUnitFocus?: () => void;
}

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    columnGap: tokens.spacingHorizontalM,
  },
  // Fluent's Input keeps a desktop minimum width; in a 350 px pane it must shrink.
  fill: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
  },
  action: {
    width: "100%",
  },
});

/** The unit, level and period, and the buttons of a unit's sheet. Knows nothing of indicators: it only collects values. */
export function ReportForm({
  values,
  onChange,
  onAction,
  busy,
  roster = null,
  onUnitFocus = () => {},
}: ReportFormProps) {
  const styles = useStyles();
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    onChange({ ...values, [key]: value });
  const yearValid = isReportYear(values.year);
  const quarterly = /^Q[1-4]$/.test(values.part);

  return (
    <div className={styles.form}>
      <Step marker={1} title="Tạo bảng chỉ tiêu">
        <UnitPicker
          unit={values.unit}
          code={values.code}
          level={values.level}
          roster={roster}
          onFocus={onUnitFocus}
          onType={(unit) => onChange({ ...values, unit, code: "" })}
          onPick={(choice) =>
            onChange({ ...values, unit: choice.name, code: choice.code, level: choice.level })
          }
        />
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
            <Input
              className={styles.fill}
              type="number"
              inputMode="numeric"
              min={YEAR_MIN}
              max={YEAR_MAX}
              value={Number.isFinite(values.year) ? String(values.year) : ""}
              onChange={(_, data) => set("year", data.value.trim() ? Number(data.value) : NaN)}
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

      <Step marker={2} title="Nhập số liệu">
        <Caption1 className={styles.hint}>
          Nhập vào các ô nền vàng của cột “Số liệu tổng hợp”: số đếm như 1200, tỷ lệ như 60%, chọn
          “Đã ban hành” hoặc “Đã triển khai” trong danh sách. Ghi văn bản chứng minh ở cột “Minh
          chứng”.
        </Caption1>
      </Step>

      <Step marker={3} title="Kiểm tra số liệu">
        <Button className={styles.action} disabled={busy} onClick={() => onAction("check")}>
          Kiểm tra số liệu
        </Button>
        <Caption1 className={styles.hint}>
          Tìm số liệu không thể đúng (tử số lớn hơn mẫu số, chữ trong ô số…) và chỉ tiêu đã thực
          hiện mà chưa có minh chứng; bấm vào từng mục để đến ô cần sửa.
        </Caption1>
      </Step>

      <Step marker={4} title="Điền báo cáo">
        <Checkbox
          checked={values.valuesOnly}
          onChange={(_, data) => set("valuesOnly", data.checked === true)}
          label="Thay công thức bằng giá trị (để gửi cho người không cài phần bổ trợ)"
        />
        <Button className={styles.action} disabled={busy} onClick={() => onAction("fill")}>
          Điền báo cáo
        </Button>
      </Step>

      <Step marker={5} title="So sánh với kỳ trước">
        <Field label="So sánh với">
          <Select
            value={values.compare}
            onChange={(_, data) => set("compare", data.value as CompareChoice)}
          >
            {COMPARE_CHOICES.map(({ mode, label }) => (
              <option key={mode} value={mode} disabled={mode === "lastQuarter" && !quarterly}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Button className={styles.action} disabled={busy} onClick={() => onAction("compare")}>
          So sánh với kỳ trước
        </Button>
        <Caption1 className={styles.hint}>
          Ghi số liệu kỳ trước (cột I) và thay đổi (cột J: điểm % với tỷ lệ, “Chưa đạt → Đạt” khi
          đổi đánh giá), lấy từ bảng chỉ tiêu kỳ trước trong sổ tính hoặc trong các tệp .xlsx đã
          chọn ở phần Toàn thành phố.
        </Caption1>
      </Step>
    </div>
  );
}
