/** The policies the pack serves, by name, sorted: what the engine lists and configures. */
export const policyNames = [
  "pi-category-tags-valid",
  "pi-no-cross-border-replication",
  "pi-store-encrypted-at-rest",
  "pi-store-in-mainland-china",
  "pi-store-not-public",
  "pi-store-retention-limited",
];

/** A value Pulumi holds as a secret, in the engine's wire form (`@pulumi/pulumi` runtime/rpc). */
export const secret = (value: unknown) => ({
  "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
  value,
});
