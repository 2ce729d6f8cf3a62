import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
const pkg = JSON.parse(read("package.json")) as {
  license: string;
  scripts: Record<string, string>;
};

describe("the package's license and install scripts", () => {
  it("ships the license it declares", () => {
    expect(pkg.license).toBe("Apache-2.0");
    const license = read("LICENSE");
    expect(license).toContain("Apache License");
    expect(license).toContain("Version 2.0, January 2004");
    expect(license).toContain("END OF TERMS AND CONDITIONS");
  });

  it("builds on prepack, so installing the package runs no install script", () => {
    // npm runs prepack for `npm pack`/`publish` and for git dependencies; `prepare` and
    // `install` scripts would run (and warn) in every consumer's install.
    expect(pkg.scripts.prepack).toBe("npm run build");
    expect(Object.keys(pkg.scripts)).not.toContain("prepare");
    expect(Object.keys(pkg.scripts)).not.toContain("install");
    expect(Object.keys(pkg.scripts)).not.toContain("postinstall");
  });
});
