import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { waitForHost } from "./office";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

// Render once Office.js is ready, or straight away with a notice when the page runs outside Office.
void waitForHost().then((host) => {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
});
