import { useState } from "react";
import { BuildingMultiple20Regular } from "@fluentui/react-icons/svg/building-multiple";
import { chunkPart } from "../chunkPart";
import { Disclosure } from "../Disclosure";
import { Step } from "../Step";
import type { CityPartProps } from "./CityPart";

// One department out of some 200 units uses this part: its buttons, fields and rows load when it is first opened.
const CityPart = chunkPart<CityPartProps>(
  () => import(/* webpackChunkName: "cityPart" */ "./CityPart").then((m) => m.CityPart),
  "Đang tải phần Toàn thành phố…"
);

/**
 * The city's part of the pane: its heading, and its buttons folded away until opened. `open` opens it from the start
 * (the preview, which shows the whole flow).
 */
export function CitySection({
  open: openAtFirst = false,
  ...part
}: CityPartProps & { open?: boolean }) {
  const [open, setOpen] = useState(openAtFirst);
  return (
    <Step marker={BuildingMultiple20Regular} title="Toàn thành phố">
      <Disclosure
        open={open}
        onToggle={() => setOpen(!open)}
        label="Danh sách đơn vị, tổng hợp, sổ trống, rà soát và gửi ý kiến (Sở Khoa học và Công nghệ)"
        testId="city-toggle"
      />
      {open && <CityPart {...part} />}
    </Step>
  );
}
