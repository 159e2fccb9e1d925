import type { CSSProperties } from "react";
import { Caption1, Field, Input, Select, tokens } from "@fluentui/react-components";
import { LEVELS, LEVEL_NAMES } from "../../core/levels";
import { PERIOD_PARTS, YEAR_MAX, YEAR_MIN, isReportYear, type PeriodPart } from "../../core/period";
import type { Level } from "../../core/types";
import type { PaneAction } from "../actionRow";
import { SHEET_ACTIONS } from "../sheetActions";
import type { FormValues } from "../formMemory";
import { ActionControls } from "./ActionControl";
import type { ActionHost } from "./ActionOptions";
import { SHEET_OPTIONS } from "./formOptions";
import { Step } from "./Step";
import { UnitPicker, type UnitRoster } from "./UnitPicker";

export interface ReportFormProps {
  host: ActionHost;
  onAction: (action: PaneAction, file?: File) => void;
  /** The roster behind the unit field's suggestions; null until loaded (the field is then plain text). */
  roster?: UnitRoster | null;
  onUnitFocus?: () => void;
}

const styles = {
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
} satisfies Record<string, CSSProperties>;

/** The unit's buttons grouped by the numbered step each stands in, in order. */
function steps(): { marker: number; title: string; actions: PaneAction[] }[] {
  const byMarker = new Map<number, { marker: number; title: string; actions: PaneAction[] }>();
  for (const action of SHEET_ACTIONS) {
    const { marker, title } = action.step ?? { marker: 0, title: action.label };
    const step = byMarker.get(marker) ?? { marker, title, actions: [] };
    step.actions.push(action);
    byMarker.set(marker, step);
  }
  return [...byMarker.values()].sort((a, b) => a.marker - b.marker);
}

/** Step 1's fields: the unit (with the roster's suggestions), its level, the year and the period. */
function UnitFields({
  values,
  onChange,
  roster,
  onUnitFocus,
}: Pick<ActionHost, "values" | "onChange"> & Required<Omit<ReportFormProps, "host" | "onAction">>) {
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    onChange({ ...values, [key]: value });
  const yearValid = isReportYear(values.year);
  return (
    <>
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
      <div style={styles.pair}>
        <Field label="Năm" validationMessage={yearValid ? undefined : "Nhập năm, ví dụ 2025."}>
          <Input
            style={styles.fill}
            type="number"
            inputMode="numeric"
            min={YEAR_MIN}
            max={YEAR_MAX}
            value={Number.isFinite(values.year) ? String(values.year) : ""}
            onChange={(_, data) => set("year", data.value.trim() ? Number(data.value) : NaN)}
          />
        </Field>
        <Field label="Kỳ báo cáo">
          <Select value={values.part} onChange={(_, data) => set("part", data.value as PeriodPart)}>
            {PERIOD_PARTS.map(({ part, label }) => (
              <option key={part} value={part}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </>
  );
}

/**
 * The unit, level and period, and the buttons of a unit's sheet, step by step: step 1 holds the form's fields, step 2
 * says where to type, the others are the actions' table's. Knows nothing of indicators: it only collects values.
 */
export function ReportForm({
  host,
  onAction,
  roster = null,
  onUnitFocus = () => {},
}: ReportFormProps) {
  const [first, ...rest] = steps();
  const buttons = (actions: readonly PaneAction[]) => (
    <ActionControls actions={actions} host={host} options={SHEET_OPTIONS} onAction={onAction} />
  );

  return (
    <div style={styles.form}>
      <Step marker={first.marker} title={first.title}>
        <UnitFields
          values={host.values}
          onChange={host.onChange}
          roster={roster}
          onUnitFocus={onUnitFocus}
        />
        {buttons(first.actions)}
      </Step>

      <Step marker={2} title="Nhập số liệu">
        <Caption1 style={styles.hint}>
          Nhập vào các ô nền vàng của cột “Số liệu tổng hợp”: số đếm như 1200, tỷ lệ như 60%, chọn
          “Đã ban hành” hoặc “Đã triển khai” trong danh sách. Ghi văn bản chứng minh ở cột “Minh
          chứng”.
        </Caption1>
      </Step>

      {rest.map((step) => (
        <Step key={step.marker} marker={step.marker} title={step.title}>
          {buttons(step.actions)}
        </Step>
      ))}
    </div>
  );
}
