import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { browserMemory } from "./formMemory";
import { customFunctionsAvailable, waitForHost, workbookMemory } from "./host";
import { LazyOfficeWorkbook } from "./lazyWorkbook";

// The pane starts: the message that taskpane.html shows where it cannot (an old web view, the bundle not fetched) goes.
(window as { cdsPaneStarted?: boolean }).cdsPaneStarted = true;
document.getElementById("cds-fallback")?.remove();

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

// Render once Office.js is ready, or straight away with a notice when the page runs outside Office. Outside Excel the
// pane still gets an OfficeWorkbook: its ensureReady() turns a click into the "Không tìm thấy Excel" message. The
// adapter itself loads on the first click (lazyWorkbook.ts).
void waitForHost().then((host) => {
  const memory = host.kind === "excel" ? workbookMemory(browserMemory()) : browserMemory();
  root.render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>
        <App
          port={new LazyOfficeWorkbook(undefined, customFunctionsAvailable)}
          host={host}
          memory={memory}
        />
      </ErrorBoundary>
    </FluentProvider>
  );
});
