import type { HarnessResource } from "./pack-harness.mjs";

/** A resource as the program registered it, in the wire form the engine would forward. */
export interface RegisteredResource extends HarnessResource {
  custom: boolean;
  /** `urn::id` reference of the provider, as the SDK sends it. */
  providerRef: string;
}

export function runProgram(
  load: () => Promise<unknown>,
  preview: boolean,
  options?: { project?: string; stack?: string },
): Promise<RegisteredResource[]>;
