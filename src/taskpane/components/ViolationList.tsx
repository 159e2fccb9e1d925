import {
  Badge,
  Caption1,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ErrorCircle12Filled } from "@fluentui/react-icons/svg/error-circle";
import { Warning12Filled } from "@fluentui/react-icons/svg/warning";
import { useState } from "react";
import type { FoundViolation } from "../../usecases/sheet/sheet";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    boxSizing: "border-box",
    width: "100%",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  top: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  row: {
    fontWeight: tokens.fontWeightSemibold,
  },
  address: {
    marginLeft: "auto",
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    whiteSpace: "nowrap",
  },
  message: {
    overflowWrap: "anywhere",
  },
});

/** The violations found by "Kiểm tra số liệu"; each is a button that selects its cell in the sheet. */
export function ViolationList({
  violations,
  onSelect,
}: {
  violations: readonly FoundViolation[];
  onSelect: (violation: FoundViolation) => void;
}) {
  const styles = useStyles();
  const [current, setCurrent] = useState<string | null>(null);
  return (
    <ul className={styles.list} aria-label="Các vi phạm" data-testid="violations">
      {violations.map((v) => {
        const id = `${v.rule}|${v.address}`;
        const error = v.importance === "error";
        return (
          <li key={id}>
            <button
              type="button"
              className={mergeClasses(
                styles.item,
                error ? styles.error : styles.warning,
                current === id && styles.current
              )}
              data-importance={v.importance}
              data-row={v.row}
              data-address={v.address}
              aria-current={current === id ? "true" : undefined}
              onClick={() => {
                setCurrent(id);
                onSelect(v);
              }}
            >
              <span className={styles.top}>
                <Badge
                  size="small"
                  appearance="tint"
                  color={error ? "danger" : "warning"}
                  icon={error ? <ErrorCircle12Filled /> : <Warning12Filled />}
                >
                  {error ? "Lỗi" : "Cảnh báo"}
                </Badge>
                <span className={styles.row}>Chỉ tiêu {v.row}</span>
                <Caption1 className={styles.address}>Ô {v.address}</Caption1>
              </span>
              <span className={styles.message}>{v.message}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
