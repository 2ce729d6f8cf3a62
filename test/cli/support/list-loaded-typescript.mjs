// Preloaded (`node --import`) into the scanner by a test: at exit, writes to stderr which
// TypeScript copies the process loaded, as one line "LOADED {json}".
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
process.on("exit", () => {
  const files = Object.keys(require.cache);
  const has = (part) => files.some((f) => f.includes(part));
  process.stderr.write(
    `LOADED ${JSON.stringify({
      userTypescript: has(path.join("node_modules", "typescript", "lib", "typescript.js")),
      bundledTypescript: has(path.join("@ts-morph", "common", "dist", "typescript.js")),
    })}\n`,
  );
});
