import * as pulumi from "@pulumi/pulumi";

type Ctor = new (
  name: string,
  args?: object,
  opts?: pulumi.CustomResourceOptions,
) => pulumi.CustomResource;
/** `sdk.module.Class` and `sdk.Provider`, as in the real provider SDKs. */
export type FakeSdk = Record<string, Record<string, Ctor>> & { Provider: Ctor };

/**
 * A stand-in for a Pulumi provider SDK (`aws`, `alicloud`, …) for running documentation snippets:
 * `aws.s3.BucketServerSideEncryptionConfiguration` registers the type token the real class
 * registers, `aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration`
 * (Pulumi's token convention: `<pkg>:<module>/<camelCaseClass>:<Class>`), with its args as inputs.
 */
export function fakeSdk(pkg: string): FakeSdk {
  return new Proxy({} as FakeSdk, {
    get(_, module: string) {
      if (module === "Provider") {
        return class extends pulumi.ProviderResource {
          constructor(name: string, args: object = {}, opts?: pulumi.ResourceOptions) {
            super(pkg, name, args as pulumi.Inputs, opts);
          }
        };
      }
      return new Proxy(
        {},
        {
          get(__, cls: string) {
            const token = `${pkg}:${module}/${cls[0]!.toLowerCase()}${cls.slice(1)}:${cls}`;
            return class extends pulumi.CustomResource {
              declare readonly arn: pulumi.Output<string>;
              constructor(name: string, args: object = {}, opts?: pulumi.CustomResourceOptions) {
                super(token, name, { ...args, arn: undefined }, opts);
              }
            };
          },
        },
      );
    },
  });
}
