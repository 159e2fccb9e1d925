import { tokens } from "@fluentui/react-components";
import type { FluentIcon } from "@fluentui/react-icons";
import type { CSSProperties, ReactNode } from "react";

const styles = {
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  // Fluent's Subtitle2, as a plain heading
  heading: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
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
  },
  // an icon has no text baseline: align it with the heading's first line by hand
  iconMarker: {
    alignSelf: "flex-start",
    transform: "translateY(1px)",
  },
  icon: { width: "14px", height: "14px" },
} satisfies Record<string, CSSProperties>;

/**
 * A part of the pane under a heading with a round marker: a number for the steps of a unit's report, an icon for
 * the sections used apart from them (the whole city, the report documents).
 */
export function Step({
  marker: Marker,
  title,
  children,
}: {
  marker: number | FluentIcon;
  title: string;
  children: ReactNode;
}) {
  const number = typeof Marker === "number";
  return (
    <section style={styles.step} aria-label={title}>
      <h2 style={styles.heading}>
        <span
          style={number ? styles.marker : { ...styles.marker, ...styles.iconMarker }}
          aria-hidden="true"
        >
          {number ? Marker : <Marker style={styles.icon} />}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}
