import { describe, expect, it } from "vitest";
import { analyze, describeFindings } from "./support/analyze-files.js";
import { syntheticResidentId } from "../support/synthetic.js";

describe("PI sources", () => {
  it("reports a property tagged @pipl even when its name says nothing", () => {
    const r = analyze({
      "a.ts": `interface Rec {\n  /** @pipl resident-id */\n  zjhmX: string;\n}\nexport function f(r: Rec) { console.log(r.zjhmX); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log identity.resident-id r.zjhmX console no-consent @ r.zjhmX",
    ]);
  });

  it("lets the @pipl tag win over the name's own category", () => {
    const r = analyze({
      "a.ts": `interface U {\n  /** @pipl face */\n  phone: string;\n}\nexport function f(u: U) { console.log(u.phone); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log biometric.face u.phone console no-consent @ u.phone",
    ]);
  });

  it("resolves a @pipl tag declared in another file through an imported type", () => {
    const r = analyze(
      {
        "model.ts": `export interface Rec {\n  /** @pipl resident-id */\n  code1: string;\n}`,
        "use.ts": `import type { Rec } from "./model.js";\nexport function f(r: Rec) { console.log(r.code1); }`,
      },
      "use.ts",
    );
    expect(describeFindings(r)).toEqual([
      "log identity.resident-id r.code1 console no-consent @ r.code1",
    ]);
  });

  it("reports a value declared with a type alias tagged @pipl", () => {
    const r = analyze({
      "a.ts": `/** @pipl resident-id */\ntype Rid = string;\nexport function f(x: Rid) { console.log(x); }`,
    });
    expect(describeFindings(r)).toEqual(["log identity.resident-id x console no-consent @ x"]);
  });

  it("reports an object of an interface tagged @pipl as PI of that category", () => {
    const r = analyze({
      "a.ts": `/** @pipl face */\ninterface Selfie { data: string }\nexport function f(s: Selfie) { console.log(s); }`,
    });
    expect(describeFindings(r)).toEqual(["log biometric.face s console no-consent @ s"]);
  });

  it("reports a tagged variable and a tagged parameter", () => {
    const r = analyze({
      "a.ts": `export function f(/** @pipl name */ who: string) {\n  /** @pipl address */\n  const where = "somewhere";\n  console.log(who, where);\n}`,
    });
    expect(describeFindings(r)).toEqual([
      "log basic.name who console no-consent @ who",
      "log basic.address where console no-consent @ where",
    ]);
  });

  it("reports a parameter classified by name with a string type", () => {
    const r = analyze({ "a.ts": `export function f(idNumber: string) { console.log(idNumber); }` });
    expect(describeFindings(r)).toEqual([
      "log identity.resident-id idNumber console no-consent @ idNumber",
    ]);
  });

  it("stays silent for a RegExp, a boolean and a number named like mobile or face data", () => {
    const r = analyze({
      "a.ts": `export function f(phone: RegExp, mobile: boolean, faceImage: number) { console.log(phone, mobile, faceImage); }`,
    });
    expect(r.findings).toEqual([]);
  });

  it("accepts numbers for categories stored as numbers (coordinates, phone numbers)", () => {
    const r = analyze({ "a.ts": `export function f(latitude: number) { console.log(latitude); }` });
    expect(describeFindings(r)).toEqual([
      "log location.precise latitude console no-consent @ latitude",
    ]);
  });

  it("accepts byte buffers for face data but not for a name", () => {
    const r = analyze({
      "a.ts": `export function f(faceImage: Uint8Array, realName: Uint8Array) { console.log(faceImage, realName); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log biometric.face faceImage console no-consent @ faceImage",
    ]);
  });

  it("accepts string arrays for a category", () => {
    const r = analyze({ "a.ts": `export function f(phone: string[]) { console.log(phone); }` });
    expect(describeFindings(r)).toEqual(["log contact.mobile phone console no-consent @ phone"]);
  });

  it("reports every PI field of a whole object with its path", () => {
    const r = analyze({
      "a.ts": `interface U { id: string; idNumber: string; realName: string; nickname: string }\nexport function f(user: U) { console.log(user); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log basic.name user.realName console no-consent @ user",
      "log identity.resident-id user.idNumber console no-consent @ user",
    ]);
  });

  it("reports nested PI fields of a whole object and array elements", () => {
    const r = analyze({
      "a.ts": `interface W { openid: string }\ninterface U { wechat?: W; contacts: { phone: string }[] }\nexport function f(user: U) { console.log(user); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log account.social user.wechat.openid console no-consent @ user",
      "log contact.mobile user.contacts[0].phone console no-consent @ user",
    ]);
  });

  it("terminates on recursive types and stops at the depth cap", () => {
    const r = analyze({
      "a.ts": `interface Node1 { next?: Node1; phone: string; a?: { b: { c: { d: { email: string } } } } }\nexport function f(n: Node1) { console.log(n); }`,
    });
    expect(describeFindings(r)).toEqual(["log contact.mobile n.phone console no-consent @ n"]);
  });

  it("stays silent for objects without PI fields and for unknown values", () => {
    const r = analyze({
      "a.ts": `interface Cfg { timeout: number; nickname: string }\nexport function f(c: Cfg, body: unknown) { console.log(c, body); }`,
    });
    expect(r.findings).toEqual([]);
  });

  it("reports a string literal that validates as a resident ID, masked", () => {
    const id = syntheticResidentId();
    const r = analyze({ "a.ts": `export function f() { console.log("${id}"); }` });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f.category).toBe("identity.resident-id");
    expect(f.fieldPath).not.toContain(id);
    expect(JSON.stringify(r.findings)).not.toContain(id);
    expect(f.fieldPath).toBe(`"${id.slice(0, 3)}***********${id.slice(-4)}"`);
  });

  it("reports mobile and bank card literals and ignores digit strings that do not validate", () => {
    const r = analyze({
      "a.ts": `export function f() {\n  console.log("13800138000");\n  console.log("6212345678901232");\n  console.log("12345678901");\n}`,
    });
    expect(r.findings.map((f) => f.category)).toEqual(["contact.mobile", "financial.bank-account"]);
  });

  it("lists the PI declared in a file as sources", () => {
    const r = analyze({
      "a.ts": `export interface U {\n  /** @pipl resident-id */\n  sfzh: string;\n  mobile: string;\n  nickname: string;\n}`,
    });
    expect(r.sources.map((s) => `${s.origin} ${s.category} ${s.fieldPath}`)).toEqual([
      "tag identity.resident-id U.sfzh",
      "name contact.mobile U.mobile",
    ]);
  });

  it("reports an unknown @pipl category as a problem with a suggestion", () => {
    const r = analyze({
      "a.ts": `export interface U {\n  /** @pipl resident-idd */\n  x: string;\n}\nexport function f(u: U) { console.log(u.x); }`,
    });
    expect(r.findings).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'Unknown PIPL category "resident-idd" in @pipl tag; did you mean "resident-id"?',
    ]);
  });
});

describe("annotation problems", () => {
  it("reports an unknown category on a variable even when no sink reads it", () => {
    const r = analyze({ "a.ts": `/** @pipl residentid */\nexport const x = "a";` });
    expect(r.problems.map((p) => p.message)).toEqual([
      'Unknown PIPL category "residentid" in @pipl tag; did you mean "resident-id"?',
    ]);
    expect(r.text.slice(r.problems[0]!.start, r.problems[0]!.end)).toMatch(/^@pipl residentid/);
  });
});
