import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef, type CSSProperties } from "react";

export interface FilePickerProps {
  /** The button's text, also the name of the file input. */
  label: string;
  /** File types offered, as the input's accept attribute (".xlsx"). */
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  icon?: ButtonProps["icon"];
  appearance?: ButtonProps["appearance"];
  style?: CSSProperties;
  onPick: (files: File[]) => void;
}

/** A button that opens the system's file dialog: Fluent UI has no file picker, the browser's input stays hidden. */
export function FilePicker({
  label,
  accept,
  multiple,
  disabled,
  icon,
  appearance,
  style,
  onPick,
}: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        multiple={multiple}
        aria-label={label}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // picking the same file again must fire change again
          event.currentTarget.value = "";
          if (files.length) onPick(files);
        }}
      />
      <Button
        style={style}
        appearance={appearance}
        icon={icon}
        disabled={disabled}
        // a double click opens the dialog once (the second click's detail is 2)
        onClick={(event) => event.detail <= 1 && input.current?.click()}
      >
        {label}
      </Button>
    </>
  );
}
