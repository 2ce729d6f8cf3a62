// A developer's debugging line left in a seeding script. The value is a synthetic resident ID
// (fictitious sequence number, valid check digit), but the linter cannot know that: a string
// literal that validates as a resident ID is treated as one.
import { logger } from "../infra/logger.js";

/** Create the demo account used by the UI tests. */
export function seedDemoAccount(): string {
  const sample = "440305198512124565";
  // ❌ pipl/no-unconsented-logging: `sample` holds a literal that validates as a resident ID
  // (identity.resident-id); the message must show it masked, never in full.
  logger.debug({ sample }, "seeding demo account");
  return sample;
}
