import {
  Subtitle2,
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
import { totals, type PillarSummary } from "../../sheets";
import { VERDICTS } from "../../core/types";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  table: {
    tableLayout: "fixed",
    width: "100%",
  },
  count: {
    width: "52px",
    textAlign: "right",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalS,
    fontVariantNumeric: "tabular-nums",
  },
  // Header texts such as "Chưa có số liệu" wrap on two lines in a narrow pane.
  headerText: {
    whiteSpace: "normal",
    lineHeight: tokens.lineHeightBase200,
    fontSize: tokens.fontSizeBase200,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    verticalAlign: "bottom",
  },
  countHeader: {
    "& > div": { justifyContent: "flex-end", textAlign: "right" },
  },
  pillar: {
    whiteSpace: "normal",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/** How the pane shows a verdict, or a count of them: met in green, not met (or not judged) in red. */
export const useVerdictTones = makeStyles({
  met: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  notMet: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Đạt / Chưa đạt / Chưa có số liệu per pillar after a fill, and their total. */
export function SummaryTable({ summary }: { summary: readonly PillarSummary[] }) {
  const styles = useStyles();
  const tones = useVerdictTones();
  const sum = totals(summary);
  const withInvalid = sum.invalid > 0;
  const countCell = (n: number, tone?: string) => (
    <TableCell className={mergeClasses(styles.count, n > 0 ? tone : undefined)}>{n}</TableCell>
  );
  const header = (text: string) => (
    <TableHeaderCell className={mergeClasses(styles.count, styles.headerText, styles.countHeader)}>
      {text}
    </TableHeaderCell>
  );

  return (
    <section className={styles.section} aria-labelledby="summary-heading">
      <Subtitle2 as="h2" id="summary-heading" className={styles.heading}>
        Kết quả theo trụ cột
      </Subtitle2>
      <Table
        size="extra-small"
        className={styles.table}
        aria-labelledby="summary-heading"
        data-testid="summary"
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.headerText}>Trụ cột</TableHeaderCell>
            {header(VERDICTS.met)}
            {header(VERDICTS.notMet)}
            {header(VERDICTS.noData)}
            {withInvalid && header("Không đánh giá được")}
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.map((p) => (
            <TableRow key={p.pillar} data-pillar={p.pillar}>
              <TableCell className={styles.pillar}>{p.title}</TableCell>
              {countCell(p.met, tones.met)}
              {countCell(p.notMet, tones.notMet)}
              {countCell(p.noData)}
              {withInvalid && countCell(p.invalid, tones.notMet)}
            </TableRow>
          ))}
          <TableRow className={styles.total} data-pillar="total">
            <TableCell className={styles.pillar}>Tổng cộng</TableCell>
            {countCell(sum.met)}
            {countCell(sum.notMet)}
            {countCell(sum.noData)}
            {withInvalid && countCell(sum.invalid)}
          </TableRow>
        </TableBody>
      </Table>
    </section>
  );
}
