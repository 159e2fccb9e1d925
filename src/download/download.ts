// Entry of download.html (see page.ts).
import { startDownloadPage } from "./page";

startDownloadPage(window);
