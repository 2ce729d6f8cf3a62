// The real VS Code ESLint language server (`vscode-eslint-language-server --stdio` from
// vscode-langservers-extracted) on a small workspace, driven over LSP the way the editor drives it:
// shared by test/eslint-plugin/language-server.test.ts and test/bench/editor-latency-bench.mjs.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { clearTimeout, setTimeout } from "node:timers";
import { fileURLToPath, pathToFileURL } from "node:url";
import protocol from "vscode-languageserver-protocol/node";

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;

const root = fileURLToPath(new URL("../../../", import.meta.url));
const serverBin = path.join(
  root,
  "node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server",
);

/** The README's typed flat config (the first ```js block naming eslint.config.js), verbatim. */
export function readmeTypedConfig() {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const match = /^```js\n(\/\/ eslint\.config\.js\n[\s\S]*?)^```/m.exec(readme);
  if (!match) throw new Error("README.md has no ```js block starting with // eslint.config.js");
  return match[1];
}

/**
 * The README's config without pipl's rules: the `pipl.configs.recommended` entry and the plugin
 * import removed, everything else (typescript-eslint, typed linting) kept.
 */
export function readmeConfigWithoutPipl() {
  const config = readmeTypedConfig();
  const withoutPipl = config
    .replace(/^import pipl from "pipl-guard\/eslint-plugin";\n/m, "")
    .replace(/^\s*pipl\.configs\.recommended,\n/m, "");
  if (withoutPipl.includes("pipl.")) throw new Error("the README config changed shape");
  return withoutPipl;
}

/** The consent helper the workspace's service calls (an assertion-style consent function). */
const consentModule = [
  "/** Resolves when the user consented to every category, throws otherwise. */",
  "export async function requireConsent(userId: string, ...categories: string[]): Promise<void> {",
  "  if (userId === '' || categories.length === 0) throw new Error('no consent');",
  "}",
  "",
].join("\n");

/** The line of `serviceText` that checks consent; removing it leaves `user.mobile` logged without consent. */
export const consentLine = 5;

/** A user service that logs a mobile number after checking consent for it. */
export const serviceText = [
  'import { requireConsent } from "./consent.js";',
  "",
  "export interface User { id: string; mobile: string }",
  "export async function onLogin(user: User): Promise<void> {",
  '  await requireConsent(user.id, "mobile");',
  '  console.log("login", user.mobile);',
  "}",
  "",
].join("\n");

/**
 * A new TypeScript project in `dir` linted with `config`, with node_modules holding pipl-guard
 * (this repository, so its built dist/) and ESLint, typescript-eslint and TypeScript from it.
 */
export function createWorkspace(dir, config) {
  const files = {
    "package.json": JSON.stringify({ type: "module", private: true }),
    "tsconfig.json": JSON.stringify({
      compilerOptions: { strict: true, module: "nodenext", target: "es2022", noEmit: true },
      include: ["src"],
    }),
    "eslint.config.js": config,
    "src/consent.ts": consentModule,
    "src/user-service.ts": serviceText,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  symlinkSync(root, path.join(dir, "node_modules/pipl-guard"), "dir");
  for (const name of ["eslint", "typescript-eslint", "typescript"])
    symlinkSync(path.join(root, "node_modules", name), path.join(dir, "node_modules", name), "dir");
  return dir;
}

/**
 * The settings VS Code's ESLint extension answers `workspace/configuration` with, in the shape the
 * server reads them (vscode-langservers-extracted lib/eslint-language-server/eslint.js,
 * `resolveSettings`, and shared/settings.js): flat config from the config file's folder.
 */
export function eslintSettings(workspaceDir) {
  return {
    validate: "on",
    packageManager: "npm",
    useESLintClass: false,
    experimental: { useFlatConfig: false },
    useFlatConfig: true,
    codeAction: {
      disableRuleComment: { enable: true, location: "separateLine", commentStyle: "line" },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { mode: "all" },
    format: false,
    quiet: false,
    onIgnoredFiles: "off",
    options: {},
    rulesCustomizations: [],
    run: "onType",
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: "location" },
    workspaceFolder: { name: path.basename(workspaceDir), uri: pathToFileURL(workspaceDir).href },
  };
}

/**
 * Starts the server on `workspaceDir` and initializes it (`nodeArgs`, e.g. `--cpu-prof`, go to the
 * server's Node). `close()` always ends the process, even when shutdown does not answer.
 */
export async function startEslintServer(workspaceDir, { timeoutMs = 60_000, nodeArgs = [] } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, serverBin, "--stdio"], {
    cwd: workspaceDir,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, PIPL_GUARD_ESLINT_MODE: "" },
  });
  const log = [];
  child.stderr.on("data", (chunk) => log.push(String(chunk)));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const settings = eslintSettings(workspaceDir);
  connection.onRequest((method, params) => {
    if (method === "workspace/configuration") return params.items.map(() => settings);
    // eslint/noConfig, eslint/noLibrary, eslint/probeFailed: the extension shows a message.
    if (method.startsWith("eslint/")) log.push(`${method} ${JSON.stringify(params)}\n`);
    return null;
  });
  connection.onNotification((method, params) => {
    if (method === "window/logMessage") log.push(`${params.message}\n`);
  });
  connection.listen();

  /** Rejects after `timeoutMs` with what the server logged, so a hang fails with a reason. */
  const withTimeout = (promise, what) => {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what}: no answer in ${timeoutMs} ms\n${log.join("")}`)),
        timeoutMs,
      );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };

  const rootUri = pathToFileURL(workspaceDir).href;
  await withTimeout(
    connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ name: path.basename(workspaceDir), uri: rootUri }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          diagnostic: { dynamicRegistration: false },
          publishDiagnostics: {},
        },
      },
    }),
    "initialize",
  );
  await connection.sendNotification("initialized", {});

  const versions = new Map();
  return {
    /** Everything the server logged so far (for failure messages). */
    log: () => log.join(""),
    uri: (file) => pathToFileURL(path.join(workspaceDir, file)).href,
    async open(uri, text) {
      versions.set(uri, 1);
      await connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "typescript", version: 1, text },
      });
    },
    /** Replaces the whole text (a full-document change, which every server must accept). */
    async change(uri, text) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      await connection.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    },
    /** Pulls the document's diagnostics (`textDocument/diagnostic`); the server answers after linting. */
    async diagnostics(uri) {
      const report = await withTimeout(
        connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } }),
        "textDocument/diagnostic",
      );
      return report.items;
    },
    async close() {
      try {
        await withTimeout(connection.sendRequest("shutdown"), "shutdown").catch(() => undefined);
        await connection.sendNotification("exit").catch(() => undefined);
      } finally {
        const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        if (child.exitCode === null && child.signalCode === null) await exited;
        clearTimeout(killer);
        connection.dispose();
      }
    },
  };
}
