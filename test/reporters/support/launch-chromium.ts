import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import chromiumBinary from "@sparticuz/chromium";
import { chromium, type BrowserContext } from "playwright-core";

/**
 * Starts a headless Chromium with every background network feature off and a throw-away profile,
 * so a test observes only the requests the page itself makes. The browser comes from the
 * `@sparticuz/chromium` dev dependency (unpacked to the temp folder on first use): `npm ci` is all
 * a fresh machine needs. It has no CJK fonts, so tests assert on the DOM, not on pixels.
 */
export async function launchChromium(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "pipl-chromium-")), {
    executablePath: await chromiumBinary.executablePath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--no-zygote",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
  });
}
