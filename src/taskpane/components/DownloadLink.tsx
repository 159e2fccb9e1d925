import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload16Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef } from "react";

export interface DownloadFile {
  readonly fileName: string;
  readonly data: Uint8Array;
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useStyles = makeStyles({
  link: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  icon: {
    flexShrink: 0,
  },
});

/**
 * A made document offered as a download: started at once, and kept as a link to click, since some hosts (Excel's
 * web views) ignore a download the page starts by itself.
 */
export function DownloadLink({ file }: { file: DownloadFile }) {
  const styles = useStyles();
  // made while rendering, so the link is there when the outcome scrolls into view; released with it
  const href = useMemo(
    () => URL.createObjectURL(new Blob([new Uint8Array(file.data)], { type: DOCX_TYPE })),
    [file]
  );
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    link.current?.click();
    return () => URL.revokeObjectURL(href);
  }, [href]);

  return (
    <Link
      ref={link}
      href={href}
      download={file.fileName}
      className={styles.link}
      data-testid="download"
    >
      <ArrowDownload16Regular className={styles.icon} aria-hidden="true" />
      Tải tệp {file.fileName}
    </Link>
  );
}
