import { useState, type CSSProperties } from "react";
import { tokens } from "@fluentui/react-components";
import type { DocumentSettings } from "../../documents/settings";
import { chunkPart } from "./chunkPart";
import { Disclosure } from "./Disclosure";
import type { DocumentFieldsProps } from "./DocumentFields";

const BOX: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalXS,
};

// Most openings of the pane never open these fields: they load when first opened.
const DocumentFields = chunkPart<DocumentFieldsProps>(
  () =>
    import(/* webpackChunkName: "documentForm" */ "./DocumentFields").then((m) => m.DocumentFields),
  "Đang tải các ô thông tin văn bản…"
);

/** The fields of the official documents' header and signature, typed once: collapsed until opened. */
export function DocumentSettingsForm(props: {
  settings: DocumentSettings;
  onChange: (settings: DocumentSettings) => void;
  disabled: boolean;
}) {
  const [open, setOpen] = useState(false);
  const { agency, signerName } = props.settings;
  const filled = agency.trim() || signerName.trim();
  return (
    <div style={BOX}>
      <Disclosure
        open={open}
        onToggle={() => setOpen(!open)}
        label={`Thông tin văn bản (cơ quan, số, ngày, người ký)${filled ? "" : " — chưa nhập"}`}
        testId="doc-settings-toggle"
      />
      {open && <DocumentFields {...props} />}
    </div>
  );
}
