/*
 * The pipl-guard policy pack, as `pulumi preview --policy-pack <pipl-guard>/policies` runs it (the
 * runner `require`s `policies/package.json`'s `main`: dist/policies/pack.cjs, this file compiled by
 * tsc and bundled into one CommonJS file by policies/bundle-pack.mjs, so keep the pack's
 * imports free of top-level `await`). Nothing may reach stdout before the SDK prints the gRPC port:
 * the engine reads that line.
 */
import { PolicyPack } from "@pulumi/policy";
import { piplPolicies } from "./index.js";

new PolicyPack("pipl-guard", {
  description:
    "PIPL guardrails: personal information stays encrypted at rest and in mainland China, and its tags name known categories.",
  displayName: "pipl-guard (PIPL)",
  tags: ["pipl", "china", "privacy", "data-residency", "encryption"],
  policies: piplPolicies(),
});
