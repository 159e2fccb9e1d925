import { useEffect, useState } from "react";
import type { MemoryWorkbook } from "../taskpane/workbook/memory/memoryWorkbook";

/** A number that changes whenever the workbook does, so components that read it re-render. */
export function useWorkbookVersion(workbook: MemoryWorkbook): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribe = workbook.subscribe(() => setVersion((v) => v + 1));
    return () => {
      unsubscribe();
    };
  }, [workbook]);
  return version;
}
