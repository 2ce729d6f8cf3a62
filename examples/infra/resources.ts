/*
 * Minimal typed stand-ins for the provider SDK classes this example uses, with the real Pulumi
 * type tokens and input names (from `@pulumi/aws` 7.x and `@pulumi/alicloud` 3.x). The engine and
 * the policy pack only ever see the token and the inputs, so these register exactly what the
 * provider SDKs would, without pulling two very large SDKs into the repository. With the Pulumi
 * CLI and real credentials, swap each class for its SDK twin (`aws.s3.Bucket`, ...): the inputs
 * are spelled the same.
 */
import * as pulumi from "@pulumi/pulumi";

type Tags = pulumi.Input<Record<string, pulumi.Input<string>>>;

/** `pulumi:providers:aws`: providers JSON-encode object inputs, as `@pulumi/aws` does. */
export class AwsProvider extends pulumi.ProviderResource {
  constructor(
    name: string,
    args: { region: pulumi.Input<string>; defaultTags?: { tags: Record<string, string> } },
    opts?: pulumi.ResourceOptions,
  ) {
    super(
      "aws",
      name,
      { region: args.region, defaultTags: args.defaultTags && JSON.stringify(args.defaultTags) },
      opts,
    );
  }
}

/** `pulumi:providers:alicloud`. */
export class AlicloudProvider extends pulumi.ProviderResource {
  constructor(name: string, args: { region: pulumi.Input<string> }, opts?: pulumi.ResourceOptions) {
    super("alicloud", name, { region: args.region }, opts);
  }
}

/** Base for the resources below: declares the outputs the example reads. */
abstract class Resource extends pulumi.CustomResource {
  declare readonly arn: pulumi.Output<string>;
  constructor(type: string, name: string, args: object, opts?: pulumi.CustomResourceOptions) {
    super(type, name, { ...args, arn: undefined }, opts);
  }
}

/** `aws.s3.Bucket` */
export class S3Bucket extends Resource {
  declare readonly bucket: pulumi.Output<string>;
  constructor(
    name: string,
    args: { bucket: string; tags?: Tags },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("aws:s3/bucket:Bucket", name, args, opts);
  }
}

/** `aws.s3.BucketServerSideEncryptionConfiguration` */
export class S3BucketServerSideEncryptionConfiguration extends Resource {
  constructor(
    name: string,
    args: {
      bucket: pulumi.Input<string>;
      rules: {
        applyServerSideEncryptionByDefault: {
          sseAlgorithm: string;
          kmsMasterKeyId?: pulumi.Input<string>;
        };
      }[];
    },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super(
      "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
      name,
      args,
      opts,
    );
  }
}

/** `aws.s3.BucketLifecycleConfiguration` */
export class S3BucketLifecycleConfiguration extends Resource {
  constructor(
    name: string,
    args: {
      bucket: pulumi.Input<string>;
      rules: { id: string; status: string; expiration: { days: number } }[];
    },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", name, args, opts);
  }
}

/** `aws.cloudwatch.LogGroup` */
export class CloudWatchLogGroup extends Resource {
  constructor(
    name: string,
    args: { retentionInDays?: number; kmsKeyId?: string; tags?: Tags },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("aws:cloudwatch/logGroup:LogGroup", name, args, opts);
  }
}

/** `aws.s3.BucketReplicationConfig` */
export class S3BucketReplicationConfig extends Resource {
  constructor(
    name: string,
    args: {
      bucket: pulumi.Input<string>;
      role: string;
      rules: { id: string; status: string; destination: { bucket: pulumi.Input<string> } }[];
    },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("aws:s3/bucketReplicationConfig:BucketReplicationConfig", name, args, opts);
  }
}

/** `aws.rds.Instance` */
export class RdsInstance extends Resource {
  constructor(
    name: string,
    args: {
      engine: string;
      instanceClass: string;
      allocatedStorage: number;
      storageEncrypted?: boolean;
      tags?: Tags;
      publiclyAccessible?: boolean;
      vpcSecurityGroupIds?: pulumi.Input<string>[];
    },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("aws:rds/instance:Instance", name, args, opts);
  }
}

/** `aws.ec2.SecurityGroup` */
export class SecurityGroup extends Resource {
  constructor(
    name: string,
    args: {
      description?: string;
      ingress?: {
        protocol: string;
        fromPort: number;
        toPort: number;
        cidrBlocks?: string[];
      }[];
    },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("aws:ec2/securityGroup:SecurityGroup", name, args, opts);
  }
}

/** `aws.dynamodb.Table` */
export class DynamoDbTable extends Resource {
  constructor(
    name: string,
    args: {
      hashKey: string;
      attributes: { name: string; type: string }[];
      serverSideEncryption?: { enabled: boolean; kmsKeyArn?: string };
      ttl?: { attributeName: string; enabled: boolean };
      tags?: Tags;
    },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("aws:dynamodb/table:Table", name, args, opts);
  }
}

/** `aws.kinesis.Stream` */
export class KinesisStream extends Resource {
  constructor(
    name: string,
    args: { shardCount: number; encryptionType?: string; kmsKeyId?: string; tags?: Tags },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("aws:kinesis/stream:Stream", name, args, opts);
  }
}

/** `aws.sqs.Queue` */
export class SqsQueue extends Resource {
  constructor(
    name: string,
    args: { sqsManagedSseEnabled?: boolean; tags?: Tags },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("aws:sqs/queue:Queue", name, args, opts);
  }
}

/** `aws.ebs.Volume` */
export class EbsVolume extends Resource {
  constructor(
    name: string,
    args: { availabilityZone: string; size: number; encrypted?: boolean; tags?: Tags },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("aws:ebs/volume:Volume", name, args, opts);
  }
}

/** `alicloud.oss.Bucket` (no region argument: the provider decides). */
export class OssBucket extends Resource {
  declare readonly bucket: pulumi.Output<string>;
  constructor(
    name: string,
    args: {
      bucket: string;
      serverSideEncryptionRule?: { sseAlgorithm: string; kmsMasterKeyId?: string };
      lifecycleRules?: { id: string; enabled: boolean; expirations: { days: number }[] }[];
      tags?: Tags;
    },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("alicloud:oss/bucket:Bucket", name, args, opts);
  }
}

/** `alicloud.oss.BucketReplication` */
export class OssBucketReplication extends Resource {
  constructor(
    name: string,
    args: {
      bucket: pulumi.Input<string>;
      action: string;
      destination: { bucket: pulumi.Input<string>; location: string };
    },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super("alicloud:oss/bucketReplication:BucketReplication", name, args, opts);
  }
}
