/**
 * Said under every button that hands out a file: a browser may block the automatic download. A module of its own, not
 * in notice.ts: the pane's first load carries notice.ts, and must not carry the words of the outcomes with it.
 */
export const DOWNLOAD_HINT = "Nếu tệp không tự tải về, bấm vào liên kết tải tệp bên dưới.";
