import {
  Button,
  Caption1,
  Link,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload16Regular } from "@fluentui/react-icons/svg/arrow-download";
import { Open16Regular } from "@fluentui/react-icons/svg/open";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  mimeType,
  openFailedNote,
  planDownload,
  planNote,
  type DownloadFile,
  type DownloadHost,
  type DownloadPlan,
} from "../../handoff/download";
import { downloadHost } from "../downloadHost";
import { offerMade } from "../../handoff/offeredFile";

export type { DownloadFile } from "../../handoff/download";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
  link: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  icon: {
    flexShrink: 0,
  },
  note: {
    display: "block",
  },
  refused: {
    color: tokens.colorPaletteRedForeground1,
  },
});

/**
 * Files whose download was started by itself: each made file starts once, however often its link is mounted (React's
 * StrictMode mounts effects twice) or re-rendered. Clicking the link or button again is the analyst's own choice.
 */
const started = new WeakSet<DownloadFile>();

/** Object URLs are revoked a while after their link goes, so that a download the browser has not begun still finds its file. */
const REVOKE_DELAY_MS = 30_000;

export interface DownloadLinkProps {
  file: DownloadFile;
  /** Where the pane runs (host.ts tells); tests pass a fake host. */
  host?: DownloadHost;
  /** The task pane's address, next to which the download page sits. */
  base?: string;
}

/** Hands the download page to the browser; Excel may refuse (an old build, a policy), and the analyst is told. */
function useBrowserWindow() {
  const [openError, setOpenError] = useState<{ error: unknown } | null>(null);
  // stable: the automatic start's effect depends on it
  const openBrowser = useCallback((url: string, open: (url: string) => void) => {
    try {
      open(url);
      setOpenError(null);
    } catch (error) {
      setOpenError({ error });
    }
  }, []);
  return { openError, openBrowser };
}

/** The object URL lives in an effect, never in render: made once per file and mount, revoked after unmount. */
function useObjectUrl(file: DownloadFile, plan: DownloadPlan | null): string | undefined {
  const [href, setHref] = useState<string>();
  useEffect(() => {
    if (!plan || plan.kind === "browser-window") return;
    const url = URL.createObjectURL(
      new Blob([new Uint8Array(file.data)], { type: mimeType(file.fileName) })
    );
    setHref(url);
    return () => {
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
    };
  }, [file, plan]);
  return href;
}

/**
 * How a made file is offered here, decided once per mount: the file as the download page would take it (a clean
 * name, content checked: never a link the page refuses), and its plan for this host. The download starts by itself
 * once (`started`).
 */
function useDownload({ file: made, host, base }: DownloadLinkProps) {
  const [offer] = useState(() => offerMade(made));
  const file = offer.ok ? offer.file : made;
  const [where] = useState(() => host ?? downloadHost());
  const [plan] = useState(() =>
    offer.ok ? planDownload(file, where, base ?? window.location.href) : null
  );
  const { openError, openBrowser } = useBrowserWindow();
  const note = openError ? openFailedNote(file, openError.error) : plan && planNote(plan, file);
  const href = useObjectUrl(file, plan);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (!plan || started.has(made)) return;
    if (plan.kind === "browser-window") {
      started.add(made);
      openBrowser(plan.url, plan.open);
    } else if (plan.kind === "link" && href && link.current) {
      started.add(made);
      link.current.click();
    }
  }, [made, plan, href, openBrowser]);
  return { offer, file, plan, note, href, link, openBrowser };
}

/**
 * A made document offered as a download: started at once, and kept as a link to click. On Excel for Mac, whose web view
 * ignores downloads, the file opens in the browser through the add-in's download page instead, and the analyst is told.
 */
export function DownloadLink(props: DownloadLinkProps) {
  const styles = useStyles();
  const { offer, file, plan, note, href, link, openBrowser } = useDownload(props);

  if (!offer.ok || !plan) {
    return (
      <div className={styles.box} data-testid="download-box">
        <Caption1
          className={mergeClasses(styles.note, styles.refused)}
          data-testid="download-refused"
        >
          {offer.ok ? null : offer.message}
        </Caption1>
      </div>
    );
  }

  if (plan.kind === "browser-window") {
    return (
      <div className={styles.box} data-testid="download-box">
        <Caption1 className={styles.note} data-testid="download-note">
          {note}
        </Caption1>
        <Button
          size="small"
          icon={<Open16Regular />}
          onClick={() => openBrowser(plan.url, plan.open)}
          data-testid="download"
        >
          Mở trình duyệt để tải {file.fileName}
        </Button>
      </div>
    );
  }

  return (
    <div className={styles.box} data-testid="download-box">
      {note && (
        <Caption1 className={styles.note} data-testid="download-note">
          {note}
        </Caption1>
      )}
      <Link
        ref={link}
        href={href}
        download={file.fileName}
        className={styles.link}
        data-testid="download"
      >
        <ArrowDownload16Regular className={styles.icon} aria-hidden="true" />
        {plan.kind === "link"
          ? `Tải tệp ${file.fileName}`
          : `Thử tải trực tiếp tệp ${file.fileName}`}
      </Link>
    </div>
  );
}
