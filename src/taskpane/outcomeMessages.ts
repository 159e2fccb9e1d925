/**
 * What the task pane says after a button: every family's words (usecases/<family>/words.ts), gathered as the one
 * "messages" chunk the actions' table loads with a button's use case (chunks.ts). Wording only; every judgement was
 * made by the core.
 */
export * from "../usecases/sheet/words";
export * from "../usecases/consolidation/words";
export * from "../usecases/comparison/words";
export * from "../usecases/roster/words";
export * from "../usecases/blank/words";
export * from "../usecases/documents/words";
export * from "../usecases/cycle/words";
export * from "../usecases/review/words";
export { cutList, errorNotice, type Notice, type NoticeIntent, type NoticeList } from "./notice";
