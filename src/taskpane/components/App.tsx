import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { HostStatus } from "../office";
import { FUNCTION_GUIDE } from "../functionGuide";

export interface AppProps {
  host: HostStatus;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  heading: {
    margin: 0,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
});

function HostMessage({ host }: AppProps) {
  if (host.kind === "excel") return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Không tìm thấy Excel</MessageBarTitle>
        {host.kind === "no-office"
          ? "Trang này đang mở ngoài Excel. Hãy mở CĐS Excel trong Excel (trên máy tính hoặc Excel trên web) để dùng các chức năng báo cáo."
          : `Trang này đang mở trong ${host.host}. CĐS Excel chỉ chạy trong Excel.`}
      </MessageBarBody>
    </MessageBar>
  );
}

export default function App({ host }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header>
        <Title2 as="h1" block className={styles.heading}>
          CĐS Excel
        </Title2>
        <Body1 as="p" block>
          Báo cáo chỉ tiêu chuyển đổi số Thành phố Hồ Chí Minh ngay trong Excel.
        </Body1>
      </header>
      <HostMessage host={host} />
      <section aria-labelledby="functions-heading" className={styles.section}>
        <Subtitle2 as="h2" id="functions-heading" block className={styles.heading}>
          Hàm dùng trong ô
        </Subtitle2>
        <ul className={styles.list}>
          {FUNCTION_GUIDE.map((entry) => (
            <li key={entry.formula} className={styles.item}>
              <code className={styles.formula}>{entry.formula}</code>
              <Caption1 block>{entry.summary}</Caption1>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
