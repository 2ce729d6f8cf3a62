import type { LocalizedText } from "../taxonomy/category-definition.js";
import { policyRecords } from "./index.js";

type MessageIdsOf<R> = R extends { messages: infer M } ? keyof M & string : never;

/** Ids of the violation messages of every policy (`PolicyFinding.message`). */
export type PolicyMessageId = MessageIdsOf<(typeof policyRecords)[number]>;

/**
 * Every policy's violation messages in one catalogue, keyed by message id, for rendering a finding
 * whichever policy reports it. Policies that share a message share its record entry.
 */
export const policyMessages: Readonly<Record<PolicyMessageId, LocalizedText>> = Object.assign(
  {},
  ...policyRecords.map((record) => record.messages),
) as Record<PolicyMessageId, LocalizedText>;
