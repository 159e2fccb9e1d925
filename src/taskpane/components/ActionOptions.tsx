import type { ComponentType } from "react";
import type { OptionId } from "../actionRow";
import type { FormValues } from "../formMemory";

/** What the pane's sections share with their buttons: the form, the picked files, and what a press does. */
export interface ActionHost {
  readonly values: FormValues;
  readonly onChange: (values: FormValues) => void;
  /** The .xlsx files picked for the consolidation (and the comparison). */
  readonly files: readonly File[];
  readonly onFiles: (files: readonly File[]) => void;
  readonly busy: boolean;
}

export interface OptionProps {
  readonly host: ActionHost;
}

/**
 * The fields a part of the pane shows above its buttons, by the id the actions' table gives them: each part brings
 * its own (formOptions.tsx, city/cityOptions.tsx), so that the city's fields load with the city's part.
 */
export type OptionViews = Partial<Record<OptionId, ComponentType<OptionProps>>>;

/** A form field that belongs to one button (the actions' table says which), shown above that button. */
export function ActionOption({
  id,
  host,
  views,
}: {
  id: OptionId;
  host: ActionHost;
  views: OptionViews;
}) {
  const View = views[id];
  // a row naming a field its part does not bring is a bug of the table: said, not left out in silence
  if (!View) throw new Error(`The option "${id}" has no field in this part of the pane.`);
  return <View host={host} />;
}
