/** The domain core: what the custom functions, the task pane and the checks use. No Office, no DOM. */
export type { CellInput, Kind, Level, PillarId, Verdict } from "./types";
export { VERDICTS } from "./types";
export { CdsError, isCdsError, type CdsErrorCode } from "./errors";
export {
  catalog,
  childrenOf,
  findRow,
  pillars,
  yesNoWords,
  type CatalogRow,
  type Pillar,
  type TieredTarget,
} from "./catalog";
export { LEVELS, LEVEL_NAMES, optionalLevel, parseLevel } from "./levels";
export {
  formatTarget,
  parseTarget,
  resolveTarget,
  rowById,
  targetRow,
  type Comparator,
  type Target,
} from "./target";
export { rate, type RateLabels } from "./rate";
export { check, judge, judgeValue, meets, type Judgement } from "./check";
export { needed } from "./needed";
export {
  evaluate,
  type EvaluateOptions,
  type Inputs,
  type Results,
  type RowResult,
} from "./evaluate";
export { formatNumber, formatPercent } from "./format";
export {
  readCount,
  readFigure,
  readFigures,
  readPercent,
  readRank,
  readYesNo,
  tryReadFigure,
  yesNoVocabulary,
  type Figure,
  type FigureOptions,
  type Reading,
  type YesNoOptions,
  type YesNoVocabulary,
} from "./values";
export { unitKey, wordKey } from "./text";

import { rowById, defaultTargetText } from "./target";
import type { Level } from "./types";

/** The default target text of an indicator for a level: `≥ 60%`, `> 8,5%`, `≤ 5`, `Có` (18 needs a level). */
export function defaultTarget(id: string | number, level?: Level): string {
  return defaultTargetText(rowById(id), level);
}
export {
  consolidate,
  distinctUnits,
  listUnits,
  TIERS,
  type Consolidation,
  type ConsolidateOptions,
  type DuplicateReport,
  type RefusedReport,
  type TierResult,
  type UnitLevel,
  type UnitReport,
} from "./consolidate";
export {
  checkRule,
  ruleById,
  RULES,
  validate,
  type Importance,
  type Operator,
  type Rule,
  type RuleContext,
  type Side,
  type Violation,
} from "./validation";
export {
  findUnits,
  matchUnit,
  officialUnits,
  type NamedUnit,
  type OfficialUnit,
  type UnitKind,
} from "./units";
export {
  changeBetween,
  compare,
  shownResult,
  type Comparison,
  type RowChange,
  type Trend,
} from "./compare";
export {
  filledRows,
  matchRoster,
  REPORTED_ROWS,
  ROSTER_LEVELS,
  SUBMISSION_WORDS,
  submissionStatus,
  tierCounts,
  CHANGED_WORDS,
  lineCycle,
  tierTimelinessText,
  type LineCycle,
  type StatusDates,
  type TierTimeliness,
  type RosterDuplicate,
  type RosterEntry,
  type RosterLevel,
  type StatusLine,
  type SubmissionState,
  type SubmissionStatus,
  type TierStatus,
} from "./status";
export {
  isoDay,
  localDateOf,
  localStamp,
  LOCAL_OFFSET_MINUTES,
  NO_DEADLINE,
  parseDate,
  readInstant,
  reportingDates,
  shownDate,
  shownInstant,
  timeliness,
  timelinessText,
  type Instant,
  type IsoDate,
  type MonthPeriod,
  type ReportingDates,
  type Timeliness,
} from "./reportingDates";
export {
  fingerprint,
  fingerprintText,
  SHORT_FINGERPRINT,
  shortFingerprint,
  type ReportContent,
  type Sha256,
} from "./fingerprint";
export {
  approvalStanding,
  changesSinceReview,
  isAbout,
  needsAnswer,
  NOT_REVIEWED,
  readReviewState,
  REAPPROVE_WORDS,
  replyFileName,
  replyOf,
  reportName,
  REVIEW_WORDS,
  reviewComments,
  reviewedInputs,
  reviewedResults,
  standingWords,
  type ChangeList,
  type Reply,
  type ReplyComment,
  type ReportVersion,
  type Review,
  type ReviewChange,
  type ReviewedVersion,
  type ReviewLine,
  type ReviewState,
  type Standing,
} from "./review";
