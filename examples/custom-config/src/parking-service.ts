// Uses the security team's extensions. Each `// ❌` line must be reported only because of
// pipl-guard.config.json (the built-in rule set knows neither the category nor the sink); each
// `// ✅` line is silent because of the configured consent function or sanitizer.
import { audit } from "@acme/logger";
import { acme, AcmeConsentRequired } from "@acme/platform";
import type { GateEvent, Vehicle } from "./vehicle.js";

/** Register a car: first version, before the privacy review. */
export function registerVehicleUnchecked(vehicle: Vehicle): void {
  // ❌ pipl/no-unconsented-logging: vehicle.licensePlate (vehicle.license-plate) reaches the
  // company audit logger `audit.record`, a sink added by the config.
  audit.record("vehicle.registered", { owner: vehicle.ownerId, plate: vehicle.licensePlate });
}

/** Record a gate event: first version. */
export function recordGateEventUnchecked(event: GateEvent): void {
  // ❌ pipl/no-unconsented-logging: event.车牌号 (vehicle.license-plate, a Chinese field name from
  // the config) reaches `audit.record`.
  audit.record("gate.entered", { plate: event.车牌号, gate: event.gateId });
}

/** Register a car after the privacy review: consent checked with the company's function. */
export async function registerVehicle(vehicle: Vehicle): Promise<void> {
  await acme.consent.verify(vehicle.ownerId, "vehicle.license-plate");
  // ✅ silent: `acme.consent.verify` (a consent function added by the config, assertion style)
  // names the category and dominates the sink.
  audit.record("vehicle.registered", { owner: vehicle.ownerId, plate: vehicle.licensePlate });
}

/** Record a kiosk check-in: the plate is scrubbed before it is logged. */
export function recordKioskCheckIn(vehicle: Vehicle): void {
  // ✅ silent: `acme.privacy.scrub` is a sanitizer added by the config.
  audit.record("kiosk.check-in", { plate: acme.privacy.scrub(vehicle.chepai ?? "") });
}

/** Log the car colour: not PI, under any config. */
export function recordColour(vehicle: Vehicle): void {
  // ✅ silent: `colour` is not PI.
  audit.record("vehicle.colour", { colour: vehicle.colour });
}

/** Nightly export of plates to the municipal parking registry. */
export class PlateRegistryExport {
  /** Runs only with the owner's consent, asserted by the company decorator. */
  @AcmeConsentRequired("license-plate")
  async exportPlate(ownerId: string, vehicle: Vehicle): Promise<void> {
    // ✅ silent: `@AcmeConsentRequired` (a consent decorator added by the config) names the
    // category's alias and covers the method body.
    audit.record("plate.exported", { owner: ownerId, plate: vehicle.licensePlate });
  }
}
