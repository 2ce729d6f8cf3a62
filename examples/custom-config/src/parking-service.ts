// Uses the security team's extensions. Each `// ❌` line must be reported only because of
// pipl-guard.config.json (the built-in rule set knows neither the category nor the sink); each
// `// ✅` line is silent because of the configured consent function or sanitizer.
import { audit } from "@acme/logger";
import { acme, AcmeConsentRequired } from "@acme/platform";
import type { GateEvent, Vehicle } from "./vehicle.js";

/** Register a car: first version, before the privacy review. */
export function registerVehicleUnchecked(vehicle: Vehicle): void {
  // ❌ pipl/no-unconsented-logging: vehicle.vinCode (vehicle.vin) reaches the
  // company audit logger `audit.record`, a sink added by the config.
  audit.record("vehicle.registered", { owner: vehicle.ownerId, vin: vehicle.vinCode });
}

/** Record a gate event: first version. */
export function recordGateEventUnchecked(event: GateEvent): void {
  // ❌ pipl/no-unconsented-logging: event.车架号 (vehicle.vin, a Chinese field name from
  // the config) reaches `audit.record`.
  audit.record("gate.entered", { vin: event.车架号, gate: event.gateId });
}

/** Register a car after the privacy review: consent checked with the company's function. */
export async function registerVehicle(vehicle: Vehicle): Promise<void> {
  await acme.consent.verify(vehicle.ownerId, "vehicle.vin");
  // ✅ silent: `acme.consent.verify` (a consent function added by the config, assertion style)
  // names the category and dominates the sink.
  audit.record("vehicle.registered", { owner: vehicle.ownerId, vin: vehicle.vinCode });
}

/** Record a kiosk check-in: the vin is scrubbed before it is logged. */
export function recordKioskCheckIn(vehicle: Vehicle): void {
  // ✅ silent: `acme.privacy.scrub` is a sanitizer added by the config.
  audit.record("kiosk.check-in", { vin: acme.privacy.scrub(vehicle.chejiahao ?? "") });
}

/** Log the car colour: not PI, under any config. */
export function recordColour(vehicle: Vehicle): void {
  // ✅ silent: `colour` is not PI.
  audit.record("vehicle.colour", { colour: vehicle.colour });
}

/** Nightly export of VINs to the municipal parking registry. */
export class VinRegistryExport {
  /** Runs only with the owner's consent, asserted by the company decorator. */
  @AcmeConsentRequired("vin")
  async exportVin(ownerId: string, vehicle: Vehicle): Promise<void> {
    // ✅ silent: `@AcmeConsentRequired` (a consent decorator added by the config) names the
    // category's alias and covers the method body.
    audit.record("vin.exported", { owner: ownerId, vin: vehicle.vinCode });
  }
}
