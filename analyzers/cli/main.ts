#!/usr/bin/env node
// The `pipl-guard` bin: wires the real process into runCli and sets the exit code.
import { runCli } from "./run-cli.js";

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
