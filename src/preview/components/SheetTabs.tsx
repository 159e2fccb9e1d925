import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "stretch",
    flexShrink: 0,
    minHeight: "30px",
    paddingLeft: "40px",
    backgroundColor: "#F3F3F3",
    borderTop: "1px solid #D4D4D4",
    overflowX: "auto",
  },
  tab: {
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalL}`,
    border: "none",
    borderRight: "1px solid #D4D4D4",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: "#E6E6E6" },
  },
  active: {
    backgroundColor: "#FFFFFF",
    color: "#107C41",
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: "inset 0 -2px 0 #107C41",
    ":hover": { backgroundColor: "#FFFFFF" },
  },
});

/** The sheet tabs under the grid; a click activates the sheet, as in Excel. */
export function SheetTabs({
  names,
  active,
  onActivate,
}: {
  names: readonly string[];
  active: string | null;
  onActivate: (name: string) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="tablist" aria-label="Các trang tính">
      {names.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={name === active}
          data-tab={name}
          className={mergeClasses(styles.tab, name === active && styles.active)}
          onClick={() => onActivate(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
