import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import {
  DocumentArrowDown20Regular,
  DocumentText20Regular,
  TableEdit20Regular,
} from "@fluentui/react-icons";
import { FilePicker } from "./FilePicker";
import { Step } from "./Step";

const useStyles = makeStyles({
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  action: {
    width: "100%",
  },
});

export interface ReportSectionProps {
  onFillSheet: () => void;
  onFillDocx: (file: File) => void;
  onExport: () => void;
  busy: boolean;
}

/** "Mẫu báo cáo": the official report filled from the CĐS sheet, in Excel or in Word. */
export function ReportSection({ onFillSheet, onFillDocx, onExport, busy }: ReportSectionProps) {
  const styles = useStyles();
  return (
    <Step marker={<DocumentText20Regular />} title="Mẫu báo cáo">
      <Caption1 className={styles.hint}>
        Số liệu lấy từ bảng chỉ tiêu đang chọn; nếu trang đang chọn không phải bảng chỉ tiêu thì lấy
        bảng của đơn vị và kỳ ở trên (cấp “Toàn thành phố”: trang toàn thành phố).
      </Caption1>
      <Button
        className={styles.action}
        icon={<TableEdit20Regular />}
        disabled={busy}
        onClick={onFillSheet}
      >
        Điền mẫu báo cáo (trang đang chọn)
      </Button>
      <Caption1 className={styles.hint}>
        Dán bảng mẫu có các chỗ trống [[...]] vào một trang, chọn trang đó rồi bấm nút trên.
      </Caption1>
      <FilePicker
        className={styles.action}
        label="Điền tệp mẫu .docx"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        icon={<DocumentText20Regular />}
        disabled={busy}
        onPick={([file]) => onFillDocx(file)}
      />
      <Button
        className={styles.action}
        appearance="primary"
        icon={<DocumentArrowDown20Regular />}
        disabled={busy}
        onClick={onExport}
      >
        Xuất báo cáo (.docx)
      </Button>
    </Step>
  );
}
