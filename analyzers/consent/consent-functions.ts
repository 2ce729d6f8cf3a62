// Built-in consent functions. Source: PIPL Art. 14 (consent informed, voluntary, explicit) and
// Art. 29 (separate consent for sensitive PI); names are the common spellings of consent guards in
// TypeScript services (assertion helpers that throw, predicates that return a boolean).
import type { ConsentFunctionSpec } from "./consent-spec.js";

/** Built-in consent functions and methods. */
export const defaultConsentFunctions: readonly ConsentFunctionSpec[] = [
  { name: "requireConsent", style: "assertion" },
  { name: "assertConsent", style: "assertion" },
  { name: "ensureConsent", style: "assertion" },
  { name: "hasConsent", style: "predicate" },
  { name: "checkConsent", style: "predicate" },
  { name: "isConsentGiven", style: "predicate" },
  { name: "require", style: "assertion", receiver: "consent" },
  { name: "assert", style: "assertion", receiver: "consent" },
  { name: "ensure", style: "assertion", receiver: "consent" },
  { name: "has", style: "predicate", receiver: "consent" },
  { name: "check", style: "predicate", receiver: "consent" },
  { name: "isGiven", style: "predicate", receiver: "consent" },
];
