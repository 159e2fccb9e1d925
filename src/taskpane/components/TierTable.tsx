import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { TierResult } from "../../core/consolidate";
import { formatPercent } from "../../core/format";
import { LEVEL_NAMES } from "../../core/levels";
import { VERDICTS } from "../../core/types";
import { useVerdictTones } from "./SummaryTable";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  table: {
    tableLayout: "fixed",
    width: "100%",
  },
  level: {
    whiteSpace: "normal",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  levelName: {
    display: "block",
  },
  detail: {
    display: "block",
    color: tokens.colorNeutralForeground3,
  },
  value: {
    width: "64px",
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
  },
  valueHeader: {
    width: "64px",
    "& > div": { justifyContent: "flex-end", textAlign: "right" },
  },
  verdict: {
    width: "88px",
    whiteSpace: "normal",
    paddingLeft: tokens.spacingHorizontalS,
  },
});

/** Indicator 18 as the consolidation judged it, each tier on its own units and its own target. */
export function TierTable({ tiers }: { tiers: readonly TierResult[] }) {
  const styles = useStyles();
  const tones = useVerdictTones();
  const shown = tiers.filter((t) => t.units > 0);
  if (!shown.length) return null;
  return (
    <section className={styles.section} aria-labelledby="tiers-heading">
      <Caption1 as="h3" id="tiers-heading" className={styles.heading}>
        Chỉ tiêu 18 theo cấp đơn vị
      </Caption1>
      <Table
        size="extra-small"
        className={styles.table}
        aria-labelledby="tiers-heading"
        data-testid="tiers"
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Cấp</TableHeaderCell>
            <TableHeaderCell className={styles.valueHeader}>Tỷ lệ</TableHeaderCell>
            <TableHeaderCell className={styles.verdict}>Đánh giá</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((t) => (
            <TableRow key={t.level} data-level={t.level}>
              <TableCell className={styles.level}>
                <span className={styles.levelName}>{LEVEL_NAMES[t.level]}</span>
                <Caption1 className={styles.detail}>
                  {/* "≥ 50%" never split over two lines */}
                  {t.units} đơn vị, mục tiêu {t.target.replace(/ /g, "\u00a0")}
                </Caption1>
              </TableCell>
              <TableCell className={styles.value}>
                {t.value === null ? "—" : formatPercent(t.value)}
              </TableCell>
              <TableCell
                className={mergeClasses(
                  styles.verdict,
                  t.verdict === VERDICTS.met && tones.met,
                  t.verdict === VERDICTS.notMet && tones.notMet
                )}
              >
                {t.verdict ?? "—"}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
