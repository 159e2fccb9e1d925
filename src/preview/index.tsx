// The preview page: the task pane's App on the in-memory workbook (HyperFormula), beside a grid drawing that
// workbook, so the whole flow runs in a plain browser. Not part of the add-in: webpack builds it with addIn: false.
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbook } from "../workbook/memory";
import { PreviewApp } from "./components/PreviewApp";

const container = document.getElementById("container");
if (!container) throw new Error("preview.html has no #container element");

// "?cf=0": an Excel without custom functions (=CDS.* is #NAME?), where Generate writes the plain kind of sheet
const workbook = new MemoryWorkbook({
  customFunctions: new URLSearchParams(window.location.search).get("cf") !== "0",
});
workbook.addSheet("Trang tính1"); // a new workbook in Vietnamese Excel

createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <PreviewApp workbook={workbook} />
  </FluentProvider>
);
