import { ts as bundledTs } from "ts-morph";
import ts from "typescript";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bundledTypescript } from "../../analyzers/typescript/bundled-typescript-enums.js";
import { checkedEnums } from "../../analyzers/typescript/checked-enums.js";
import { compareTypescriptEnums } from "../../analyzers/typescript/compare-typescript-enums.js";
import {
  engineTypescriptVariable,
  pickEngineTypescript,
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

describe("pickEngineTypescript", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.doUnmock("../../analyzers/typescript/user-typescript.js");
    vi.doUnmock("../../analyzers/typescript/bundled-typescript-enums.js");
    vi.resetModules();
  });

  /** The modules fresh, with the user's `typescript` replaced (undefined: not installed). */
  async function withUserTypescript(user: object | undefined, record?: object) {
    vi.resetModules();
    vi.doMock("../../analyzers/typescript/user-typescript.js", () => ({
      userTypescript: () => user,
    }));
    if (record)
      vi.doMock("../../analyzers/typescript/bundled-typescript-enums.js", () => ({
        bundledTypescript: record,
      }));
    return {
      ...(await import("../../analyzers/typescript/engine-typescript.js")),
      ...(await import("../../analyzers/typescript/ts-morph-module.js")),
    };
  }

  const renumbered = (): Record<string, unknown> => ({
    ...host(ts),
    TypeFlags: { ...ts.TypeFlags, Enum: ts.TypeFlags.Enum * 4 },
  });

  it("is the user's typescript when its enums match the bundled copy's", () => {
    expect(pickEngineTypescript()).toBe(ts);
  });

  it("is ts-morph's copy when PIPL_GUARD_ENGINE_TYPESCRIPT is bundled", () => {
    vi.stubEnv(engineTypescriptVariable, "bundled");
    expect(pickEngineTypescript()).toBe(bundledTs);
  });

  it("is ts-morph's copy when the user's typescript numbers an enum differently", async () => {
    const m = await withUserTypescript(renumbered());
    expect(m.pickEngineTypescript()).toBe(bundledTs);
  });

  it("is ts-morph's copy when typescript is not installed", async () => {
    const m = await withUserTypescript(undefined);
    expect(m.pickEngineTypescript()).toBe(bundledTs);
  });

  it("is ts-morph's copy once ts-morph is loaded, so that no second copy is", async () => {
    const m = await withUserTypescript(ts);
    expect(m.pickEngineTypescript()).toBe(ts);
    m.tsMorph();
    expect(m.pickEngineTypescript()).toBe(bundledTs);
  });

  it("stops before ts-morph's nodes are read when its copy differs from the recorded one", async () => {
    // The installed ts-morph bundles a TypeScript whose TypeFlags differ from the record: the
    // user's copy matches the record, so the engine calls it, and must not read ts-morph's nodes.
    const user = renumbered();
    const m = await withUserTypescript(user, {
      version: bundledTs.version,
      enums: Object.fromEntries(checkedEnums.map((name) => [name, user[name]])),
    });
    expect(m.engineTypescript()).toBe(user);
    expect(() => m.assertEngineReadsTsMorphNodes()).toThrow(
      `numbers its enums differently from the typescript the analysis uses (TypeFlags.Enum: ${ts.TypeFlags.Enum * 4} vs ${ts.TypeFlags.Enum})`,
    );
  });

  it("lets the engine read ts-morph's nodes when the copies match", async () => {
    const m = await withUserTypescript(ts);
    expect(m.engineTypescript()).toBe(ts);
    expect(() => m.assertEngineReadsTsMorphNodes()).not.toThrow();
  });
});
