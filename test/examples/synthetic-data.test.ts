import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isMobileLoose } from "../../analyzers/recognisers/validators/mobile.js";
import { isResidentId } from "../../analyzers/recognisers/validators/resident-id.js";

// The examples must carry synthetic data only. Resident IDs must be built from fictitious
// sequence numbers with a valid check digit (so the linter's literal detection has something real
// to find), and phone numbers must be the well-known test numbers, never a real subscriber's.
const root = fileURLToPath(new URL("../../examples/", import.meta.url));
const syntheticMobiles = new Set(["13800138000", "13912345678", "13123456789"]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : files(p);
    return /\.(ts|json|md|mjs)$/.test(e.name) ? [p] : [];
  });
}

const texts = files(root).map((p) => ({ file: relative(root, p), text: readFileSync(p, "utf8") }));

describe("data in examples/", () => {
  it("has 18-character resident IDs only with valid check digits", () => {
    const ids = texts.flatMap(({ file, text }) =>
      [...text.matchAll(/(?<![\dA-Za-z])[1-9]\d{16}[\dXx](?![\dA-Za-z])/g)].map((m) => ({
        file,
        id: m[0],
      })),
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const { file, id } of ids) expect(isResidentId(id), `${file}: ${id}`).toBe(true);
  });

  it("uses only well-known test numbers where a mainland mobile number appears", () => {
    const numbers = texts.flatMap(({ file, text }) =>
      [...text.matchAll(/(?<!\d)1[3-9]\d{9}(?!\d)/g)]
        .filter((m) => isMobileLoose(m[0]))
        .map((m) => ({ file, number: m[0] })),
    );
    expect(numbers.length).toBeGreaterThan(0);
    for (const { file, number } of numbers) {
      expect(syntheticMobiles.has(number), `${file}: ${number}`).toBe(true);
    }
  });
});
