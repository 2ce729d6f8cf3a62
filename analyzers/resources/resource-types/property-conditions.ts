import type { PropertyConditionInput } from "../resource-type-spec.js";

/** The property is `true` (or the string `"true"`, as some providers pass booleans). */
export const on = (path: string): PropertyConditionInput[] => [{ path, equals: [true, "true"] }];

/** The property equals one of `values`. */
export const oneOf = (path: string, values: (string | number)[]): PropertyConditionInput[] => [
  { path, equals: values },
];

/** The property is set, to any value. */
export const present = (path: string): PropertyConditionInput[] => [{ path }];
