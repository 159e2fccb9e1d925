import { useEffect, useRef, type CSSProperties } from "react";
import { Caption1, Field, tokens } from "@fluentui/react-components";
import type { Section } from "../actionRow";
import type { ActionRun, Outcome } from "../hooks/useActionRun";
import type { FoundViolation } from "../../usecases/sheet/sheet";
// The parts only a press and its outcome show load with the first press (lazyParts.tsx), not with the pane.
import {
  DownloadLink,
  LazyPart,
  ProgressBar,
  ResultMessage,
  SummaryTable,
  TierTable,
  ViolationList,
} from "./lazyParts";
import { PlainNotice } from "./NoticeText";

const styles = {
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
} satisfies Record<string, CSSProperties>;

/** Where the work of a button has got to. */
function Progress({ step }: { step: string }) {
  return (
    <Field
      style={styles.progress}
      validationMessage={step}
      validationState="none"
      aria-live="polite"
    >
      {/* the step's words show at once; the bar follows with its chunk, or not at all without it */}
      <LazyPart failed={null}>
        <ProgressBar thickness="large" />
      </LazyPart>
    </Field>
  );
}

/** An outcome: its message (with a download link), then its details. */
function OutcomeView({
  outcome,
  onSelect,
}: {
  outcome: Outcome;
  onSelect: (sheet: string, violation: FoundViolation) => void;
}) {
  const { notice, detail } = outcome;
  // Below the buttons: in a narrow pane, brought into view, and again when its message changes (a cell that could
  // not be selected).
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [notice]);
  return (
    <div ref={box} style={styles.outcome}>
      {/* without the outcome's chunk (the add-in's server out of reach) the message is still said, plainly */}
      <LazyPart failed={<PlainNotice notice={notice} testId="result" />}>
        <ResultMessage notice={notice}>
          {detail?.kind === "download" && (
            <LazyPart>
              <DownloadLink file={detail.file} />
            </LazyPart>
          )}
        </ResultMessage>
      </LazyPart>
      <LazyPart>
        {detail?.kind === "summary" && <SummaryTable summary={detail.summary} />}
        {detail?.kind === "violations" && (
          <ViolationList
            violations={detail.violations}
            onSelect={(v) => onSelect(detail.sheet, v)}
          />
        )}
        {detail?.kind === "tiers" && <TierTable tiers={detail.tiers} />}
      </LazyPart>
    </div>
  );
}

/**
 * What shows under a part of the pane after one of its buttons was pressed: the work's progress, then its outcome;
 * and a press that was not run, said until the next press.
 */
export function SectionOutcome({ origin, run }: { origin: Section; run: ActionRun }) {
  const { progress, outcome, notRun } = run;
  return (
    <>
      {progress?.origin === origin ? (
        <Progress step={progress.step} />
      ) : (
        outcome?.origin === origin && (
          <OutcomeView outcome={outcome} onSelect={run.selectViolation} />
        )
      )}
      {notRun?.origin === origin && (
        <Caption1 role="status" data-testid="not-run">
          {notRun.text}
        </Caption1>
      )}
    </>
  );
}
