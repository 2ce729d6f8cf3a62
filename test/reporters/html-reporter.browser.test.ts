import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../analyzers/config/load-config.js";
import { htmlReporter } from "../../analyzers/reporters/html-reporter.js";
import { scanProject } from "../../analyzers/scan/scan-project.js";
import type { ScanResult } from "../../analyzers/scan/scan-result.js";
import { launchChromium } from "./support/launch-chromium.js";
import { sampleScanResult } from "./support/sample-scan-result.js";

// Screenshots land here for a person to look at; reports/ is git-ignored.
const outDir = join(import.meta.dirname, "../../reports/test-html");

let browser: BrowserContext;
const requests: string[] = [];

async function render(result: ScanResult, name: string): Promise<Page> {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}.html`);
  writeFileSync(file, htmlReporter(result, { color: false }));
  const page = await browser.newPage();
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
  return page;
}

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("html reporter in headless Chromium", () => {
  it("shows the category × sink matrix with counts per status", async () => {
    const page = await render(sampleScanResult(), "sample-en");
    const mobile = page.locator('table.matrix tr[data-category="contact.mobile"]');
    await expect(mobile.locator("td.cat").innerText()).resolves.toContain("Mobile number");
    const transfer = mobile.locator('td[data-kind="transfer"]');
    await expect(transfer.locator('[data-status="unprotected"]').innerText()).resolves.toBe("1");
    await expect(transfer.locator('[data-status="consented"]').innerText()).resolves.toBe("1");
    await expect(mobile.locator('td[data-kind="log"]').innerText()).resolves.toBe("·");
    const name = page.locator('table.matrix tr[data-category="basic.name"] td[data-kind="export"]');
    await expect(name.locator('[data-status="lawful-basis"]').innerText()).resolves.toBe("1");
    await expect(page.locator("table.matrix tbody tr").count()).resolves.toBe(3);
    await page.close();
  });

  it("shows each unprotected flow with source, path and sink under its category", async () => {
    const page = await render(sampleScanResult(), "sample-en-flows");
    const flow = page.locator('#flows .flow[data-field="user.idNumber"]');
    const steps = await flow.locator("ol.path li").allInnerTexts();
    expect(steps).toEqual([
      "idNumber src/model.ts:3",
      "user src/a.ts:4",
      "Logs: console.log src/a.ts:4",
    ]);
    await expect(page.locator("#flows h3").first().innerText()).resolves.toContain("Mobile number");
    await expect(page.locator("#flows").innerText()).resolves.toContain(
      "GB/T 35273-2020 Annex B.1",
    );
    // Message text is escaped, not interpreted.
    await expect(page.locator("#flows").innerText()).resolves.toContain("`axios.post` <script>");
    await expect(page.locator("#flows").innerText()).resolves.toContain("via sendToCrm");
    await page.close();
  });

  it("lists declared lawful bases, the inventory and stale baseline entries", async () => {
    const page = await render(sampleScanResult(), "sample-en-inventory");
    await expect(page.locator("#bases td").allInnerTexts()).resolves.toEqual([
      "exportPayroll",
      "contract",
      "payroll for employment contracts",
      "src/b.ts:10",
    ]);
    await expect(
      page.locator('#inventory details[data-category="identity.resident-id"]').innerText(),
    ).resolves.toMatch(/idNumber src\/model\.ts:3[\s\S]*console\.log/);
    await expect(page.locator("#stale").innerText()).resolves.toContain("legacy export");
    await expect(page.locator('[data-testid="finding-count"] b').innerText()).resolves.toBe("2");
    await page.close();
  });

  it("renders in Chinese for zh-CN", async () => {
    const page = await render(sampleScanResult({ locale: "zh-CN" }), "sample-zh");
    await expect(page.locator("h1").innerText()).resolves.toContain("个人信息");
    await expect(page.locator("table.matrix thead").innerText()).resolves.toMatch(
      /日志\s+导出\s+传输/,
    );
    await expect(page.locator("table.matrix").innerText()).resolves.toContain("身份证号码");
    await page.close();
  });

  it("renders a real scan of the cross-file fixture", async () => {
    const cwd = join(import.meta.dirname, "../fixtures/scan-cross-file");
    const scan = scanProject({ cwd, paths: [], config: loadConfig(), locale: "en" });
    const { skipped: _skipped, problems: _problems, ...rest } = scan;
    const result: ScanResult = {
      ...rest,
      tool: { name: "pipl-guard", version: "0.0.0" },
      locale: "en",
    };
    const page = await render(result, "scan-cross-file");
    const mobile = page.locator(
      'table.matrix tr[data-category="contact.mobile"] td[data-kind="transfer"]',
    );
    await expect(mobile.locator('[data-status="unprotected"]').innerText()).resolves.toBe("1");
    await expect(mobile.locator('[data-status="consented"]').innerText()).resolves.toBe("1");
    const name = page.locator('table.matrix tr[data-category="basic.name"] td[data-kind="log"]');
    await expect(name.locator('[data-status="lawful-basis"]').innerText()).resolves.toBe("1");
    await expect(page.locator("#flows").innerText()).resolves.toContain("via sendToCrm");
    await expect(page.locator("#bases").innerText()).resolves.toContain("recordForAml");
    await expect(page.locator("body").innerText()).resolves.not.toContain("11010519491231002X");
    await page.close();
  });

  it("made no network request while rendering", () => {
    expect(requests).toEqual([]);
  });
});
