import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FUNCTION_GUIDE } from "../functionGuide";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: `0 0 ${tokens.spacingVerticalS}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
});

/** The custom functions, folded away until asked for. */
export function FunctionGuide() {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="functions">
        <AccordionHeader as="h2" expandIconPosition="end">
          Hàm dùng trong ô
        </AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list}>
            {FUNCTION_GUIDE.map((entry) => (
              <li key={entry.formula} className={styles.item}>
                <code className={styles.formula}>{entry.formula}</code>
                <Caption1 block>{entry.summary}</Caption1>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
