import { useRef, useState, type CSSProperties } from "react";
import { tokens } from "@fluentui/react-components";
import { browserMemory, defaultForm, type FormMemory, type FormValues } from "../formMemory";
import type { HostStatus } from "../host";
import { useActionRun } from "../hooks/useActionRun";
import { useRoster } from "../hooks/useRoster";
import { REPORT_ACTIONS, REPORT_SECTION } from "../reportActions";
import type { WorkbookPort } from "../../workbook/port";
import type { ActionHost } from "./ActionOptions";
import { ActionSection } from "./ActionSection";
import { CitySection } from "./city/CitySection";
import { REPORT_OPTIONS } from "./formOptions";
import { FunctionGuide } from "./FunctionGuide";
import { PlainNotice } from "./NoticeText";
import { ReportForm } from "./ReportForm";
import { SectionOutcome } from "./SectionOutcome";

export interface AppProps {
  /** The workbook the buttons act on: Excel (OfficeWorkbook) or the in-memory one of the preview. */
  port: WorkbookPort;
  /** Where the pane runs, for the notice shown on load outside Excel; absent in the preview. */
  host?: HostStatus;
  /** Where the form is remembered; localStorage by default. */
  memory?: FormMemory;
  /** The city's part open from the start, not folded (the preview shows the whole flow). */
  cityOpen?: boolean;
}

const styles = {
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    maxWidth: "560px",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  // Fluent's Title3 and Body1, as plain elements: the pane has no other use for those presets
  heading: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  tagline: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  // A plain rule between the parts of the pane: Fluent's Divider (about 8 KB) draws the same line.
  divider: {
    width: "100%",
    height: 0,
    margin: 0,
    border: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
} satisfies Record<string, CSSProperties>;

function Header() {
  return (
    <header style={styles.header}>
      <h1 style={styles.heading}>CĐS Excel</h1>
      <p style={styles.tagline}>
        Báo cáo chỉ tiêu chuyển đổi số Thành phố Hồ Chí Minh ngay trong Excel.
      </p>
    </header>
  );
}

/** Said on opening outside Excel, before any chunk is fetched: a plain notice. */
function HostMessage({ host }: { host: HostStatus }) {
  if (host.kind === "excel") return null;
  const line =
    host.kind === "no-office"
      ? "Trang này đang mở ngoài Excel. Hãy mở CĐS Excel trong Excel (trên máy tính hoặc Excel trên web) để dùng các chức năng báo cáo."
      : `Trang này đang mở trong ${host.host}. CĐS Excel chỉ chạy trong Excel.`;
  return (
    <PlainNotice notice={{ intent: "warning", title: "Không tìm thấy Excel", lines: [line] }} />
  );
}

/**
 * The task pane: the form, the use cases behind its buttons, their progress and outcome under the part whose button
 * was pressed, and the function guide. Its buttons are the actions' table (actions.ts); each use case loads on its
 * first click (chunks.ts).
 */
export default function App({ port, host, memory, cityOpen }: AppProps) {
  const store = useRef(memory ?? browserMemory()).current;
  const [form, setForm] = useState<FormValues>(() => ({ ...defaultForm(), ...store.load() }));
  const [cityFiles, setCityFiles] = useState<readonly File[]>([]);
  const { roster, refreshRoster } = useRoster(port);
  const run = useActionRun({ port, form, store, cityFiles, rosterChanged: refreshRoster });
  const actionHost: ActionHost = {
    values: form,
    onChange: setForm,
    files: cityFiles,
    onFiles: setCityFiles,
    busy: run.busy,
  };
  const parts = { host: actionHost, onAction: run.run };

  return (
    <main style={styles.root}>
      <Header />
      {host && <HostMessage host={host} />}
      <ReportForm {...parts} roster={roster} onUnitFocus={refreshRoster} />
      <SectionOutcome origin="sheet" run={run} />
      <hr style={styles.divider} />
      <CitySection {...parts} open={cityOpen} />
      <SectionOutcome origin="city" run={run} />
      <hr style={styles.divider} />
      <ActionSection
        {...parts}
        look={REPORT_SECTION}
        actions={REPORT_ACTIONS}
        options={REPORT_OPTIONS}
      />
      <SectionOutcome origin="report" run={run} />
      <hr style={styles.divider} />
      <FunctionGuide />
    </main>
  );
}
