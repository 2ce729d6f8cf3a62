import { describe, expect, it } from "vitest";
import { analyze, describeFindings } from "./support/analyze-files.js";

const user = `interface U { id: string; mobile: string; realName: string; nickname: string }\n`;

describe("data flow", () => {
  it("follows an alias and a reassignment", () => {
    const r = analyze({
      "a.ts": `${user}export function f(u: U) {\n  const phone = u.mobile;\n  let c = "";\n  c = phone;\n  console.log(c);\n}`,
    });
    expect(describeFindings(r)).toEqual(["log contact.mobile u.mobile console no-consent @ c"]);
    expect(r.findings[0]!.flow.map((s) => s.label)).toEqual(["u.mobile", "phone", "c", "c"]);
  });

  it("follows object destructuring with the declared path", () => {
    const r = analyze({
      "a.ts": `${user}export function f(u: U) {\n  const { mobile: m, nickname } = u;\n  console.log(m, nickname);\n}`,
    });
    expect(describeFindings(r)).toEqual(["log contact.mobile u.mobile console no-consent @ m"]);
  });

  it("follows spreads into object literals", () => {
    const r = analyze({
      "a.ts": `${user}export function f(u: U) { console.log({ ...u, at: 1 }); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log basic.name u.realName console no-consent @ { ...u, at: 1 }",
      "log contact.mobile u.mobile console no-consent @ { ...u, at: 1 }",
    ]);
  });

  it("follows object and array literals and reads a local object's property", () => {
    const r = analyze({
      "a.ts": `${user}export function f(u: U) {\n  const body = { m: u.mobile, n: u.nickname };\n  console.log(body.n);\n  console.log([body.m]);\n}`,
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile u.mobile console no-consent @ [body.m]",
    ]);
  });

  it("follows template literals and + concatenation", () => {
    const r = analyze({
      "a.ts": `${user}export function f(u: U) {\n  console.log(\`to \${u.mobile}\`);\n  console.log("name: " + u.realName);\n}`,
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile u.mobile console no-consent @ `to ${u.mobile}`",
      'log basic.name u.realName console no-consent @ "name: " + u.realName',
    ]);
  });

  it("follows JSON.stringify, String() and .toString()", () => {
    const r = analyze({
      "a.ts": `${user}export function f(u: U) {\n  const s = String(u.mobile);\n  console.log(s.toString(), JSON.stringify({ n: u.realName }));\n}`,
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile u.mobile console no-consent @ s.toString()",
      "log basic.name u.realName console no-consent @ JSON.stringify({ n: u.realName })",
    ]);
  });

  it("passes PI through string methods on receivers declared or built as strings", () => {
    const r = analyze({
      "a.ts": `${user}export function f(u: U, prefix: string | undefined) {\n  const label = "m:" + u.mobile;\n  console.log(label.trim().toUpperCase());\n  console.log(prefix?.concat(u.realName));\n}`,
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile u.mobile console no-consent @ label.trim().toUpperCase()",
      "log basic.name u.realName console no-consent @ prefix?.concat(u.realName)",
    ]);
  });

  it("passes PI through a string method of a parameter narrowed from unknown", () => {
    const r = analyze({
      "a.ts": `${user}function audit(v: unknown) {\n  if (typeof v === "string") console.log(v.trim());\n}\nexport function f(u: U) { audit(u.mobile); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile u.mobile console no-consent @ u.mobile",
    ]);
  });

  it("does not pass PI through a method of a mapped property whose type is no longer a string", () => {
    const r = analyze({
      "a.ts": `${user}type Dated = { [K in keyof U]: Date };\nexport function f(b: Dated) {\n  console.log(b.mobile.toString());\n}`,
    });
    expect(describeFindings(r)).toEqual([]);
  });

  it("follows array callbacks into join()", () => {
    const r = analyze({
      "a.ts": `${user}export function f(members: U[]) {\n  const rows = members.map((m) => \`\${m.realName},\${m.mobile}\`);\n  console.log(rows.join("\\n"));\n}`,
    });
    expect(describeFindings(r)).toEqual([
      'log basic.name m.realName console no-consent @ rows.join("\\n")',
      'log contact.mobile m.mobile console no-consent @ rows.join("\\n")',
    ]);
  });

  it("follows await of a repository call through the awaited object's type", () => {
    const r = analyze({
      "a.ts": `${user}declare function load(id: string): Promise<U>;\nexport async function f() {\n  const found = await load("1");\n  console.log(found);\n}`,
    });
    expect(describeFindings(r)).toEqual([
      "log basic.name found.realName console no-consent @ found",
      "log contact.mobile found.mobile console no-consent @ found",
    ]);
  });

  it("follows values pushed into an array and assigned to an object's property", () => {
    const r = analyze({
      "a.ts": `${user}export function f(u: U) {\n  const out: string[] = [];\n  out.push(u.mobile);\n  const o: Record<string, string> = {};\n  o.n = u.realName;\n  console.log(out, o);\n}`,
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile u.mobile console no-consent @ out",
      "log basic.name u.realName console no-consent @ o",
    ]);
  });

  it("reports the call site of a local helper that logs its parameter", () => {
    const r = analyze({
      "a.ts": `${user}function audit(label: string, value: unknown) { console.log(label, value); }\nexport function f(u: U) { audit("user", u.mobile); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile u.mobile console no-consent @ u.mobile",
    ]);
    expect(r.findings[0]!.flow.at(-2)!.label).toBe("console.log(label, value)");
  });

  it("follows helpers through two levels and arrow-function helpers", () => {
    const r = analyze({
      "a.ts": `${user}const send = (x: unknown) => fetch("https://x.example", { body: JSON.stringify(x) });\nfunction relay(y: unknown) { return send(y); }\nexport function f(u: U) { relay({ m: u.mobile }); }`,
    });
    expect(describeFindings(r)).toEqual([
      "transfer contact.mobile u.mobile fetch no-consent @ { m: u.mobile }",
    ]);
  });

  it("follows a value returned by a local helper", () => {
    const r = analyze({
      "a.ts": `${user}function line(u: U) { return \`\${u.realName}\`; }\nfunction pass(s: string) { return s.trim(); }\nexport function f(u: U) { console.log(pass(line(u))); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log basic.name u.realName console no-consent @ pass(line(u))",
    ]);
  });

  it("stops at sanitizers named by the default prefixes", () => {
    const r = analyze({
      "a.ts": `${user}declare function maskMobile(s: string): string;\ndeclare function hashId(s: string): string;\ndeclare const crypto: { encryptField(s: string): string };\nexport function f(u: U) { console.log(maskMobile(u.mobile), hashId(u.realName), crypto.encryptField(u.mobile)); }`,
    });
    expect(r.findings).toEqual([]);
  });

  it("stops at a local sanitizer even though it returns its parameter's derivative", () => {
    const r = analyze({
      "a.ts": `${user}function redactName(n: string) { return n.slice(0, 1) + "**"; }\nexport function f(u: U) { console.log(redactName(u.realName)); }`,
    });
    expect(r.findings).toEqual([]);
  });

  it("does not treat names that only start with a sanitizer word as sanitizers", () => {
    const r = analyze({
      "a.ts": `${user}function maskingNote(n: string) { return n; }\nexport function f(u: U) { console.log(maskingNote(u.realName)); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log basic.name u.realName console no-consent @ maskingNote(u.realName)",
    ]);
  });

  it("stays silent for boolean tests, lengths and comparisons of PI", () => {
    const r = analyze({
      "a.ts": `${user}export function f(u: U) {\n  console.log(u.mobile ? "yes" : "no", u.mobile.length > 0, !!u.realName, u.mobile === "x", u.realName.length);\n}`,
    });
    expect(r.findings).toEqual([]);
  });

  it("stays silent for functions that return booleans or numbers about PI", () => {
    const r = analyze({
      "a.ts": `${user}declare function isValidMobile(s: string): boolean;\nexport function f(u: U) { console.log(isValidMobile(u.mobile), u.mobile.includes("138"), u.mobile.indexOf("1")); }`,
    });
    expect(r.findings).toEqual([]);
  });

  it("reports one finding per sink call, category and field path", () => {
    const r = analyze({
      "a.ts": `${user}export function f(u: U) { console.log(u.mobile, u.mobile, \`\${u.mobile}\`); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile u.mobile console no-consent @ u.mobile",
    ]);
  });

  it("handles self-referencing assignments without looping", () => {
    const r = analyze({
      "a.ts": `${user}export function f(u: U) {\n  let acc = "";\n  acc = acc + u.mobile;\n  acc += acc;\n  console.log(acc);\n}`,
    });
    expect(describeFindings(r)).toEqual(["log contact.mobile u.mobile console no-consent @ acc"]);
  });

  it("handles recursive helpers without looping", () => {
    const r = analyze({
      "a.ts": `${user}function walk(x: unknown, n: number): unknown { return n > 0 ? walk(x, n - 1) : fetch("u", { body: String(x) }); }\nexport function f(u: U) { walk(u.mobile, 3); }`,
    });
    expect(describeFindings(r)).toEqual([
      "transfer contact.mobile u.mobile fetch no-consent @ u.mobile",
    ]);
  });
});

describe("whole values of a union narrowed before the sink", () => {
  const responses = [
    `interface Sent { res: "success"; mobile: string; codeTime: number }`,
    `interface Failed { res: \`\${string}_fail\`; codeTime: number; returnMessage: string }`,
    `type Reply = Sent | Failed;`,
  ].join("\n");

  it("keeps only the fields the narrowed members have", () => {
    const r = analyze({
      "a.ts": `${responses}\nexport async function f(get: () => Promise<unknown>) {\n  const result = (await get()) as Reply;\n  if (result.res !== "success") {\n    console.error("failed:", result);\n    return;\n  }\n  console.log(result);\n}`,
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile result.mobile console no-consent @ result",
    ]);
    expect(r.text.slice(0, r.findings[0]!.start).split("\n").length).toBe(10);
  });

  it("keeps every member's fields where nothing narrows", () => {
    const r = analyze({
      "a.ts": `${responses}\nexport function f(result: Reply) {\n  console.log(result);\n}`,
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile result.mobile console no-consent @ result",
    ]);
  });
});

describe("data flow boundaries", () => {
  it("does not carry arguments through calls that return objects or any", () => {
    const r = analyze({
      "a.ts": `${user}declare const db: { query(sql: string, p: unknown[]): any; find(p: string): { id: string } };\nexport async function f(u: U) {\n  const rows = await db.query("select", [u.mobile]);\n  const row = db.find(u.realName);\n  console.log(rows, row);\n}`,
    });
    expect(r.findings).toEqual([]);
  });

  it("does not make call sites sinks when a helper logs only its parameter's length", () => {
    const r = analyze({
      "a.ts": `${user}function size(v: string) { console.log(v.length, v.trim().length > 3); }\nexport function f(u: U) { size(u.mobile); }`,
    });
    expect(r.findings).toEqual([]);
  });

  it("carries arguments through string-building calls such as formatters", () => {
    const r = analyze({
      "a.ts": `${user}declare function format(t: string, ...a: unknown[]): string;\nexport function f(u: U) { console.log(format("%s", u.mobile)); }`,
    });
    expect(describeFindings(r)).toEqual([
      'log contact.mobile u.mobile console no-consent @ format("%s", u.mobile)',
    ]);
  });
});

describe("data flow in statement order", () => {
  const one = (body: string) => describeFindings(analyze({ "a.ts": `${user}${body}` }));

  it("clears a variable that a sanitizer reassigns before the sink", () => {
    expect(
      one(
        `declare function maskPhone(s: string): string;\nexport function f(u: U) {\n  let s = u.mobile;\n  s = maskPhone(s);\n  console.log(s);\n}`,
      ),
    ).toEqual([]);
  });

  it("reports the PI a variable held before a sanitizing reassignment that follows the sink", () => {
    expect(
      one(
        `declare function maskPhone(s: string): string;\nexport function f(u: U) {\n  let s = u.mobile;\n  console.log(s);\n  s = maskPhone(s);\n}`,
      ),
    ).toEqual(["log contact.mobile u.mobile console no-consent @ s"]);
  });

  it("does not taint a sink with PI assigned after it", () => {
    expect(
      one(`export function f(u: U) {\n  let s = "ok";\n  console.log(s);\n  s = u.mobile;\n}`),
    ).toEqual([]);
  });

  it("joins branches conservatively: PI assigned in one branch reaches the sink after the if", () => {
    expect(
      one(
        `export function f(u: U, c: boolean) {\n  let s = "ok";\n  if (c) {\n    s = u.mobile;\n  }\n  console.log(s);\n}`,
      ),
    ).toEqual(["log contact.mobile u.mobile console no-consent @ s"]);
  });

  it("keeps PI when a sanitizing reassignment runs in one branch only", () => {
    expect(
      one(
        `declare function maskPhone(s: string): string;\nexport function f(u: U, c: boolean) {\n  let s = u.mobile;\n  if (c) s = maskPhone(s);\n  console.log(s);\n}`,
      ),
    ).toEqual(["log contact.mobile u.mobile console no-consent @ s"]);
  });

  it("lets PI assigned later in a loop body reach a sink earlier in it, round the loop", () => {
    expect(
      one(
        `export function f(us: U[]) {\n  let s = "ok";\n  for (const u of us) {\n    console.log(s);\n    s = u.mobile;\n  }\n}`,
      ),
    ).toEqual(["log contact.mobile u.mobile console no-consent @ s"]);
  });

  it("does not carry PI round a loop past a sanitizing reassignment at the top of its body", () => {
    expect(
      one(
        `declare function maskPhone(s: string): string;\nexport function f(us: U[]) {\n  let s = "";\n  for (const u of us) {\n    s = maskPhone(s);\n    console.log(s);\n    s = u.mobile;\n  }\n}`,
      ),
    ).toEqual([]);
  });

  it("counts every assignment for a sink inside a closure, which may run at any time", () => {
    expect(
      one(
        `export function f(u: U) {\n  let s = "ok";\n  const later = () => console.log(s);\n  s = u.mobile;\n  return later;\n}`,
      ),
    ).toEqual(["log contact.mobile u.mobile console no-consent @ s"]);
  });

  it("follows a push before the sink and ignores one after it", () => {
    expect(
      one(
        `export function f(u: U) {\n  const rows: string[] = [];\n  rows.push(u.nickname);\n  console.log(rows.join());\n  rows.push(u.mobile);\n}`,
      ),
    ).toEqual([]);
    expect(
      one(
        `export function f(u: U) {\n  const rows: string[] = [];\n  rows.push(u.mobile);\n  console.log(rows.join());\n}`,
      ),
    ).toEqual(["log contact.mobile u.mobile console no-consent @ rows.join()"]);
  });

  it("reads a self-referencing reassignment from the value before it", () => {
    expect(
      one(`export function f(u: U) {\n  let s = "to ";\n  s = s + u.mobile;\n  console.log(s);\n}`),
    ).toEqual(["log contact.mobile u.mobile console no-consent @ s"]);
  });
});

describe("data flow through class fields", () => {
  const one = (body: string) => describeFindings(analyze({ "a.ts": `${user}${body}` }));

  it("follows a field written in one method and logged in another", () => {
    expect(
      one(
        `export class Svc {\n  private last = "";\n  remember(u: U) {\n    this.last = u.mobile;\n  }\n  dump() {\n    console.log(this.last);\n  }\n}`,
      ),
    ).toEqual(["log contact.mobile u.mobile console no-consent @ this.last"]);
  });

  it("does not report a field that only ever holds masked values", () => {
    expect(
      one(
        `declare function maskPhone(s: string): string;\nexport class Svc {\n  private last = "";\n  remember(u: U) {\n    this.last = maskPhone(u.mobile);\n  }\n  dump() {\n    console.log(this.last);\n  }\n}`,
      ),
    ).toEqual([]);
  });

  it("follows constructor arguments into parameter properties and assigned fields", () => {
    expect(
      one(
        `export class Svc {\n  private note: string;\n  constructor(private readonly contact: string, n: string) {\n    this.note = n;\n  }\n  a() { console.log(this.contact); }\n  b() { console.log(this.note); }\n}\nexport function make(u: U) {\n  return new Svc(u.mobile, u.realName);\n}`,
      ),
    ).toEqual([
      "log contact.mobile u.mobile console no-consent @ this.contact",
      "log basic.name u.realName console no-consent @ this.note",
    ]);
  });

  it("follows a setter method's argument into the field it writes", () => {
    expect(
      one(
        `export class Svc {\n  private v = "";\n  set(x: string) { this.v = x; }\n  dump() { console.log(this.v); }\n}\nexport function f(s: Svc, u: U) {\n  s.set(u.nickname);\n  s.set(u.mobile);\n}`,
      ),
    ).toEqual(["log contact.mobile u.mobile console no-consent @ this.v"]);
  });
});

describe("data flow of local variables named like PI", () => {
  const one = (body: string) =>
    describeFindings(
      analyze({
        "a.ts": `${user}declare function maskMobile(s: string): string;\ndeclare function encryptId(s: string): Promise<string>;\ndeclare function getIt(): string;\n${body}`,
      }),
    );

  it("does not report a variable masked in place before the sink by its name", () => {
    expect(
      one(
        `export function f(u: U) {\n  let mobile = u.mobile;\n  mobile = maskMobile(mobile);\n  console.log(mobile);\n}`,
      ),
    ).toEqual([]);
  });

  it("does not report a variable initialised with a sanitizer call by its name", () => {
    expect(
      one(
        `export function f(rawPhone: string) {\n  const phone = maskMobile(rawPhone);\n  console.log(phone);\n  setTimeout(() => console.log(phone));\n}`,
      ),
    ).toEqual([]);
  });

  it("counts awaited sanitizers, ternaries of sanitizers and a helper returning a masked local", () => {
    expect(
      one(
        `export async function f(u: U, c: boolean) {\n  const idNumber = await encryptId(u.id);\n  const mobile = c ? maskMobile(u.mobile) : maskMobile(u.nickname);\n  console.log(idNumber, mobile, show(u));\n}\nfunction show(u: U) {\n  const mobile = maskMobile(u.mobile);\n  return mobile;\n}`,
      ),
    ).toEqual([]);
  });

  it("reports a masked variable when a branch assigns PI back before the sink", () => {
    expect(
      one(
        `export function f(u: U, c: boolean) {\n  let mobile = maskMobile(u.mobile);\n  if (c) mobile = u.mobile;\n  console.log(mobile);\n}`,
      ),
    ).toEqual(["log contact.mobile u.mobile console no-consent @ mobile"]);
  });

  it("reports a masked variable by its name when a branch assigns an unknown value", () => {
    expect(
      one(
        `export function f(u: U, c: boolean) {\n  let mobile = maskMobile(u.mobile);\n  if (c) mobile = getIt();\n  console.log(mobile);\n}`,
      ),
    ).toEqual(["log contact.mobile mobile console no-consent @ mobile"]);
  });

  it("reports by name a variable that may still be uninitialised where it is read", () => {
    expect(
      one(
        `export function f(u: U, c: boolean) {\n  let mobile: string | undefined;\n  if (c) mobile = maskMobile(u.mobile);\n  console.log(mobile);\n}`,
      ),
    ).toEqual(["log contact.mobile mobile console no-consent @ mobile"]);
    expect(
      one(
        `export function f(u: U) {\n  let mobile: string;\n  mobile = maskMobile(u.mobile);\n  console.log(mobile);\n}`,
      ),
    ).toEqual([]);
  });

  it("reports a parameter by its name, even with a sanitized default", () => {
    expect(
      one(
        `export function f(mobile: string) {\n  console.log(mobile);\n}\nexport function g(u: U, phone = maskMobile(u.mobile)) {\n  console.log(phone);\n}`,
      ),
    ).toEqual([
      "log contact.mobile mobile console no-consent @ mobile",
      "log contact.mobile phone console no-consent @ phone",
    ]);
  });

  it("reports by name a variable holding a literal or an unknown value, as before", () => {
    expect(
      one(
        `export function f(c: boolean) {\n  let mobile = "";\n  console.log(mobile);\n  let idNumber = getIt();\n  console.log(idNumber);\n  const phone = c ? maskMobile(idNumber) : "";\n  console.log(phone);\n}`,
      ),
    ).toEqual([
      "log contact.mobile mobile console no-consent @ mobile",
      "log identity.resident-id idNumber console no-consent @ idNumber",
      "log contact.mobile phone console no-consent @ phone",
    ]);
  });

  it("does not report the PI fields of a sanitizer's inferred object type held in a variable", () => {
    expect(
      one(
        `declare function redactUser(u: U): U;\nexport function f(u: U) {\n  const user = redactUser(u);\n  console.log(user);\n}`,
      ),
    ).toEqual([]);
  });

  it("leaves destructuring as it was: masked literal values are silent, a sanitizer's object is read by field", () => {
    expect(
      one(
        `declare function redactUser(u: U): U;\nexport function f(u: U) {\n  const { mobile } = { mobile: maskMobile(u.mobile) };\n  const [phone] = [maskMobile(u.mobile)];\n  console.log(mobile, phone);\n  const { realName } = redactUser(u);\n  console.log(realName);\n}`,
      ),
    ).toEqual(["log basic.name redactUser().realName console no-consent @ realName"]);
  });

  it("keeps a @pipl tag on the variable or its declared type over a masked value", () => {
    expect(
      one(
        `/** @pipl contact.mobile */\ntype MobileNo = string;\nexport function f(u: U) {\n  /** @pipl contact.mobile */\n  const contact = maskMobile(u.mobile);\n  const to: MobileNo = maskMobile(u.mobile);\n  console.log(contact);\n  console.log(to);\n}`,
      ),
    ).toEqual([
      "log contact.mobile contact console no-consent @ contact",
      "log contact.mobile to console no-consent @ to",
    ]);
  });
});
