/** The fields of the city's buttons, shown above the button they belong to (chunk "cityPart"). */
import type { CSSProperties } from "react";
import { Button, Caption1, Checkbox, tokens } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons/svg/dismiss";
import { FolderOpen20Regular } from "@fluentui/react-icons/svg/folder-open";
import { BUTTONS } from "../../../core/buttons";
import { XLSX_TYPES } from "../../actionRow";
import { COMPARE_CHOICES } from "../../formMemory";
import { cutList } from "../../notice";
import type { OptionProps, OptionViews } from "../ActionOptions";
import { FilePicker } from "../FilePicker";
import { DeadlineOption } from "../formOptions";

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

/** The files picked so far, and a button that drops them. */
function ChosenFiles({ host: { files, onFiles, busy } }: OptionProps) {
  const names = cutList(
    files.map((f) => f.name),
    8,
    (n) => `và ${n} tệp khác`
  );
  return (
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
        {names.map((name, i) => (
          <li key={i}>
            <Caption1>{name}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The units' .xlsx files for the consolidation (and the comparison, and the review). */
function CityFilesOption({ host }: OptionProps) {
  const { files, onFiles, busy } = host;
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
      {files.length > 0 && <ChosenFiles host={host} />}
    </>
  );
}

/** Whether the consolidation adds the comparison with the period chosen in the unit's step 5. */
function CityCompareOption({ host: { values, onChange } }: OptionProps) {
  const period = COMPARE_CHOICES.find((c) => c.mode === values.compare)?.label ?? "";
  return (
    <Checkbox
      checked={values.cityCompare}
      onChange={(_, data) => onChange({ ...values, cityCompare: data.checked === true })}
      label={`${BUTTONS.compare} (${period.toLowerCase()}, cột I và J)`}
    />
  );
}

export const CITY_OPTIONS: OptionViews = {
  cityFiles: CityFilesOption,
  cityCompare: CityCompareOption,
  deadline: DeadlineOption,
};
