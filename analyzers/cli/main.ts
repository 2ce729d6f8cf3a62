#!/usr/bin/env node
// The `pipl-guard` bin: wires the real process into runCli and sets the exit code. Imported
// dynamically so that even a broken installation exits 2 ("error"), never Node's 1 ("findings").
try {
  // The scan analyses ts-morph projects: with ts-morph loaded first, the engine calls the
  // TypeScript copy ts-morph bundles rather than loading the user's `typescript` as well.
  (await import("../typescript/index.js")).tsMorph();
  const { runCli } = await import("./run-cli.js");
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
  });
} catch (error) {
  process.stderr.write(`pipl-guard: cannot start: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
