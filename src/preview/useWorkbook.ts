import { useSyncExternalStore } from "react";
import type { MemoryWorkbook } from "../workbook/memory";

/** The workbook as of one change: a new object after each change the workbook reports, the same one in between. */
export interface WorkbookSnapshot {
  readonly workbook: MemoryWorkbook;
  /** How many changes the workbook has reported since the page first read it. */
  readonly version: number;
}

/**
 * A workbook's changes as an external store for React: its snapshot is replaced on every change, counted from the
 * first read on for as long as the page holds the workbook (so a change between a render and its subscription, or
 * while StrictMode re-subscribes, is not missed).
 */
class WorkbookChanges {
  private snapshot: WorkbookSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(workbook: MemoryWorkbook) {
    this.snapshot = { workbook, version: 0 };
    workbook.subscribe(() => {
      this.snapshot = { workbook, version: this.snapshot.version + 1 };
      for (const listener of [...this.listeners]) listener();
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): WorkbookSnapshot => this.snapshot;
}

const changes = new WeakMap<MemoryWorkbook, WorkbookChanges>();

function changesOf(workbook: MemoryWorkbook): WorkbookChanges {
  let store = changes.get(workbook);
  if (!store) {
    store = new WorkbookChanges(workbook);
    changes.set(workbook, store);
  }
  return store;
}

/** The workbook as of its last change; components that read it re-render on every change (useSyncExternalStore). */
export function useWorkbook(workbook: MemoryWorkbook): WorkbookSnapshot {
  const store = changesOf(workbook);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
