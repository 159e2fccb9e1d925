import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import {
  BuildingMultiple20Regular,
  Dismiss16Regular,
  FolderOpen20Regular,
  PeopleList20Regular,
} from "@fluentui/react-icons";
import { cutList } from "../outcomeMessages";
import { FilePicker } from "./FilePicker";
import { Step } from "./Step";

const useStyles = makeStyles({
  hint: {
    color: tokens.colorNeutralForeground3,
  },
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
});

export interface CitySectionProps {
  files: readonly File[];
  onFiles: (files: readonly File[]) => void;
  onConsolidate: () => void;
  onCreateRoster: () => void;
  /** Whether the consolidation also compares with the period chosen in "So sánh với kỳ trước". */
  compare: boolean;
  compareLabel: string;
  onCompare: (compare: boolean) => void;
  busy: boolean;
}

/**
 * "Toàn thành phố", for the coordinating department (Sở Khoa học và Công nghệ): the units' reports, from this
 * workbook and from the .xlsx files they sent, into the city sheet for the period of the form.
 */
export function CitySection({
  files,
  onFiles,
  onConsolidate,
  onCreateRoster,
  compare,
  compareLabel,
  onCompare,
  busy,
}: CitySectionProps) {
  const styles = useStyles();
  const add = (picked: File[]) => {
    // several picks add up (units' files often sit in several folders); the same file twice counts once
    const seen = new Set(files.map((f) => `${f.name}|${f.size}`));
    onFiles([...files, ...picked.filter((f) => !seen.has(`${f.name}|${f.size}`))]);
  };
  return (
    <Step marker={<BuildingMultiple20Regular />} title="Toàn thành phố">
      <Caption1 className={styles.hint}>
        Tổng hợp các bảng chỉ tiêu của đơn vị trong sổ tính này và trong các tệp .xlsx đã chọn, cùng
        năm và kỳ báo cáo ở trên, thành trang toàn thành phố (tỷ lệ tính bằng tổng tử số trên tổng
        mẫu số).
      </Caption1>
      <Button
        className={styles.action}
        icon={<PeopleList20Regular />}
        disabled={busy}
        onClick={onCreateRoster}
      >
        Tạo danh sách đơn vị
      </Button>
      <Caption1 className={styles.hint}>
        Trang “Danh sách đơn vị”: 168 phường, xã, đặc khu có sẵn, Thành phố thêm sở, ban, ngành.
        Dùng để gợi ý tên đơn vị và để biết đơn vị nào chưa nộp báo cáo.
      </Caption1>
      <FilePicker
        className={styles.action}
        label="Chọn tệp .xlsx của các đơn vị"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        icon={<FolderOpen20Regular />}
        disabled={busy}
        onPick={add}
      />
      {files.length > 0 && (
        <div className={styles.chosen} data-testid="city-files">
          <div className={styles.chosenHead}>
            <Caption1 className={styles.count}>Đã chọn {files.length} tệp</Caption1>
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
          <ul className={styles.names}>
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
      <Checkbox
        checked={compare}
        onChange={(_, data) => onCompare(data.checked === true)}
        label={`So sánh với kỳ trước (${compareLabel.toLowerCase()}, cột I và J)`}
      />
      <Button
        className={styles.action}
        appearance="primary"
        disabled={busy}
        onClick={onConsolidate}
      >
        Tổng hợp toàn thành phố
      </Button>
    </Step>
  );
}
