import type { CSSProperties } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { BUTTONS } from "../../core/buttons";
import type { OptionId } from "../actionRow";
import { COMPARE_CHOICES, type CompareChoice, type FormValues } from "../formMemory";
import { cutList } from "../notice";
import { DocumentSettingsForm } from "./DocumentSettingsForm";
import { FilePicker } from "./FilePicker";

/** What the pane's sections share with their buttons: the form, the picked files, and what a press does. */
export interface ActionHost {
  readonly values: FormValues;
  readonly onChange: (values: FormValues) => void;
  /** The .xlsx files picked for the consolidation (and the comparison). */
  readonly files: readonly File[];
  readonly onFiles: (files: readonly File[]) => void;
  readonly busy: boolean;
}

const styles = {
  action: {
    width: "100%",
  },
  chosen: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  chosenHead: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  count: {
    fontWeight: tokens.fontWeightSemibold,
  },
  names: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
} satisfies Record<string, CSSProperties>;

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A form field that belongs to one button (the actions' table says which), shown above that button. */
export function ActionOption({ id, host }: { id: OptionId; host: ActionHost }) {
  const { values, onChange, files, onFiles, busy } = host;
  switch (id) {
    case "valuesOnly":
      return (
        <Checkbox
          checked={values.valuesOnly}
          onChange={(_, data) => onChange({ ...values, valuesOnly: data.checked === true })}
          label="Thay công thức bằng giá trị (để gửi cho người không cài phần bổ trợ)"
        />
      );
    case "compareMode": {
      const quarterly = /^Q[1-4]$/.test(values.part);
      return (
        <Field label="So sánh với">
          <Select
            value={values.compare}
            onChange={(_, data) => onChange({ ...values, compare: data.value as CompareChoice })}
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
    case "cityFiles": {
      const add = (picked: File[]) => {
        // several picks add up (units' files often sit in several folders); the same file twice counts once
        const seen = new Set(files.map((f) => `${f.name}|${f.size}`));
        onFiles([...files, ...picked.filter((f) => !seen.has(`${f.name}|${f.size}`))]);
      };
      return (
        <>
          <FilePicker
            style={styles.action}
            label="Chọn tệp .xlsx của các đơn vị"
            accept={XLSX_TYPES}
            multiple
            icon={<FolderOpen20Regular />}
            disabled={busy}
            onPick={add}
          />
          {files.length > 0 && (
            <div style={styles.chosen} data-testid="city-files">
              <div style={styles.chosenHead}>
                <Caption1 style={styles.count}>Đã chọn {files.length} tệp</Caption1>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Dismiss16Regular />}
                  disabled={busy}
                  onClick={() => onFiles([])}
                >
                  Bỏ chọn
                </Button>
              </div>
              <ul style={styles.names}>
                {cutList(
                  files.map((f) => f.name),
                  8,
                  (n) => `và ${n} tệp khác`
                ).map((name, i) => (
                  <li key={i}>
                    <Caption1>{name}</Caption1>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      );
    }
    case "docSettings":
      return (
        <DocumentSettingsForm
          settings={values.document}
          disabled={busy}
          onChange={(document) => onChange({ ...values, document })}
        />
      );
    case "cityCompare": {
      const period = COMPARE_CHOICES.find((c) => c.mode === values.compare)?.label ?? "";
      return (
        <Checkbox
          checked={values.cityCompare}
          onChange={(_, data) => onChange({ ...values, cityCompare: data.checked === true })}
          label={`${BUTTONS.compare} (${period.toLowerCase()}, cột I và J)`}
        />
      );
    }
    case "deadline":
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
}
