// Generates the synthetic TypeScript project the ESLint bench lints: models with tagged and
// name-classified PI, services that log, export and send it (some behind consent checks or
// sanitizers), shared infra. Synthetic data only. Deterministic for a given file count.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const tsconfig = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2023", "DOM"],
    types: ["node"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
  include: ["src"],
};

const infra = {
  "infra/logger.ts": `export interface Logger {
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
}

export const logger: Logger = {
  info: (message, ...args) => console.info(message, ...args),
  warn: (message, ...args) => console.warn(message, ...args),
  error: (message, ...args) => console.error(message, ...args),
};
`,
  "infra/consent.ts": `const granted = new Map<string, Set<string>>();

export async function requireConsent(userId: string, ...categories: string[]): Promise<void> {
  const given = granted.get(userId);
  if (!given || categories.some((c) => !given.has(c))) throw new Error("consent missing");
}

export async function hasConsent(userId: string, ...categories: string[]): Promise<boolean> {
  const given = granted.get(userId);
  return !!given && categories.every((c) => given.has(c));
}
`,
  "infra/privacy.ts": `export function maskMobile(value: string): string {
  return value.slice(0, 3) + "****" + value.slice(-4);
}

export function hashIdentifier(value: string): string {
  let h = 0;
  for (const c of value) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h.toString(16);
}
`,
  "infra/http.ts": `export async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: "POST", body: JSON.stringify(body) });
}
`,
};

function model(i) {
  return `/** Customer record ${i} (synthetic). */
export interface Customer${i} {
  id: string;
  /** @pipl resident-id */
  code${i}: string;
  realName: string;
  mobile: string;
  nickname: string;
  hasPhone: boolean;
  mobileBreakpoint: number;
  address: { province: string; city: string; detail: string };
  orders: Order${i}[];
}

export interface Order${i} {
  orderId: string;
  amount: number;
  receiverName: string;
  receiverMobile: string;
}

export function emptyCustomer${i}(): Customer${i} {
  return {
    id: "u-${i}",
    code${i}: "",
    realName: "测试用户",
    mobile: "13800138000",
    nickname: "tester",
    hasPhone: true,
    mobileBreakpoint: 768,
    address: { province: "广东", city: "深圳", detail: "" },
    orders: [],
  };
}
`;
}

function service(i, models) {
  const m = i % models;
  const variant = i % 4;
  const body = [
    `import { writeFileSync } from "node:fs";`,
    `import type { Customer${m}, Order${m} } from "../models/customer-${m}.js";`,
    `import { logger } from "../infra/logger.js";`,
    `import { hasConsent, requireConsent } from "../infra/consent.js";`,
    `import { hashIdentifier, maskMobile } from "../infra/privacy.js";`,
    `import { postJson } from "../infra/http.js";`,
    ``,
    `export class Service${i} {`,
    `  private readonly endpoint = "https://partner.example.com/${i}";`,
    ``,
    `  async register(customer: Customer${m}): Promise<void> {`,
    variant === 0
      ? `    logger.info("registered", customer.mobile);`
      : `    logger.info("registered", maskMobile(customer.mobile), customer.hasPhone);`,
    `    const total = customer.orders.reduce((sum, o) => sum + o.amount, 0);`,
    `    logger.info("orders", total, customer.mobileBreakpoint);`,
    `  }`,
    ``,
    `  async share(customer: Customer${m}): Promise<void> {`,
    variant === 1
      ? ``
      : `    await requireConsent(customer.id, "resident-id", "name", "mobile-number");`,
    `    await postJson(this.endpoint, { id: customer.code${m}, name: customer.realName });`,
    `  }`,
    ``,
    `  async track(customer: Customer${m}): Promise<void> {`,
    `    if (await hasConsent(customer.id, "mobile-number")) {`,
    `      await fetch(this.endpoint, { method: "POST", body: customer.mobile });`,
    `    }`,
    `    await fetch(this.endpoint, { method: "POST", body: hashIdentifier(customer.id) });`,
    `  }`,
    ``,
    `  exportOrders(orders: Order${m}[]): void {`,
    variant === 2
      ? `    const rows = orders.map((o) => \`\${o.orderId},\${o.receiverName},\${o.receiverMobile}\`);`
      : `    const rows = orders.map((o) => \`\${o.orderId},\${o.amount},\${maskMobile(o.receiverMobile)}\`);`,
    `    writeFileSync("orders-${i}.csv", rows.join("\\n"));`,
    `  }`,
    ``,
    `  summary(customer: Customer${m}): string {`,
    `    const { nickname, address } = customer;`,
    `    const label = \`\${nickname} (\${address.city})\`;`,
    `    return customer.mobile ? label + " ✓" : label;`,
    `  }`,
    `}`,
    ``,
  ];
  return body.join("\n");
}

/**
 * Write a project of `files` TypeScript files under `dir` (replacing it): a fifth models, the
 * rest services, plus four infra files.
 */
export function generateProject(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  const models = Math.max(1, Math.round(files / 5));
  const services = files - models - Object.keys(infra).length;
  const write = (rel, text) => {
    const file = path.join(dir, "src", rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
  for (const [rel, text] of Object.entries(infra)) write(rel, text);
  for (let i = 0; i < models; i++) write(`models/customer-${i}.ts`, model(i));
  for (let i = 0; i < services; i++) write(`services/service-${i}.ts`, service(i, models));
  return { models, services, total: models + services + Object.keys(infra).length };
}
