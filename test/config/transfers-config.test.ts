import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../analyzers/index.js";

/** The message a config is rejected with, in English. */
function rejection(config: object): string {
  try {
    loadConfig(config);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error("the config was accepted");
}

describe("the transfers config section", () => {
  it("accepts hosts, sinks, own hosts, purposes and mechanisms", () => {
    const config = loadConfig({
      transfers: {
        destinations: [
          { host: "crm.partner.io", jurisdiction: "cross-border", service: "Partner CRM" },
          { sink: "openai", jurisdiction: "mainland", service: "company LLM gateway" },
          { sink: "deepseek", jurisdiction: "mainland" },
        ],
        ownHosts: ["api.mycorp.com", "*.mycorp.cn"],
        crossBorderPurposes: ["海外"],
        mechanisms: [{ id: "group-bcr", description: "intra-group transfer rules" }],
      },
    });
    expect(config.transfers?.destinations).toHaveLength(3);
  });

  it.each([
    [
      "a URL where a host name belongs",
      { destinations: [{ host: "https://api.partner.io/v1", jurisdiction: "cross-border" }] },
      "pipl-guard config: transfers.destinations[0].host: 'https://api.partner.io/v1' is not a lower-case host name without scheme, port or path, e.g. api.example.com (subdomains match too)",
    ],
    [
      "a destination with both a host and a sink",
      { destinations: [{ host: "api.partner.io", sink: "openai", jurisdiction: "mainland" }] },
      "pipl-guard config: transfers.destinations[0]: needs exactly one of host or sink",
    ],
    [
      "an unknown sink, with the closest one",
      { destinations: [{ sink: "opnai", jurisdiction: "mainland" }] },
      "pipl-guard config: transfers.destinations[0].sink: unknown transfer sink or model provider 'opnai'",
    ],
    [
      "a log sink where a transfer sink belongs",
      { destinations: [{ sink: "console", jurisdiction: "mainland" }] },
      "pipl-guard config: transfers.destinations[0].sink: unknown transfer sink or model provider 'console'",
    ],
    [
      "an unknown jurisdiction",
      { destinations: [{ host: "api.partner.io", jurisdiction: "abroad" }] },
      "pipl-guard config: transfers.destinations[0].jurisdiction:",
    ],
    [
      "a host declared twice",
      {
        destinations: [
          { host: "api.partner.io", jurisdiction: "mainland" },
          { host: "api.partner.io", jurisdiction: "cross-border" },
        ],
      },
      "pipl-guard config: transfers.destinations[1]:",
    ],
    [
      "a mechanism that is built in",
      { mechanisms: [{ id: "standard-contract", description: "again" }] },
      "pipl-guard config: transfers.mechanisms[0].id:",
    ],
  ])("rejects %s, naming the path", (_name, transfers, start) => {
    expect(rejection({ transfers })).toContain(start);
  });

  it("suggests the closest sink id for a misspelt one", () => {
    expect(
      rejection({ transfers: { destinations: [{ sink: "opnai", jurisdiction: "mainland" }] } }),
    ).toMatch(/Did you mean 'openai'\?/);
  });

  it("accepts a transfer sink the same config adds", () => {
    expect(() =>
      loadConfig({
        sinks: {
          add: [
            {
              id: "partner-sdk",
              label: "partner SDK",
              kind: "transfer",
              match: [{ module: "partner-sdk", calls: ["send"] }],
            },
          ],
        },
        transfers: { destinations: [{ sink: "partner-sdk", jurisdiction: "cross-border" }] },
      }),
    ).not.toThrow();
  });
});
