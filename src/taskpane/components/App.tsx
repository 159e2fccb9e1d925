import { useEffect, useRef, useState, type CSSProperties } from "react";
import {
  Body1,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Title3,
  tokens,
} from "@fluentui/react-components";
import type { SheetParams } from "../../sheets";
import type { ActionContext, PaneAction, Section, Told } from "../actionRow";
import { REPORT_ACTIONS, REPORT_SECTION } from "../reportActions";
import { CHUNKS } from "../chunks";
import { browserMemory, defaultForm, type FormMemory, type FormValues } from "../formMemory";
import type { HostStatus } from "../host";
import { errorNotice } from "../notice";
import type { CheckedViolation } from "../../usecases/sheet/sheet";
import { UserError } from "../../usecases/userError";
import type { WorkbookPort } from "../../workbook/port";
import type { ActionHost } from "./ActionOptions";
import { ActionSection } from "./ActionSection";
import { CitySection } from "./city/CitySection";
import { REPORT_OPTIONS } from "./formOptions";
import { FunctionGuide } from "./FunctionGuide";
import { ReportForm } from "./ReportForm";
import { ResultMessage } from "./ResultMessage";
import type { UnitRoster } from "./UnitPicker";
// The parts only an outcome shows load with the first outcome (lazyParts.tsx), not with the pane.
import {
  DownloadLink,
  LazyPart,
  preloadOutcomeParts,
  SummaryTable,
  TierTable,
  ViolationList,
} from "./lazyParts";

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
  heading: {
    margin: 0,
    color: tokens.colorBrandForeground1,
  },
  tagline: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  outcome: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    scrollMarginBottom: tokens.spacingVerticalL,
  },
  // A plain rule between the parts of the pane: Fluent's Divider (about 8 KB) draws the same line.
  divider: {
    width: "100%",
    height: 0,
    margin: 0,
    border: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  progress: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
} satisfies Record<string, CSSProperties>;

interface Outcome extends Told {
  readonly origin: Section;
}

function HostMessage({ host }: { host: HostStatus }) {
  if (host.kind === "excel") return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Không tìm thấy Excel</MessageBarTitle>
        {host.kind === "no-office"
          ? "Trang này đang mở ngoài Excel. Hãy mở CĐS Excel trong Excel (trên máy tính hoặc Excel trên web) để dùng các chức năng báo cáo."
          : `Trang này đang mở trong ${host.host}. CĐS Excel chỉ chạy trong Excel.`}
      </MessageBarBody>
    </MessageBar>
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
  const [progress, setProgress] = useState<{ origin: Section; step: string } | null>(null);
  /** A button pressed while another one's work ran: not run, and said so until the next press. */
  const [notRun, setNotRun] = useState<{ origin: Section; text: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [cityFiles, setCityFiles] = useState<readonly File[]>([]);
  const [roster, setRoster] = useState<UnitRoster | null>(null);
  const rosterLoading = useRef(false);
  const running = useRef(false);
  /** The button whose work is running. */
  const runningLabel = useRef("");
  const outcomeRef = useRef<HTMLDivElement>(null);
  const busy = progress !== null;

  // The outcome appears below the buttons: in a narrow pane, bring it into view, and again when its message changes
  // (a cell that could not be selected).
  const notice = outcome?.notice;
  useEffect(() => {
    if (notice) outcomeRef.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [notice]);

  /**
   * The roster behind the unit field, read again each time the field is used (the city may have edited it): the
   * workbook's roster sheet, else the official list. A roster that cannot be read leaves the field as plain text.
   */
  async function refreshRoster() {
    if (rosterLoading.current) return;
    rosterLoading.current = true;
    try {
      const mod = await CHUNKS.roster();
      const loaded = await mod
        .loadRoster(port)
        .catch(() => ({ entries: mod.officialRoster(), sheet: null }));
      setRoster({
        entries: loaded.entries,
        sheet: loaded.sheet,
        find: mod.findUnits,
        match: mod.matchUnit,
      });
    } catch {
      // the chunk could not be fetched: the field works without suggestions
    } finally {
      rosterLoading.current = false;
    }
  }

  /** Runs one button's work with the form's values; one at a time, every failure shown as a message. */
  async function run(action: PaneAction, file?: File) {
    if (running.current) {
      // a press that reached the button before it showed as disabled: said, so that nothing vanishes in silence
      const text = `Lúc bấm “${action.label}”, CĐS Excel đang thực hiện “${runningLabel.current}”: “${action.label}” chưa được thực hiện, hãy bấm lại khi xong.`;
      setNotRun({ origin: action.section, text });
      return;
    }
    setNotRun(null);
    const origin = action.section;
    runningLabel.current = action.label;
    running.current = true;
    setOutcome(null);
    setProgress({ origin, step: "Đang chuẩn bị…" });
    store.save(form);
    // a unit picked from the roster carries its code; one typed is matched by name when consolidated
    const params: SheetParams = {
      unit: form.unit,
      level: form.level,
      period: { year: form.year, part: form.part },
      ...(form.code ? { code: form.code } : {}),
    };
    const context: ActionContext = {
      port,
      form,
      params,
      pickedFiles: () =>
        Promise.all(cityFiles.map(async (f) => ({ name: f.name, data: await f.arrayBuffer() }))),
      ...(file ? { file } : {}),
      step: (step) => setProgress({ origin, step }),
      rosterChanged: () => void refreshRoster(),
    };
    try {
      if (!Number.isInteger(form.year)) throw new UserError("Hãy nhập năm báo cáo, ví dụ 2025.");
      if (origin === "city" && cityFiles.length) context.step("Đang đọc các tệp đã chọn…");
      const done = await action.perform(context);
      if (done.detail) await preloadOutcomeParts(); // the message and its details appear together
      setOutcome({ origin, ...done });
    } catch (error) {
      setOutcome({ origin, notice: errorNotice(error) });
    } finally {
      running.current = false;
      setProgress(null);
    }
  }

  async function selectViolation(sheet: string, violation: CheckedViolation) {
    try {
      const { selectCell } = await CHUNKS.sheet();
      await selectCell(port, sheet, violation.address);
    } catch (error) {
      // keep the list: only the message says what went wrong
      setOutcome((o) => o && { ...o, notice: errorNotice(error) });
    }
  }

  const actionHost: ActionHost = {
    values: form,
    onChange: setForm,
    files: cityFiles,
    onFiles: setCityFiles,
    busy,
  };

  /** A press of this part of the pane that was not run. */
  const notRunNote = (origin: Section) =>
    notRun?.origin === origin && (
      <Caption1 role="status" data-testid="not-run">
        {notRun.text}
      </Caption1>
    );

  /** The progress or the outcome of a button of this part of the pane. */
  const slot = (origin: Section) => {
    if (progress?.origin === origin) {
      return (
        <Field
          style={styles.progress}
          validationMessage={progress.step}
          validationState="none"
          aria-live="polite"
        >
          <ProgressBar thickness="large" />
        </Field>
      );
    }
    if (outcome?.origin !== origin) return null;
    const detail = outcome.detail;
    return (
      <div ref={outcomeRef} style={styles.outcome}>
        <ResultMessage notice={outcome.notice}>
          {detail?.kind === "download" && (
            <LazyPart>
              <DownloadLink file={detail.file} />
            </LazyPart>
          )}
        </ResultMessage>
        <LazyPart>
          {detail?.kind === "summary" && <SummaryTable summary={detail.summary} />}
          {detail?.kind === "violations" && (
            <ViolationList
              violations={detail.violations}
              onSelect={(v) => void selectViolation(detail.sheet, v)}
            />
          )}
          {detail?.kind === "tiers" && <TierTable tiers={detail.tiers} />}
        </LazyPart>
      </div>
    );
  };

  return (
    <main style={styles.root}>
      <header style={styles.header}>
        <Title3 as="h1" style={styles.heading}>
          CĐS Excel
        </Title3>
        <Body1 as="p" style={styles.tagline}>
          Báo cáo chỉ tiêu chuyển đổi số Thành phố Hồ Chí Minh ngay trong Excel.
        </Body1>
      </header>
      {host && <HostMessage host={host} />}
      <ReportForm
        host={actionHost}
        onAction={(action, file) => void run(action, file)}
        roster={roster}
        onUnitFocus={() => void refreshRoster()}
      />
      {slot("sheet")}
      {notRunNote("sheet")}
      <hr style={styles.divider} />
      <CitySection
        open={cityOpen}
        host={actionHost}
        onAction={(action, file) => void run(action, file)}
      />
      {slot("city")}
      {notRunNote("city")}
      <hr style={styles.divider} />
      <ActionSection
        look={REPORT_SECTION}
        actions={REPORT_ACTIONS}
        options={REPORT_OPTIONS}
        host={actionHost}
        onAction={(action, file) => void run(action, file)}
      />
      {slot("report")}
      {notRunNote("report")}
      <hr style={styles.divider} />
      <FunctionGuide />
    </main>
  );
}
