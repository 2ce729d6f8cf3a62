import { ts as bundledTs } from "ts-morph";
import ts from "typescript";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bundledTypescript } from "../../analyzers/typescript/bundled-typescript-enums.js";
import { checkedEnums } from "../../analyzers/typescript/checked-enums.js";
import { compareTypescriptEnums } from "../../analyzers/typescript/compare-typescript-enums.js";
import {
  engineTypescript,
  engineTypescriptVariable,
} from "../../analyzers/typescript/engine-typescript.js";
import { typescriptCompatibility } from "../../analyzers/typescript/typescript-compatibility.js";

const host = (module: object) => module as unknown as Record<string, unknown>;

describe("compareTypescriptEnums", () => {
  it("finds the installed typescript compatible with ts-morph's bundled TypeScript", () => {
    const result = compareTypescriptEnums(host(ts), host(bundledTs));
    expect(result).toEqual({ compatible: true, mismatches: [] });
    expect(typescriptCompatibility().compatible).toBe(true);
  });

  it("reports a renumbered TypeFlags member even when the version strings match", () => {
    // TypeScript 5.9 renumbered TypeFlags; simulate that on a copy of the real module.
    const renumbered = {
      ...host(ts),
      version: bundledTs.version,
      TypeFlags: { ...ts.TypeFlags, Enum: ts.TypeFlags.Enum * 4 },
    };
    const result = compareTypescriptEnums(renumbered, host(bundledTs));
    expect(result.compatible).toBe(false);
    expect(result.mismatches).toEqual([
      `TypeFlags.Enum: ${ts.TypeFlags.Enum * 4} vs ${ts.TypeFlags.Enum}`,
    ]);
  });

  it("reports members present on one side only and enums missing entirely", () => {
    const user = {
      SyntaxKind: { Identifier: 80, BrandNewKind: 999 },
      TypeFlags: { Any: 1 },
    };
    const bundled = {
      SyntaxKind: { Identifier: 80 },
      TypeFlags: { Any: 1, Unknown: 2 },
      SymbolFlags: { None: 0 },
    };
    const result = compareTypescriptEnums(user, bundled, [
      "SyntaxKind",
      "TypeFlags",
      "SymbolFlags",
    ]);
    expect(result.mismatches).toEqual([
      "SyntaxKind.BrandNewKind: 999 vs absent",
      "TypeFlags.Unknown: absent vs 2",
      "SymbolFlags: missing in typescript",
    ]);
  });

  it("ignores TypeScript's number-to-name reverse mappings", () => {
    const user = { SyntaxKind: { Identifier: 80, 80: "Identifier" } };
    const bundled = { SyntaxKind: { Identifier: 80, 80: "PrivateIdentifier" } };
    expect(compareTypescriptEnums(user, bundled, ["SyntaxKind"]).compatible).toBe(true);
  });

  it("checks every enum ts-morph reads", () => {
    for (const name of checkedEnums) expect(typeof host(ts)[name]).toBe("object");
  });
});

describe("the recorded numbering of ts-morph's bundled TypeScript", () => {
  it("is the bundled copy's, enum for enum (regenerate with test/support/write-bundled-typescript-enums.mjs)", () => {
    expect(bundledTypescript.version).toBe(bundledTs.version);
    expect(compareTypescriptEnums(host(bundledTypescript.enums), host(bundledTs))).toEqual({
      compatible: true,
      mismatches: [],
    });
  });
});

describe("engineTypescript", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("is the user's typescript when its enums match the bundled copy's", () => {
    expect(engineTypescript()).toBe(ts);
  });

  it("is ts-morph's copy when PIPL_GUARD_ENGINE_TYPESCRIPT is bundled", () => {
    vi.stubEnv(engineTypescriptVariable, "bundled");
    expect(engineTypescript()).toBe(bundledTs);
  });
});
