import { describe, expect, it } from "vitest";
import { analyze, describeFindings } from "./support/analyze-files.js";

const prelude = `interface U { id: string; mobile: string; realName: string; /** @pipl resident-id */ sfzh: string; /** @pipl face */ face: string }
declare function requireConsent(id: string, ...c: string[]): Promise<void>;
declare function assertConsent(id: string, ...c: string[]): void;
declare function hasConsent(id: string, ...c: string[]): Promise<boolean>;
declare function checkConsent(id: string): Promise<boolean>;
declare function isConsentGiven(id: string, c: string): boolean;
declare const consent: { require(id: string, ...c: string[]): Promise<void>; has(id: string, ...c: string[]): Promise<boolean> };
function post(data: unknown) { return fetch("https://partner.example", { body: JSON.stringify(data) }); }
`;
const send = `fetch("https://partner.example", { body: JSON.stringify(`;

function run(body: string) {
  const r = analyze({
    "a.ts": `${prelude}export async function f(u: U, flag: boolean) {\n${body}\n}`,
  });
  return describeFindings(r).map((d) => d.replace(/ @ .*$/, ""));
}

describe("consent dominance", () => {
  it("accepts an awaited assertion earlier in the function", () => {
    expect(run(`await requireConsent(u.id, "mobile-number");\n${send}u.mobile) });`)).toEqual([]);
  });

  it("accepts a non-awaited assertion and a method assertion", () => {
    expect(
      run(
        `assertConsent(u.id, "name");\nconsent.require(u.id, "phone");\n${send}[u.realName, u.mobile]) });`,
      ),
    ).toEqual([]);
  });

  it("accepts the then branch of if (await hasConsent(...))", () => {
    expect(
      run(`if (await hasConsent(u.id, "mobile-number")) {\n  ${send}u.mobile) });\n}`),
    ).toEqual([]);
  });

  it("accepts code after if (!ok) return and after if (!ok) throw", () => {
    expect(
      run(
        `const ok = await consent.has(u.id, "name");\nif (!ok) return;\nif (!isConsentGiven(u.id, "phone")) { throw new Error("no"); }\n${send}[u.realName, u.mobile]) });`,
      ),
    ).toEqual([]);
  });

  it("accepts ok && send() and the true branch of a ternary", () => {
    expect(
      run(
        `const ok = await hasConsent(u.id, "mobile-number");\nok && post(u.mobile);\npost(ok ? { m: u.mobile } : { id: u.id });`,
      ),
    ).toEqual([]);
  });

  it("accepts checks written with an as-const constant and an array of categories", () => {
    expect(
      run(
        `const cats = ["mobile-number", "name"] as const;\nconst face = "face" as const;\nawait requireConsent(u.id, ...cats);\nawait requireConsent(u.id, face);\npost([u.mobile, u.realName, u.face]);`,
      ),
    ).toEqual([]);
  });

  it("reads the category of an argument narrowed to a literal, by a comparison or a type guard", () => {
    const guarded = (body: string) =>
      describeFindings(
        analyze({
          "a.ts": `${prelude}declare function isFace(c: string): c is "face";\nexport async function f(u: U, cat: string) {\n${body}\n}`,
        }),
      ).map((d) => d.replace(/ @ .*$/, ""));
    expect(
      guarded(`if (cat === "face") {\n  await requireConsent(u.id, cat);\n  post(u.face);\n}`),
    ).toEqual([]);
    expect(
      guarded(`if (isFace(cat)) {\n  await requireConsent(u.id, cat);\n  post(u.face);\n}`),
    ).toEqual([]);
    expect(guarded(`await requireConsent(u.id, cat);\npost(u.face);`)).toEqual([
      "transfer biometric.face u.face fetch general-consent-for-sensitive",
    ]);
  });

  it("lets a parent category cover its children", () => {
    expect(run(`await requireConsent(u.id, "biometrics");\npost(u.face);`)).toEqual([]);
  });

  it("reports a check that runs after the sink", () => {
    expect(run(`post(u.mobile);\nawait requireConsent(u.id, "mobile-number");`)).toEqual([
      "transfer contact.mobile u.mobile fetch no-consent",
    ]);
  });

  it("reports a check in one branch only", () => {
    expect(
      run(`if (flag) { await requireConsent(u.id, "mobile-number"); }\n${send}u.mobile) });`),
    ).toEqual(["transfer contact.mobile u.mobile fetch no-consent"]);
  });

  it("reports a check for another category with its reason", () => {
    expect(run(`if (await hasConsent(u.id, "name")) { ${send}u.mobile) }); }`)).toEqual([
      "transfer contact.mobile u.mobile fetch consent-for-other-category",
    ]);
  });

  it("lets a check naming no category cover general PI but not sensitive PI", () => {
    expect(run(`if (await checkConsent(u.id)) { ${send}[u.mobile, u.sfzh]) }); }`)).toEqual([
      "transfer identity.resident-id u.sfzh fetch general-consent-for-sensitive",
    ]);
  });

  it("does not count the else branch of a positive check, nor the false branch of a ternary", () => {
    expect(
      run(
        `if (await hasConsent(u.id, "phone")) { } else { ${send}u.mobile) }); }\nconst ok = await hasConsent(u.id, "phone");\nconsole.log(ok ? "" : u.realName);`,
      ),
    ).toEqual([
      "transfer contact.mobile u.mobile fetch no-consent",
      "log basic.name u.realName console no-consent",
    ]);
  });

  it("accepts code after if (!ok) continue inside a loop, and only there", () => {
    expect(
      run(
        `for (const x of [u]) {\n  if (!(await hasConsent(x.id, "phone"))) continue;\n  ${send}x.mobile) });\n}\n${send}u.realName) });`,
      ),
    ).toEqual(["transfer basic.name u.realName fetch no-consent"]);
  });

  it("does not count an if that does not always exit", () => {
    expect(
      run(
        `if (!(await hasConsent(u.id, "phone"))) { console.log("missing"); }\n${send}u.mobile) });`,
      ),
    ).toEqual(["transfer contact.mobile u.mobile fetch no-consent"]);
  });

  it("lets checks around a callback cover the sinks inside it", () => {
    expect(
      run(`await requireConsent(u.id, "phone");\n[u].forEach((x) => { ${send}x.mobile) }); });`),
    ).toEqual([]);
  });

  it("treats a consent decorator on a method as covering its body", () => {
    const r = analyze({
      "a.ts": `${prelude}declare function RequireConsent(c: string): (t: unknown, c2: unknown) => void;\nexport class S {\n  @RequireConsent("face")\n  async verify(u: U) { ${send}u.face) }); }\n  async other(u: U) { ${send}u.face) }); }\n}`,
    });
    expect(describeFindings(r).map((d) => d.replace(/ @ .*$/, ""))).toEqual([
      "transfer biometric.face u.face fetch no-consent",
    ]);
    expect(r.findings[0]!.start).toBeGreaterThan(r.text.indexOf("async other"));
  });

  it("treats a consent decorator on a class as covering every method, for the category it names", () => {
    const r = analyze({
      "a.ts": `${prelude}declare function RequireConsent(c: string): (...a: unknown[]) => void;\n@RequireConsent("face")\nexport class S {\n  async verify(u: U) { ${send}u.face) }); }\n  send = async (u: U) => { ${send}u.face) }); };\n  async kyc(u: U) { ${send}u.sfzh) }); }\n}\nexport class T {\n  async verify(u: U) { ${send}u.face) }); }\n}`,
    });
    expect(describeFindings(r).map((d) => d.replace(/ @ .*$/, ""))).toEqual([
      "transfer identity.resident-id u.sfzh fetch consent-for-other-category",
      "transfer biometric.face u.face fetch no-consent",
    ]);
    expect(r.findings[1]!.start).toBeGreaterThan(r.text.indexOf("class T"));
  });

  it("accepts a sink after try { assertion } catch { return }", () => {
    expect(
      run(
        `try {\n  await requireConsent(u.id, "mobile-number");\n} catch {\n  return;\n}\n${send}u.mobile) });`,
      ),
    ).toEqual([]);
    expect(
      run(
        `try {\n  await requireConsent(u.id, "mobile-number");\n} catch (e) {\n  throw new Error("no consent", { cause: e });\n}\n${send}u.mobile) });`,
      ),
    ).toEqual([]);
  });

  it("accepts a sink after the assertion inside the same try block", () => {
    expect(
      run(
        `try {\n  assertConsent(u.id, "mobile-number");\n  ${send}u.mobile) });\n} catch {\n  console.error("failed");\n}`,
      ),
    ).toEqual([]);
  });

  it("reports a sink after a try whose catch swallows the failed assertion and falls through", () => {
    expect(
      run(
        `try {\n  await requireConsent(u.id, "mobile-number");\n} catch {\n  console.error("no consent");\n}\n${send}u.mobile) });`,
      ),
    ).toEqual(["transfer contact.mobile u.mobile fetch no-consent"]);
  });

  it("reports a sink in the catch block of a failed assertion", () => {
    expect(
      run(
        `try {\n  await requireConsent(u.id, "mobile-number");\n} catch {\n  ${send}u.mobile) });\n  return;\n}`,
      ),
    ).toEqual(["transfer contact.mobile u.mobile fetch no-consent"]);
  });

  it("does not report a function that declares a lawful basis, and records it", () => {
    const r = analyze({
      "a.ts": `${prelude}/**\n * @pipl-basis legal-duty tax law requires reporting the payee\n */\nexport function report(u: U) { ${send}u.sfzh) }); }`,
    });
    expect(r.findings).toEqual([]);
    expect(r.declaredBases).toEqual([
      expect.objectContaining({
        basis: "legal-duty",
        reason: "tax law requires reporting the payee",
        functionName: "report",
      }),
    ]);
    expect(r.consentedFlows).toEqual([
      expect.objectContaining({
        category: "identity.resident-id",
        fieldPath: "u.sfzh",
        coveredBy: { kind: "basis", basis: "legal-duty" },
      }),
    ]);
  });

  it("reports an unknown or reasonless @pipl-basis as a problem and still reports the flow", () => {
    const r = analyze({
      "a.ts": `${prelude}/** @pipl-basis because */\nexport function a(u: U) { console.log(u.mobile); }\n/** @pipl-basis contract */\nexport function b(u: U) { console.log(u.mobile); }`,
    });
    expect(r.findings).toHaveLength(2);
    expect(r.problems.map((p) => p.message)).toEqual([
      'Unknown lawful basis "because" in @pipl-basis; use one of contract, hr, legal-duty, emergency, news, public, other-law',
      "@pipl-basis contract needs a reason: why the processing is necessary",
    ]);
  });

  it("records consented flows with the categories that covered them", () => {
    const r = analyze({
      "a.ts": `${prelude}export async function f(u: U) { await requireConsent(u.id, "phone"); post(u.mobile); }`,
    });
    expect(r.findings).toEqual([]);
    expect(r.consentedFlows).toEqual([
      expect.objectContaining({
        kind: "transfer",
        category: "contact.mobile",
        coveredBy: { kind: "consent", categories: ["contact.mobile"] },
      }),
    ]);
  });

  it("ignores consent-looking methods on receivers not named like consent", () => {
    expect(
      run(
        `const cache = { has: (k: string) => k === "x" };\nif (cache.has("phone")) { ${send}u.mobile) }); }`,
      ),
    ).toEqual(["transfer contact.mobile u.mobile fetch no-consent"]);
  });
});
