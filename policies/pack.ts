/*
 * The pipl-guard policy pack, as `pulumi preview --policy-pack <pipl-guard>/policies` runs it (the
 * runner `require`s `policies/package.json`'s `main`, i.e. this file compiled to dist/, an ES module
 * loaded through Node's `require(esm)`, which refuses module graphs with top-level `await`: keep
 * the pack's imports free of it). Nothing may reach stdout before the SDK prints the gRPC port: the
 * engine reads that line.
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
