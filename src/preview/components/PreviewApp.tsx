import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import App from "../../taskpane/components/App";
import { ErrorBoundary } from "../../taskpane/components/ErrorBoundary";
import type { MemoryWorkbook } from "../../workbook/memory";
import { useWorkbook } from "../useWorkbook";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";

/** The task pane's width in Excel on a common screen. */
const PANE_WIDTH = "350px";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  titleBar: {
    display: "flex",
    alignItems: "baseline",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#107C41",
    color: "#FFFFFF",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: {
    color: "#E8F5EE",
  },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
  },
  workbook: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
  },
  pane: {
    flexShrink: 0,
    width: PANE_WIDTH,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
});

/** Excel without Excel: the in-memory workbook as a grid, and the real task pane beside it, docked right. */
export function PreviewApp({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const snapshot = useWorkbook(workbook);
  return (
    <div className={styles.page}>
      <header className={styles.titleBar}>
        <h1 className={styles.title}>CĐS Excel — Xem thử (không cần Excel)</h1>
        <Caption1 className={styles.note}>
          Bản xem thử tính bảng bằng HyperFormula ngay trong trình duyệt, thay cho Excel; tải lại
          trang là bắt đầu lại từ sổ tính trống.
        </Caption1>
      </header>
      <div className={styles.body}>
        <section className={styles.workbook} aria-label="Sổ tính">
          <ErrorBoundary>
            <SheetGrid snapshot={snapshot} />
          </ErrorBoundary>
          <SheetTabs
            names={workbook.sheetNames()}
            active={workbook.activeSheet}
            onActivate={(name) => workbook.activate(name)}
          />
        </section>
        <aside className={styles.pane} aria-label="Ngăn tác vụ CĐS Excel">
          <ErrorBoundary>
            <App port={workbook} cityOpen />
          </ErrorBoundary>
        </aside>
      </div>
    </div>
  );
}
