import { Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  marker: {
    flexShrink: 0,
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "20px",
    height: "20px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: "20px",
    transform: "translateY(-1px)",
    "& svg": { width: "14px", height: "14px" },
  },
  // an icon has no text baseline: align it with the heading's first line by hand
  iconMarker: {
    alignSelf: "flex-start",
    transform: "translateY(1px)",
  },
});

/**
 * A part of the pane under a heading with a round marker: a number for the steps of a unit's report, an icon for
 * the sections used apart from them (the whole city, the report documents).
 */
export function Step({
  marker,
  title,
  children,
}: {
  marker: number | ReactNode;
  title: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const icon = typeof marker !== "number";
  return (
    <section className={styles.step} aria-label={title}>
      <Subtitle2 as="h2" className={styles.heading}>
        <span className={mergeClasses(styles.marker, icon && styles.iconMarker)} aria-hidden="true">
          {marker}
        </span>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
