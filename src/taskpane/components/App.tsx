import { useEffect, useRef, useState } from "react";
import {
  Body1,
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PillarSummary } from "../../core/sheet";
import { browserMemory, defaultForm, type FormMemory, type FormValues } from "../formMemory";
import type { HostStatus } from "../office";
import { errorNotice, filledNotice, generatedNotice, type Notice } from "../outcomeMessages";
import { fillReport, generateSheet, UserError } from "../usecases";
import type { WorkbookPort } from "../workbook/port";
import { FunctionGuide } from "./FunctionGuide";
import { ReportForm, type ReportAction } from "./ReportForm";
import { ResultMessage } from "./ResultMessage";
import { SummaryTable } from "./SummaryTable";

export interface AppProps {
  /** The workbook the buttons act on: Excel (OfficeWorkbook) or the in-memory one of the preview. */
  port: WorkbookPort;
  /** Where the pane runs, for the notice shown on load outside Excel; absent in the preview. */
  host?: HostStatus;
  /** Where the form is remembered; localStorage by default. */
  memory?: FormMemory;
}

const useStyles = makeStyles({
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
  progress: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

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

/** The task pane: the form, the two use cases behind its buttons, their outcome, and the function guide. */
export default function App({ port, host, memory }: AppProps) {
  const styles = useStyles();
  const store = useRef(memory ?? browserMemory()).current;
  const [form, setForm] = useState<FormValues>(() => ({ ...defaultForm(), ...store.load() }));
  const [step, setStep] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [summary, setSummary] = useState<readonly PillarSummary[] | null>(null);
  const running = useRef(false);
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The outcome appears below the form: in a narrow pane, bring it into view.
  useEffect(() => {
    if (notice) outcomeRef.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [notice]);

  async function run(action: ReportAction) {
    if (running.current) return;
    running.current = true;
    setNotice(null);
    setSummary(null);
    setStep("Đang chuẩn bị…");
    store.save(form);
    const params = {
      unit: form.unit,
      level: form.level,
      period: { year: form.year, part: form.part },
    };
    try {
      if (!Number.isInteger(form.year)) throw new UserError("Hãy nhập năm báo cáo, ví dụ 2025.");
      if (action === "generate") {
        setNotice(generatedNotice(await generateSheet(port, params, setStep)));
      } else {
        const outcome = await fillReport(port, { params, valuesOnly: form.valuesOnly }, setStep);
        setNotice(filledNotice(outcome, form.valuesOnly));
        setSummary(outcome.summary);
      }
    } catch (error) {
      setNotice(errorNotice(error));
    } finally {
      running.current = false;
      setStep(null);
    }
  }

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>
          CĐS Excel
        </Title3>
        <Body1 as="p" className={styles.tagline}>
          Báo cáo chỉ tiêu chuyển đổi số Thành phố Hồ Chí Minh ngay trong Excel.
        </Body1>
      </header>
      {host && <HostMessage host={host} />}
      <ReportForm
        values={form}
        onChange={setForm}
        onAction={(a) => void run(a)}
        busy={step !== null}
      />
      {step !== null && (
        <Field
          className={styles.progress}
          validationMessage={step}
          validationState="none"
          aria-live="polite"
        >
          <ProgressBar thickness="large" />
        </Field>
      )}
      {notice && (
        <div ref={outcomeRef} className={styles.outcome}>
          <ResultMessage notice={notice} />
          {summary && <SummaryTable summary={summary} />}
        </div>
      )}
      <Divider />
      <FunctionGuide />
    </main>
  );
}
