/** The fields of the unit's buttons and of the report's, shown above the button they belong to. */
import { Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { COMPARE_CHOICES, type ComparisonChoice } from "../formMemory";
import type { OptionProps, OptionViews } from "./ActionOptions";
import { DocumentSettingsForm } from "./DocumentSettingsForm";

/** "Điền báo cáo" with plain values, for readers without the add-in. */
function ValuesOnlyOption({ host: { values, onChange } }: OptionProps) {
  return (
    <Checkbox
      checked={values.valuesOnly}
      onChange={(_, data) => onChange({ ...values, valuesOnly: data.checked === true })}
      label="Thay công thức bằng giá trị (để gửi cho người không cài phần bổ trợ)"
    />
  );
}

/** The period "So sánh với kỳ trước" compares with; the quarter before only for a quarter. */
function ComparisonModeOption({ host: { values, onChange } }: OptionProps) {
  const quarterly = /^Q[1-4]$/.test(values.part);
  return (
    <Field label="So sánh với">
      <Select
        value={values.compare}
        onChange={(_, data) => onChange({ ...values, compare: data.value as ComparisonChoice })}
      >
        {COMPARE_CHOICES.map(({ mode, label }) => (
          <option key={mode} value={mode} disabled={mode === "lastQuarter" && !quarterly}>
            {label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The period's deadline, written on the unit's sheet and on the city's. */
export function DeadlineOption({ host: { values, onChange } }: OptionProps) {
  return (
    <Field
      label="Hạn nộp (không bắt buộc)"
      hint="Ngày/tháng/năm, ví dụ 20/04/2025; để trống thì giữ hạn đã ghi trên trang."
    >
      <Input
        value={values.deadline}
        placeholder="chưa đặt hạn"
        onChange={(_, data) => onChange({ ...values, deadline: data.value })}
      />
    </Field>
  );
}

/** The official documents' header and signature, typed once. */
function DocumentSettingsOption({ host: { values, onChange, busy } }: OptionProps) {
  return (
    <DocumentSettingsForm
      settings={values.document}
      disabled={busy}
      onChange={(document) => onChange({ ...values, document })}
    />
  );
}

export const SHEET_OPTIONS: OptionViews = {
  valuesOnly: ValuesOnlyOption,
  compareMode: ComparisonModeOption,
  deadline: DeadlineOption,
};

export const REPORT_OPTIONS: OptionViews = { docSettings: DocumentSettingsOption };
