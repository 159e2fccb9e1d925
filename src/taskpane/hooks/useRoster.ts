import { useCallback, useRef, useState } from "react";
import { CHUNKS } from "../chunks";
import type { UnitRoster } from "../components/UnitPicker";
import type { WorkbookPort } from "../../workbook/port";

/**
 * The roster behind the unit field, read again each time the field is used (the city may have edited it): the
 * workbook's roster sheet, else the official list. A roster that cannot be read leaves the field as plain text.
 */
export function useRoster(port: WorkbookPort): {
  roster: UnitRoster | null;
  refreshRoster: () => void;
} {
  const [roster, setRoster] = useState<UnitRoster | null>(null);
  const loading = useRef(false);

  const refreshRoster = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    void (async () => {
      try {
        const mod = await CHUNKS.roster();
        const loaded = await mod
          .loadRoster(port)
          .catch(() => ({ entries: mod.officialRoster(), sheet: null }));
        setRoster({
          entries: loaded.entries,
          sheet: loaded.sheet,
          find: mod.findUnits,
          match: mod.matchUnit,
        });
      } catch {
        // the chunk could not be fetched: the field works without suggestions
      } finally {
        loading.current = false;
      }
    })();
  }, [port]);

  return { roster, refreshRoster };
}
