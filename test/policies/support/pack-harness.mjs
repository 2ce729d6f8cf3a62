// Drives a CrossGuard policy pack exactly as the Pulumi engine does: the `pulumi-analyzer-policy`
// shim resolves `@pulumi/pulumi/cmd/run-policy-pack` from the pack directory and runs
// `node <run-policy-pack> <engine-address> .` with cwd = pack dir and the stack config in
// `PULUMI_CONFIG` (pkg/resource/plugin/analyzer_plugin.go, NewPolicyAnalyzer + constructEnv); the
// pack prints its gRPC port as the first stdout line; the engine then calls GetAnalyzerInfo,
// Configure, ConfigureStack, Analyze per resource and AnalyzeStack, and stops it with SIGINT.
// Plain ESM so the bench can use it too; types in pack-harness.d.mts.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { clearTimeout, setTimeout } from "node:timers";

/** Module loaders that resolve from the pack directory, as the engine's shim does. */
function packRequire(packDir) {
  return createRequire(path.join(path.resolve(packDir), "package.json"));
}

function protos(packDir) {
  const req = packRequire(packDir);
  const pbPath = req.resolve("@pulumi/pulumi/proto/analyzer_pb");
  const fromPulumi = createRequire(pbPath);
  return {
    runPolicyPack: req.resolve("@pulumi/pulumi/cmd/run-policy-pack"),
    pb: fromPulumi("./analyzer_pb"),
    rpc: fromPulumi("./analyzer_grpc_pb"),
    grpc: fromPulumi("@grpc/grpc-js"),
    Struct: fromPulumi("google-protobuf/google/protobuf/struct_pb").Struct,
    Empty: fromPulumi("google-protobuf/google/protobuf/empty_pb").Empty,
  };
}

const levelNames = ["advisory", "mandatory", "disabled", "remediate"];
const severityNames = ["unspecified", "low", "medium", "high", "critical"];

/**
 * Start a pack and connect to it.
 * @param {{ packDir: string, stackConfig?: Record<string,string>, env?: Record<string,string>,
 *   project?: string, stack?: string, organization?: string, dryRun?: boolean }} opts
 */
export async function startPack(opts) {
  const p = protos(opts.packDir);
  const started = process.hrtime.bigint();
  const env = {
    ...process.env,
    ...(opts.env ?? {}),
    PULUMI_CONFIG: JSON.stringify(opts.stackConfig ?? {}),
    PULUMI_NODEJS_ORGANIZATION: opts.organization ?? "organization",
    PULUMI_NODEJS_PROJECT: opts.project ?? "infra",
    PULUMI_NODEJS_STACK: opts.stack ?? "dev",
    PULUMI_NODEJS_DRY_RUN: String(opts.dryRun ?? true),
    PULUMI_ORGANIZATION: opts.organization ?? "organization",
    PULUMI_PROJECT: opts.project ?? "infra",
    PULUMI_STACK: opts.stack ?? "dev",
    PULUMI_DRY_RUN: String(opts.dryRun ?? true),
  };
  // The engine's own gRPC address; run-policy-pack only passes it through.
  const child = spawn(process.execPath, [p.runPolicyPack, "127.0.0.1:1", "."], {
    cwd: opts.packDir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const firstLine = await new Promise((resolve, reject) => {
    let out = "";
    const onData = (d) => {
      out += d;
      const nl = out.indexOf("\n");
      if (nl >= 0) {
        child.stdout.off("data", onData);
        resolve(out.slice(0, nl));
      }
    };
    child.stdout.on("data", onData);
    exited.then(({ code, signal }) =>
      reject(
        new Error(`pack exited (${code ?? signal}) before printing its port; stderr:\n${stderr}`),
      ),
    );
  });
  if (!/^\d+$/.test(firstLine.trim())) {
    child.kill("SIGKILL");
    throw new Error(`first stdout line of the pack is not a port: ${JSON.stringify(firstLine)}`);
  }
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  const port = Number(firstLine.trim());
  const client = new p.rpc.AnalyzerClient(
    `127.0.0.1:${port}`,
    p.grpc.credentials.createInsecure(),
    {
      "grpc.max_receive_message_length": 400 * 1024 * 1024,
      "grpc.max_send_message_length": 400 * 1024 * 1024,
    },
  );
  const call = (method, req) =>
    new Promise((resolve, reject) =>
      client[method](req, (err, res) => (err ? reject(err) : resolve(res))),
    );

  const options = (o = {}) => {
    const opt = new p.pb.AnalyzerResourceOptions();
    opt.setProtect(o.protect ?? false);
    opt.setIgnorechangesList(o.ignoreChanges ?? []);
    opt.setDeletebeforereplace(false);
    opt.setDeletebeforereplacedefined(false);
    opt.setAdditionalsecretoutputsList([]);
    opt.setAliasesList([]);
    const timeouts = new p.pb.AnalyzerResourceOptions.CustomTimeouts();
    timeouts.setCreate(0);
    timeouts.setUpdate(0);
    timeouts.setDelete(0);
    opt.setCustomtimeouts(timeouts);
    if (o.parent) opt.setParent(o.parent);
    return opt;
  };
  const provider = (pr) => {
    if (!pr) return undefined;
    const m = new p.pb.AnalyzerProviderResource();
    m.setType(pr.type);
    m.setUrn(pr.urn);
    m.setName(pr.name);
    m.setProperties(p.Struct.fromJavaScript(pr.properties ?? {}));
    return m;
  };
  const diagnostics = (res) =>
    res.getDiagnosticsList().map((d) => ({
      policyName: d.getPolicyname(),
      policyPackName: d.getPolicypackname(),
      policyPackVersion: d.getPolicypackversion(),
      description: d.getDescription(),
      message: d.getMessage(),
      enforcementLevel: levelNames[d.getEnforcementlevel()],
      severity: severityNames[d.getSeverity()],
      urn: d.getUrn(),
    }));
  const notApplicable = (res) =>
    res
      .getNotApplicableList()
      .map((n) => ({ policyName: n.getPolicyName(), reason: n.getReason() }));

  return {
    port,
    readyMs,
    child,
    stderr: () => stderr,
    async getAnalyzerInfo() {
      const info = await call("getAnalyzerInfo", new p.Empty());
      return {
        name: info.getName(),
        version: info.getVersion(),
        supportsConfig: info.getSupportsconfig(),
        policies: info.getPoliciesList().map((pi) => ({
          name: pi.getName(),
          description: pi.getDescription(),
          enforcementLevel: levelNames[pi.getEnforcementlevel()],
          policyType: ["unknown", "resource", "stack"][pi.getPolicyType()],
          severity: severityNames[pi.getSeverity()],
          framework: pi.getFramework()?.toObject(),
          tags: pi.getTagsList(),
          remediationSteps: pi.getRemediationSteps(),
          url: pi.getUrl(),
          configSchema: pi.getConfigschema()?.getProperties()?.toJavaScript(),
        })),
      };
    },
    async getPluginInfo() {
      return (await call("getPluginInfo", new p.Empty())).getVersion();
    },
    /** Configure as the engine does: every policy carries a level and a properties Struct. */
    async configure(config) {
      const req = new p.pb.ConfigureAnalyzerRequest();
      const map = req.getPolicyconfigMap();
      for (const [name, c] of Object.entries(config)) {
        const pc = new p.pb.PolicyConfig();
        pc.setEnforcementlevel(levelNames.indexOf(c.enforcementLevel ?? "mandatory"));
        pc.setProperties(p.Struct.fromJavaScript(c.properties ?? {}));
        map.set(name, pc);
      }
      await call("configure", req);
    },
    async configureStack(s = {}) {
      const req = new p.pb.AnalyzerStackConfigureRequest();
      req.setStack(s.stack ?? "dev");
      req.setProject(s.project ?? "infra");
      req.setOrganization(s.organization ?? "organization");
      req.setDryRun(s.dryRun ?? true);
      for (const [k, v] of Object.entries(s.config ?? {})) req.getConfigMap().set(k, v);
      for (const [k, v] of Object.entries(s.tags ?? {})) req.getTagsMap().set(k, v);
      await call("configureStack", req);
    },
    /** Analyze one resource: `{ type, urn, name, properties, provider?, options? }`. */
    async analyze(r) {
      const req = new p.pb.AnalyzeRequest();
      req.setType(r.type);
      req.setUrn(r.urn);
      req.setName(r.name);
      req.setProperties(p.Struct.fromJavaScript(r.properties ?? {}));
      req.setOptions(options(r.options));
      const pr = provider(r.provider);
      if (pr) req.setProvider(pr);
      const res = await call("analyze", req);
      return { diagnostics: diagnostics(res), notApplicable: notApplicable(res) };
    },
    /** AnalyzeStack: resources with `parent`, `dependencies` and `propertyDependencies` (URNs). */
    async analyzeStack(resources) {
      const encodeStart = process.hrtime.bigint();
      const req = new p.pb.AnalyzeStackRequest();
      req.setResourcesList(
        resources.map((r) => {
          const m = new p.pb.AnalyzerResource();
          m.setType(r.type);
          m.setUrn(r.urn);
          m.setName(r.name);
          m.setProperties(p.Struct.fromJavaScript(r.properties ?? {}));
          m.setOptions(options(r.options));
          const pr = provider(r.provider);
          if (pr) m.setProvider(pr);
          if (r.parent) m.setParent(r.parent);
          m.setDependenciesList(r.dependencies ?? []);
          for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
            if (urns.length === 0) continue;
            const deps = new p.pb.AnalyzerPropertyDependencies();
            deps.setUrnsList(urns);
            m.getPropertydependenciesMap().set(k, deps);
          }
          return m;
        }),
      );
      // Serialising here is this harness's cost, not the pack's: time the two apart.
      const bytes = req.serializeBinary();
      const rpcStart = process.hrtime.bigint();
      const res = await new Promise((resolve, reject) =>
        client.makeUnaryRequest(
          "/pulumirpc.Analyzer/AnalyzeStack",
          (b) => Buffer.from(b),
          (buf) => p.pb.AnalyzeResponse.deserializeBinary(new Uint8Array(buf)),
          bytes,
          (err, r) => (err ? reject(err) : resolve(r)),
        ),
      );
      const rpcMs = Number(process.hrtime.bigint() - rpcStart) / 1e6;
      const encodeMs = Number(rpcStart - encodeStart) / 1e6;
      return { diagnostics: diagnostics(res), notApplicable: notApplicable(res), encodeMs, rpcMs };
    },
    /** Stop the pack as the engine does (SIGINT) and report how it exited. */
    async close() {
      client.close();
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}
