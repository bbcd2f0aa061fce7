#!/usr/bin/env python3
"""Generate a seeded corpus of CDKTF TypeScript projects in the shapes language models write.

Usage: generate_corpus.py [--seed N] [--files K] OUT

Each project folder under OUT (with its ``cdktf.json`` and ``package.json``) holds one stack file and
sometimes a file of reusable constructs.
Files are 100-600 lines of ordinary CDKTF code (networking, security groups, buckets, IAM, Lambda,
databases, instances, monitoring, load balancers, outputs) written in one of four provider import
styles, with catalog failures injected at random. Every failure appears somewhere in the corpus:
the first files each carry one failure in turn. The same seed gives the same bytes.
A ``corpus.json`` manifest records the seed, the file count and how often each failure was written.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

PROVIDER = "@cdktf/provider-aws"

# class name -> module under @cdktf/provider-aws/lib (the namespace is the module in camelCase)
MODULES = {
    "AwsProvider": "provider", "Vpc": "vpc", "Subnet": "subnet", "InternetGateway": "internet-gateway",
    "NatGateway": "nat-gateway", "Eip": "eip", "RouteTable": "route-table", "Route": "route",
    "RouteTableAssociation": "route-table-association", "SecurityGroup": "security-group",
    "SecurityGroupRule": "security-group-rule", "S3Bucket": "s3-bucket",
    "S3BucketVersioningA": "s3-bucket-versioning",
    "S3BucketServerSideEncryptionConfigurationA": "s3-bucket-server-side-encryption-configuration",
    "S3BucketPublicAccessBlock": "s3-bucket-public-access-block", "IamRole": "iam-role",
    "IamRolePolicy": "iam-role-policy", "IamRolePolicyAttachment": "iam-role-policy-attachment",
    "IamInstanceProfile": "iam-instance-profile", "LambdaFunction": "lambda-function",
    "CloudwatchLogGroup": "cloudwatch-log-group", "DbInstance": "db-instance",
    "DbSubnetGroup": "db-subnet-group", "Instance": "instance", "KmsKey": "kms-key",
    "KmsAlias": "kms-alias", "NetworkAcl": "network-acl", "NetworkAclRule": "network-acl-rule",
    "DataAwsAvailabilityZones": "data-aws-availability-zones", "DataAwsAmi": "data-aws-ami",
    "CloudwatchMetricAlarm": "cloudwatch-metric-alarm", "SnsTopic": "sns-topic", "Lb": "lb",
    "LbTargetGroup": "lb-target-group", "LbListener": "lb-listener", "DynamodbTable": "dynamodb-table",
}

# Catalog failures (MODEL_FAILURES.md numbers) as the generator writes them.
FAULTS = {
    "provider-root-import": 1,      # import from the package root or `import * as aws`
    "kms-alias": 2,                 # kmsKeyId: "alias/aws/..." on DbInstance / CloudwatchLogGroup
    "random-bucket-name": 3,        # Date.now() / Math.random() in a bucket name
    "backend-without-lock": 4,      # S3Backend without the use_lockfile override
    "output-wrong-member": 5,       # TerraformOutput reading a member the construct does not have
    "egress-to-port-zero": 6,       # toPort: 0 with protocol "-1" on SecurityGroupRule
    "password-with-managed": 7,     # password next to manageMasterUserPassword
    "hardcoded-azs": 8,             # const azs = ["us-east-1a", "us-east-1b"]
    "nat-route-no-dependency": 9,   # Route through a NAT gateway without dependsOn
    "bucket-without-encryption": 10,  # S3Bucket with no server-side encryption resource
    "props-out-of-scope": 11,       # `props.x` inside a class whose parameter is `config`
    "logs-wildcard": 12,            # logs:* on arn:aws:logs:*:*:*
    "instance-without-lifecycle": 13,  # Instance without lifecycle.createBeforeDestroy
}
FAULT_RATE = 0.35
# files stop growing once past a target drawn from MIN..MAX; the largest block adds about 70 lines
MIN_LINES, MAX_LINES = 110, 520
STACK_FRAME_LINES, CONSTRUCTS_FRAME_LINES = 80, 40  # imports, config interface, class frame
CONSTRUCTS_FAULTS = ("props-out-of-scope", "output-wrong-member")
IMPORT_STYLES = ("lib", "star", "root-named", "root-namespaces")
PREFIXES = ("app", "web", "api", "data", "core", "edge", "batch", "audit", "ops", "shared", "media",
            "search", "auth", "billing", "report", "ingest", "cache", "queue", "admin", "public")


def camel(module: str) -> str:
    head, *rest = module.split("-")
    return head + "".join(part.capitalize() for part in rest)


def pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


@dataclass
class Block:
    """What one generated block contributes to a class: constructor statements and members."""

    body: list[str]
    members: list[str] = field(default_factory=list)


class FileWriter:
    """One generated file: its style, the names it uses, and the faults it was told to write."""

    def __init__(self, rng: random.Random, style: str, forced: str | None, faults: Counter) -> None:
        self.rng = rng
        self.style = style
        self.forced = forced
        self.fault_counts = faults
        self.used: dict[str, None] = {}
        self.cdktf: dict[str, None] = {}
        self.aliases: dict[str, str] = {}
        self.taken_prefixes: set[str] = set()
        self.cfg = "config"
        self.vpc: str | None = None
        self.public_subnets: str | None = None
        self.private_subnets: str | None = None
        self.security_group: str | None = None
        self.kms_key: str | None = None
        self.alarm_topic: str | None = None

    # -- choices -------------------------------------------------------------------------------
    def fault(self, name: str) -> bool:
        """Whether this occurrence gets the failure ``name`` (always for the file's forced one)."""
        if name == self.forced or self.rng.random() < FAULT_RATE:
            self.fault_counts[name] += 1
            if name == self.forced:
                self.forced = None
            return True
        return False

    def prefix(self) -> str:
        free = [p for p in PREFIXES if p not in self.taken_prefixes]
        choice = self.rng.choice(free) if free else f"extra{len(self.taken_prefixes)}"
        self.taken_prefixes.add(choice)
        return choice

    def reset_class(self, cfg: str) -> None:
        self.cfg = cfg
        self.vpc = self.public_subnets = self.private_subnets = self.security_group = None
        self.kms_key = self.alarm_topic = None

    # -- names ---------------------------------------------------------------------------------
    def cls(self, name: str) -> str:
        """How this file spells provider class ``name`` (value or type position)."""
        self.used[name] = None
        if self.style == "star":
            return f"aws.{camel(MODULES[name])}.{name}"
        if self.style == "root-namespaces":
            namespace = camel(MODULES[name])
            if namespace not in self.aliases:
                self.aliases[namespace] = ("aws" + pascal(namespace)) if self.rng.random() < 0.2 else namespace
            return f"{self.aliases[namespace]}.{name}"
        return name

    def core(self, name: str) -> str:
        self.cdktf[name] = None
        return name

    def imports(self) -> list[str]:
        lines = ['import { Construct } from "constructs";']
        if self.cdktf:
            lines.append(f"import {{ {', '.join(sorted(self.cdktf))} }} from \"cdktf\";")
        if not self.used:
            return lines
        if self.style == "lib":
            lines += [f'import {{ {n} }} from "{PROVIDER}/lib/{MODULES[n]}";' for n in self.used]
        elif self.style == "star":
            lines.append(f'import * as aws from "{PROVIDER}";')
        elif self.style == "root-named":
            lines += ["import {"] + [f"  {n}," for n in self.used] + [f'}} from "{PROVIDER}";']
        else:
            specs = [ns if ns == local else f"{ns} as {local}" for ns, local in self.aliases.items()]
            lines += ["import {"] + [f"  {s}," for s in specs] + [f'}} from "{PROVIDER}";']
        return lines


# -- blocks: each returns constructor statements (2-space indentation, level 0) ---------------------

def provider_block(w: FileWriter) -> Block:
    c = w.cfg
    return Block([
        "// Provider configuration with default tags for every resource",
        f'new {w.cls("AwsProvider")}(this, "aws", {{',
        f"  region: {c}.region,",
        "  defaultTags: [",
        "    {",
        "      tags: {",
        f"        Project: {c}.projectName,",
        f"        Environment: {c}.environment,",
        '        ManagedBy: "cdktf",',
        "      },",
        "    },",
        "  ],",
        "});",
    ])


def backend_block(w: FileWriter) -> Block:
    c = w.cfg
    lines = [
        "// Remote state in S3",
        f'new {w.core("S3Backend")}(this, {{',
        f"  bucket: {c}.stateBucket,",
        f"  key: `${{{c}.environment}}/${{id}}.tfstate`,",
        f"  region: {c}.stateBucketRegion,",
        "  encrypt: true,",
        "});",
    ]
    if not w.fault("backend-without-lock"):
        lines.append('this.addOverride("terraform.backend.s3.use_lockfile", true);')
    return Block(lines)


def network_block(w: FileWriter) -> Block:
    p, c = w.prefix(), w.cfg
    octet = w.rng.randint(10, 250)
    vpc, public, private = f"{p}Vpc", f"{p}PublicSubnets", f"{p}PrivateSubnets"
    lines = [
        f"// ---- {p} network ----",
        f'const {vpc} = new {w.cls("Vpc")}(this, "{p}-vpc", {{',
        f"  cidrBlock: {c}.vpcCidr,",
        "  enableDnsHostnames: true,",
        "  enableDnsSupport: true,",
        "  tags: {",
        f"    Name: `${{{c}.projectName}}-{p}-vpc`,",
        "  },",
        "});",
        "",
    ]
    if w.fault("hardcoded-azs"):
        region = w.rng.choice(("us-east-1", "us-west-2", "eu-west-1"))
        zones = ", ".join(f'"{region}{z}"' for z in "abc"[: w.rng.randint(2, 3)])
        lines += ["// Availability zones for the subnets", f"const {p}Azs = [{zones}];", ""]
    else:
        lines += [
            f'const {p}Zones = new {w.cls("DataAwsAvailabilityZones")}(this, "{p}-zones", {{',
            '  state: "available",',
            "});",
            f"const {p}Azs = [0, 1].map((i) => {w.core('Fn')}.element({p}Zones.names, i));",
            "",
        ]
    for tier, target, offset, public_ip in (("public", public, 0, "true"), ("private", private, 10, "false")):
        lines += [
            f"const {target} = {p}Azs.map(",
            "  (az, index) =>",
            f"    new {w.cls('Subnet')}(this, `{p}-{tier}-subnet-${{index}}`, {{",
            f"      vpcId: {vpc}.id,",
            f"      cidrBlock: `10.{octet}.${{index + {offset}}}.0/24`,",
            "      availabilityZone: az,",
            f"      mapPublicIpOnLaunch: {public_ip},",
            "      tags: {",
            f"        Name: `{p}-{tier}-${{index}}`,",
            f'        Tier: "{tier}",',
            "      },",
            "    })",
            ");",
            "",
        ]
    lines += [
        f'const {p}Igw = new {w.cls("InternetGateway")}(this, "{p}-igw", {{',
        f"  vpcId: {vpc}.id,",
        f"  tags: {{ Name: `${{{c}.projectName}}-{p}-igw` }},",
        "});",
        "",
        f'const {p}PublicRoutes = new {w.cls("RouteTable")}(this, "{p}-public-routes", {{',
        f"  vpcId: {vpc}.id,",
        "});",
        f'new {w.cls("Route")}(this, "{p}-internet-route", {{',
        f"  routeTableId: {p}PublicRoutes.id,",
        '  destinationCidrBlock: "0.0.0.0/0",',
        f"  gatewayId: {p}Igw.id,",
        "});",
        f"{public}.forEach((subnet, index) => {{",
        f"  new {w.cls('RouteTableAssociation')}(this, `{p}-public-assoc-${{index}}`, {{",
        "    subnetId: subnet.id,",
        f"    routeTableId: {p}PublicRoutes.id,",
        "  });",
        "});",
        "",
    ]
    lines += nat_lines(w, p, vpc, public, private)
    w.vpc, w.public_subnets, w.private_subnets = vpc, public, private
    return Block(lines)


def nat_lines(w: FileWriter, p: str, vpc: str, public: str, private: str) -> list[str]:
    lines = [
        "// NAT gateway so private subnets can reach the internet",
        f'const {p}NatIp = new {w.cls("Eip")}(this, "{p}-nat-ip", {{',
        '  domain: "vpc",',
        "});",
        f'const {p}Nat = new {w.cls("NatGateway")}(this, "{p}-nat", {{',
        f"  allocationId: {p}NatIp.id,",
        f"  subnetId: {public}[0].id,",
        f"  dependsOn: [{p}Igw],",
        "});",
        f'const {p}PrivateRoutes = new {w.cls("RouteTable")}(this, "{p}-private-routes", {{',
        f"  vpcId: {vpc}.id,",
        "});",
        f'new {w.cls("Route")}(this, "{p}-nat-route", {{',
        f"  routeTableId: {p}PrivateRoutes.id,",
        '  destinationCidrBlock: "0.0.0.0/0",',
        f"  natGatewayId: {p}Nat.id,",
    ]
    if not w.fault("nat-route-no-dependency"):
        lines.append(f"  dependsOn: [{p}Nat],")
    return lines + [
        "});",
        f"for (let i = 0; i < {private}.length; i++) {{",
        f"  new {w.cls('RouteTableAssociation')}(this, `{p}-private-assoc-${{i}}`, {{",
        f"    subnetId: {private}[i].id,",
        f"    routeTableId: {p}PrivateRoutes.id,",
        "  });",
        "}",
    ]


def security_block(w: FileWriter) -> Block:
    p, c = w.prefix(), w.cfg
    vpc_id = f"{w.vpc}.id" if w.vpc else f"{c}.vpcId"
    port = w.rng.choice((443, 8080, 3000, 5432, 80))
    sg = f"{p}SecurityGroup"
    lines = [
        f"// Security group for the {p} tier",
        f'const {sg} = new {w.cls("SecurityGroup")}(this, "{p}-sg", {{',
        f"  name: `${{{c}.projectName}}-{p}-sg`,",
        f'  description: "Traffic rules for the {p} tier",',
        f"  vpcId: {vpc_id},",
        "  ingress: [",
        "    {",
        f"      fromPort: {port},",
        f"      toPort: {port},",
        '      protocol: "tcp",',
        '      cidrBlocks: ["10.0.0.0/8"],',
        f'      description: "{p} traffic",',
        "    },",
        "  ],",
    ]
    if w.rng.random() < 0.3:  # the inline egress block models also write
        lines += [
            "  egress: [",
            '    { fromPort: 0, toPort: 0, protocol: "-1", cidrBlocks: ["0.0.0.0/0"] },',
            "  ],",
        ]
    lines += ["  tags: {", f"    Name: `${{{c}.projectName}}-{p}-sg`,", "  },", "});", ""]
    to_port = "0" if w.fault("egress-to-port-zero") else "65535"
    lines += [
        f'new {w.cls("SecurityGroupRule")}(this, "{p}-egress-all", {{',
        '  type: "egress",',
        "  fromPort: 0,",
        f"  toPort: {to_port},{'  // all ports' if to_port == '0' and w.rng.random() < 0.5 else ''}",
        '  protocol: "-1",',
        '  cidrBlocks: ["0.0.0.0/0"],',
        f"  securityGroupId: {sg}.id,",
        '  description: "Allow all outbound traffic",',
        "});",
        "",
        f'new {w.cls("SecurityGroupRule")}(this, "{p}-ssh", {{',
        '  type: "ingress",',
        "  fromPort: 22,",
        "  toPort: 22,",
        '  protocol: "tcp",',
        f"  cidrBlocks: [{c}.sshAllowedCidr],",
        f"  securityGroupId: {sg}.id,",
        "});",
    ]
    w.security_group = sg
    return Block(lines)


def storage_block(w: FileWriter) -> Block:
    p, c = w.prefix(), w.cfg
    bucket = f"{p}Bucket"
    if w.fault("random-bucket-name"):
        name = w.rng.choice((
            f"`${{{c}.projectName}}-{p}-${{Date.now()}}`",
            f"`{p}-assets-${{Math.random().toString(36).substring(2, 8)}}`",
            f"`${{{c}.projectName}}-{p}-${{Math.floor(Math.random() * 100000)}}`",
        ))
    else:
        name = f"`${{{c}.projectName}}-{p}-${{{c}.environment}}`"
    lines = [
        f"// Bucket for {p} objects",
        f'const {bucket} = new {w.cls("S3Bucket")}(this, "{p}-bucket", {{',
        f"  bucket: {name},",
        "  forceDestroy: true,",
        "  tags: {",
        f'    Purpose: "{p} storage",',
        f"    Environment: {c}.environment,",
        "  },",
        "});",
        "",
        f'new {w.cls("S3BucketVersioningA")}(this, "{p}-bucket-versioning", {{',
        f"  bucket: {bucket}.id,",
        "  versioningConfiguration: {",
        '    status: "Enabled",',
        "  },",
        "});",
        "",
    ]
    if not w.fault("bucket-without-encryption"):
        algorithm = f'sseAlgorithm: "aws:kms",\n        kmsMasterKeyId: {w.kms_key}.arn,' if w.kms_key else 'sseAlgorithm: "AES256",'
        lines += [
            f'new {w.cls("S3BucketServerSideEncryptionConfigurationA")}(this, "{p}-bucket-encryption", {{',
            f"  bucket: {bucket}.id,",
            "  rule: [",
            "    {",
            "      applyServerSideEncryptionByDefault: {",
            *[f"        {part.strip()}" for part in algorithm.split("\n")],
            "      },",
            "    },",
            "  ],",
            "});",
            "",
        ]
    lines += [
        f'new {w.cls("S3BucketPublicAccessBlock")}(this, "{p}-bucket-public-access", {{',
        f"  bucket: {bucket}.id,",
        "  blockPublicAcls: true,",
        "  blockPublicPolicy: true,",
        "  ignorePublicAcls: true,",
        "  restrictPublicBuckets: true,",
        "});",
    ]
    return Block(lines)


def lambda_block(w: FileWriter) -> Block:
    p, c = w.prefix(), w.cfg
    log_group, role = f"{p}LogGroup", f"{p}Role"
    lines = [
        f"// Log group, role and function for the {p} handler",
        f'const {log_group} = new {w.cls("CloudwatchLogGroup")}(this, "{p}-logs", {{',
        f"  name: `/aws/lambda/${{{c}.projectName}}-{p}`,",
        "  retentionInDays: 14,",
    ]
    if w.fault("kms-alias"):
        lines.append('  kmsKeyId: "alias/aws/logs",')
    elif w.kms_key:
        lines.append(f"  kmsKeyId: {w.kms_key}.arn,")
    lines += [
        "});",
        "",
        f'const {role} = new {w.cls("IamRole")}(this, "{p}-role", {{',
        f"  name: `${{{c}.projectName}}-{p}-role`,",
        "  assumeRolePolicy: JSON.stringify({",
        '    Version: "2012-10-17",',
        "    Statement: [",
        "      {",
        '        Effect: "Allow",',
        '        Principal: { Service: "lambda.amazonaws.com" },',
        '        Action: "sts:AssumeRole",',
        "      },",
        "    ],",
        "  }),",
        "});",
        "",
    ]
    if w.fault("logs-wildcard"):
        actions, resource = '["logs:*"]', '"arn:aws:logs:*:*:*"'
    else:
        actions, resource = '["logs:CreateLogStream", "logs:PutLogEvents"]', f"`${{{log_group}.arn}}:*`"
    lines += [
        f'new {w.cls("IamRolePolicy")}(this, "{p}-logging", {{',
        f"  role: {role}.id,",
        "  policy: JSON.stringify({",
        '    Version: "2012-10-17",',
        "    Statement: [",
        "      {",
        '        Effect: "Allow",',
        f"        Action: {actions},",
        f"        Resource: {resource},",
        "      },",
        "    ],",
        "  }),",
        "});",
        "",
        f'new {w.cls("LambdaFunction")}(this, "{p}-function", {{',
        f"  functionName: `${{{c}.projectName}}-{p}`,",
        f"  role: {role}.arn,",
        '  handler: "index.handler",',
        f'  runtime: "{w.rng.choice(("nodejs18.x", "nodejs20.x", "python3.12"))}",',
        f'  filename: "dist/{p}.zip",',
        f"  timeout: {w.rng.choice((10, 30, 60))},",
        "  memorySize: 256,",
        "  environment: {",
        "    variables: {",
        f"      STAGE: {c}.environment,",
        f"      LOG_GROUP: {log_group}.name,",
        "    },",
        "  },",
        f"  dependsOn: [{log_group}],",
        "});",
    ]
    return Block(lines)


def database_block(w: FileWriter) -> Block:
    p, c = w.prefix(), w.cfg
    subnets = f"{w.private_subnets}.map((subnet) => subnet.id)" if w.private_subnets else f"{c}.privateSubnetIds"
    groups = f"[{w.security_group}.id]" if w.security_group else f"{c}.databaseSecurityGroupIds"
    engine, version, port = w.rng.choice((("postgres", "15.4", 5432), ("mysql", "8.0.35", 3306)))
    lines = [
        f"// {engine} database for the {p} service",
        f'const {p}DbSubnets = new {w.cls("DbSubnetGroup")}(this, "{p}-db-subnets", {{',
        f"  name: `${{{c}.projectName}}-{p}-db-subnets`,",
        f"  subnetIds: {subnets},",
        "});",
        "",
        f'const {p}Database = new {w.cls("DbInstance")}(this, "{p}-database", {{',
        f"  identifier: `${{{c}.projectName}}-{p}-db`,",
        f'  engine: "{engine}",',
        f'  engineVersion: "{version}",',
        f"  instanceClass: {c}.dbInstanceClass,",
        "  allocatedStorage: 20,",
        "  maxAllocatedStorage: 100,",
        "  storageEncrypted: true,",
    ]
    if w.fault("kms-alias"):
        lines.append(f'  kmsKeyId: "alias/aws/rds",{"  // default RDS key" if w.rng.random() < 0.5 else ""}')
    elif w.kms_key:
        lines.append(f"  kmsKeyId: {w.kms_key}.arn,")
    lines += ['  dbName: "appdb",', '  username: "dbadmin",', "  manageMasterUserPassword: true,"]
    if w.fault("password-with-managed"):
        lines.append('  password: "ChangeMe-123",')
    lines += [
        f"  port: {port},",
        f"  dbSubnetGroupName: {p}DbSubnets.name,",
        f"  vpcSecurityGroupIds: {groups},",
        f'  multiAz: {c}.environment === "production",',
        "  backupRetentionPeriod: 7,",
        '  backupWindow: "03:00-04:00",',
        "  skipFinalSnapshot: true,",
        "  deletionProtection: false,",
        "});",
    ]
    lines.append(f"this.databaseEndpoints.push({p}Database.endpoint);")
    return Block(lines, members=["public readonly databaseEndpoints: string[] = [];"])


def compute_block(w: FileWriter) -> Block:
    p, c = w.prefix(), w.cfg
    subnet = f"{w.private_subnets}[i % {w.private_subnets}.length].id" if w.private_subnets else f"{c}.subnetIds[i]"
    groups = f"[{w.security_group}.id]" if w.security_group else f"{c}.instanceSecurityGroupIds"
    count = w.rng.randint(2, 3)
    lines = [
        f"// {pascal(p)} instances",
        f'const {p}Ami = new {w.cls("DataAwsAmi")}(this, "{p}-ami", {{',
        "  mostRecent: true,",
        '  owners: ["amazon"],',
        "  filter: [",
        "    {",
        '      name: "name",',
        '      values: ["al2023-ami-*-x86_64"],',
        "    },",
        "  ],",
        "});",
        "",
        f'const {p}InstanceRole = new {w.cls("IamRole")}(this, "{p}-instance-role", {{',
        "  assumeRolePolicy: JSON.stringify({",
        '    Version: "2012-10-17",',
        "    Statement: [",
        '      { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },',
        "    ],",
        "  }),",
        "});",
        f'new {w.cls("IamRolePolicyAttachment")}(this, "{p}-ssm", {{',
        f"  role: {p}InstanceRole.name,",
        '  policyArn: "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",',
        "});",
        f'const {p}Profile = new {w.cls("IamInstanceProfile")}(this, "{p}-profile", {{',
        f"  role: {p}InstanceRole.name,",
        "});",
        "",
        f"const {p}Servers: {w.cls('Instance')}[] = [];",
        f"for (let i = 0; i < {count}; i++) {{",
        f"  const server = new {w.cls('Instance')}(this, `{p}-server-${{i + 1}}`, {{",
        f"    ami: {p}Ami.id,",
        f"    instanceType: {c}.instanceType,",
        f"    subnetId: {subnet},",
        f"    vpcSecurityGroupIds: {groups},",
        f"    iamInstanceProfile: {p}Profile.name,",
        "    rootBlockDevice: {",
        '      volumeType: "gp3",',
        "      volumeSize: 20,",
        "      encrypted: true,",
        "    },",
        "    userData: [",
        '      "#!/bin/bash",',
        '      "dnf update -y",',
        f'      "echo {p} > /etc/role",',
        '    ].join("\\n"),',
    ]
    if not w.fault("instance-without-lifecycle"):
        lines += ["    lifecycle: {", "      createBeforeDestroy: true,", "    },"]
    lines += [
        "    tags: {",
        f"      Name: `${{{c}.projectName}}-{p}-${{i + 1}}`,",
        "    },",
        "  });",
        f"  {p}Servers.push(server);",
        "}",
    ]
    return Block(lines)


def monitoring_block(w: FileWriter) -> Block:
    p, c = w.prefix(), w.cfg
    topic = w.alarm_topic
    lines = []
    if topic is None:
        topic = f"{p}Alerts"
        lines += [
            f'const {topic} = new {w.cls("SnsTopic")}(this, "{p}-alerts", {{',
            f"  name: `${{{c}.projectName}}-{p}-alerts`,",
            "});",
            "",
        ]
        w.alarm_topic = topic
    metric, threshold = w.rng.choice((("CPUUtilization", 80), ("FreeStorageSpace", 1000000000), ("Errors", 5)))
    namespace = {"CPUUtilization": "AWS/EC2", "FreeStorageSpace": "AWS/RDS", "Errors": "AWS/Lambda"}[metric]
    lines += [
        f'new {w.cls("CloudwatchMetricAlarm")}(this, "{p}-{metric.lower()}-alarm", {{',
        f"  alarmName: `${{{c}.projectName}}-{p}-{metric.lower()}`,",
        f'  comparisonOperator: "{"LessThanThreshold" if metric == "FreeStorageSpace" else "GreaterThanThreshold"}",',
        "  evaluationPeriods: 2,",
        f'  metricName: "{metric}",',
        f'  namespace: "{namespace}",',
        "  period: 300,",
        '  statistic: "Average",',
        f"  threshold: {threshold},",
        f'  alarmDescription: "{metric} out of range for {p}",',
        f"  alarmActions: [{topic}.arn],",
        "});",
    ]
    return Block(lines)


def kms_block(w: FileWriter) -> Block:
    p, c = w.prefix(), w.cfg
    key = f"{p}Key"
    w.kms_key = key
    return Block([
        f"// Customer managed key for {p} data",
        f'const {key} = new {w.cls("KmsKey")}(this, "{p}-key", {{',
        f'  description: "Encrypts {p} data",',
        "  enableKeyRotation: true,",
        "  deletionWindowInDays: 10,",
        "});",
        f'new {w.cls("KmsAlias")}(this, "{p}-key-alias", {{',
        f"  name: `alias/${{{c}.projectName}}-{p}`,",
        f"  targetKeyId: {key}.keyId,",
        "});",
    ])


def table_block(w: FileWriter) -> Block:
    p, c = w.prefix(), w.cfg
    return Block([
        f'new {w.cls("DynamodbTable")}(this, "{p}-table", {{',
        f"  name: `${{{c}.projectName}}-{p}`,",
        '  billingMode: "PAY_PER_REQUEST",',
        '  hashKey: "pk",',
        '  rangeKey: "sk",',
        "  attribute: [",
        '    { name: "pk", type: "S" },',
        '    { name: "sk", type: "S" },',
        "  ],",
        "  pointInTimeRecovery: { enabled: true },",
        "  serverSideEncryption: { enabled: true },",
        "});",
    ])


def load_balancer_block(w: FileWriter) -> Block:
    p, c = w.prefix(), w.cfg
    subnets = f"{w.public_subnets}.map((subnet) => subnet.id)" if w.public_subnets else f"{c}.publicSubnetIds"
    vpc_id = f"{w.vpc}.id" if w.vpc else f"{c}.vpcId"
    groups = f"[{w.security_group}.id]" if w.security_group else "[]"
    return Block([
        f'const {p}Lb = new {w.cls("Lb")}(this, "{p}-lb", {{',
        f"  name: `${{{c}.projectName}}-{p}`,",
        "  internal: false,",
        '  loadBalancerType: "application",',
        f"  securityGroups: {groups},",
        f"  subnets: {subnets},",
        "});",
        f'const {p}Targets = new {w.cls("LbTargetGroup")}(this, "{p}-targets", {{',
        f"  name: `${{{c}.projectName}}-{p}-tg`,",
        "  port: 8080,",
        '  protocol: "HTTP",',
        f"  vpcId: {vpc_id},",
        "  healthCheck: {",
        '    path: "/health",',
        "    healthyThreshold: 2,",
        "    unhealthyThreshold: 3,",
        "  },",
        "});",
        f'new {w.cls("LbListener")}(this, "{p}-listener", {{',
        f"  loadBalancerArn: {p}Lb.arn,",
        "  port: 80,",
        '  protocol: "HTTP",',
        "  defaultAction: [",
        "    {",
        '      type: "forward",',
        f"      targetGroupArn: {p}Targets.arn,",
        "    },",
        "  ],",
        "});",
    ])


BLOCKS = {
    "network": network_block, "security": security_block, "storage": storage_block,
    "lambda": lambda_block, "database": database_block, "compute": compute_block,
    "monitoring": monitoring_block, "kms": kms_block, "table": table_block,
    "load-balancer": load_balancer_block,
}
# the block that can carry each fault, for files that must show a given one
CARRIERS = {
    "kms-alias": "database", "random-bucket-name": "storage", "egress-to-port-zero": "security",
    "password-with-managed": "database", "hardcoded-azs": "network", "nat-route-no-dependency": "network",
    "bucket-without-encryption": "storage", "logs-wildcard": "lambda", "instance-without-lifecycle": "compute",
}
ORDER = ("kms", "network", "security", "storage", "table", "lambda", "database", "compute",
         "load-balancer", "monitoring")

CONFIG_FIELDS = [
    ("environment", "string"), ("projectName", "string"), ("region", "string"), ("vpcCidr", "string"),
    ("vpcId", "string"), ("stateBucket", "string"), ("stateBucketRegion", "string"),
    ("instanceType", "string"), ("dbInstanceClass", "string"), ("sshAllowedCidr", "string"),
    ("subnetIds", "string[]"), ("privateSubnetIds", "string[]"), ("publicSubnetIds", "string[]"),
    ("databaseSecurityGroupIds", "string[]"), ("instanceSecurityGroupIds", "string[]"),
    ("tags?", "Record<string, string>"),
]


def config_interface(name: str) -> list[str]:
    return [f"export interface {name} {{"] + [f"  readonly {k}: {t};" for k, t in CONFIG_FIELDS] + ["}", ""]


def tag_helper(cfg: str) -> list[str]:
    return [
        "/** Tags shared by every resource of this stack. */",
        f"private commonTags(name: string, {cfg}: {{ projectName: string; environment: string }}): Record<string, string> {{",
        "  return {",
        f"    Name: `${{{cfg}.projectName}}-${{name}}`,",
        f"    Project: {cfg}.projectName,",
        f"    Environment: {cfg}.environment,",
        "  };",
        "}",
    ]


def render_class(w: FileWriter, name: str, base: str, config_type: str, blocks: list[Block],
                 doc: str, cfg: str, stray: str | None = None) -> list[str]:
    members = list(dict.fromkeys(m for b in blocks for m in b.members))
    lines = ["/**", f" * {doc}", " */", f"export class {name} extends {base} {{"]
    lines += [f"  {m}" for m in members]
    if members:
        lines.append("")
    lines += [f"  constructor(scope: Construct, id: string, {cfg}: {config_type}) {{", "    super(scope, id);", ""]
    for i, block in enumerate(blocks):
        lines += [f"    {line}" if line else "" for line in block.body]
        if i < len(blocks) - 1:
            lines.append("")
    if stray:
        lines += [""] + [f"    {line}" if line else "" for line in stray.splitlines()]
    lines += ["  }"]
    if base == "TerraformStack":
        lines += [""] + [f"  {line}" for line in tag_helper("settings")]
    lines += ["}"]
    return lines


def stray_props_block(w: FileWriter, other: str) -> str:
    """A network ACL rule that reads ``other`` (a name not in scope) instead of the class parameter."""
    vpc_id = f"{w.vpc}.id" if w.vpc else f"{w.cfg}.vpcId"
    return "\n".join([
        "// Allow SSH from the admin network",
        f'const sshAcl = new {w.cls("NetworkAcl")}(this, "ssh-acl", {{',
        f"  vpcId: {vpc_id},",
        "});",
        f'new {w.cls("NetworkAclRule")}(this, "ssh-acl-inbound", {{',
        "  networkAclId: sshAcl.id,",
        "  ruleNumber: 120,",
        '  protocol: "tcp",',
        '  ruleAction: "allow",',
        "  fromPort: 22,",
        "  toPort: 22,",
        f"  cidrBlock: {other}.sshAllowedCidr,",
        "  egress: false,",
        "});",
    ])


@dataclass
class GeneratedFile:
    path: str
    text: str


class ProjectGenerator:
    """One project folder: a stack file and sometimes a constructs file that the stack uses."""

    def __init__(self, rng: random.Random, faults: Counter) -> None:
        self.rng = rng
        self.faults = faults

    def writer(self, forced: str | None) -> FileWriter:
        style = self.rng.choices(IMPORT_STYLES, weights=(4, 2, 2, 2))[0]
        if forced == "provider-root-import" and style == "lib":
            style = self.rng.choice(IMPORT_STYLES[1:])
        if style != "lib":
            self.faults["provider-root-import"] += 1
        return FileWriter(self.rng, style, None if forced == "provider-root-import" else forced, self.faults)

    def blocks_for(self, w: FileWriter, size: int, target: int, skip: tuple[str, ...] = ()) -> list[Block]:
        """Blocks in a natural order until the file (``size`` lines so far) reaches ``target`` lines
        and the file's forced fault, if any, has been written."""
        names = [n for n in ORDER if n not in skip and self.rng.random() < 0.6]
        if w.forced in CARRIERS and CARRIERS[w.forced] not in names:
            names.append(CARRIERS[w.forced])
        names.sort(key=ORDER.index)
        extra = [n for n in ORDER if n not in ("kms", "network") and n not in skip]
        blocks = []
        for name in names + [self.rng.choice(extra) for _ in range(12)]:
            if size >= target and w.forced is None:
                break
            block = BLOCKS[name](w)
            blocks.append(block)
            size += len(block.body) + 1
        return blocks

    def stack_file(self, forced: str | None, module: tuple[str, str] | None) -> str:
        w = self.writer(forced)
        cfg = self.rng.choice(("config", "props"))
        w.reset_class(cfg)
        target = self.rng.randint(MIN_LINES, MAX_LINES)
        blocks = [provider_block(w), backend_block(w)]
        outputs: list[str] = []
        if module is not None:
            cls_name, member = module
            blocks.append(Block([
                f'const network = new {cls_name}(this, "network", {{',
                f"  ...{cfg},",
                "});",
            ]))
            wrong = w.fault("output-wrong-member")
            value = "network.vpc.id" if wrong else f"network.{member}"
            outputs.append(f'new {w.core("TerraformOutput")}(this, "vpc-id", {{\n  value: {value},\n  description: "VPC id",\n}});')
        blocks += self.blocks_for(w, STACK_FRAME_LINES, target, skip=("network",) if module else ())
        if w.vpc:
            outputs.append(f'new {w.core("TerraformOutput")}(this, "{w.vpc}-id", {{\n  value: {w.vpc}.id,\n}});')
        if outputs:
            blocks.append(Block(["// Outputs"] + "\n".join(outputs).splitlines()))
        w.core("TerraformStack")
        config_name = "TapStackConfig"
        body = render_class(w, "TapStack", "TerraformStack", config_name, blocks,
                            "The application stack: networking, storage, compute and monitoring.", cfg)
        head = ["// Generated infrastructure stack"] + w.imports()
        if module is not None:
            head.append(f'import {{ {module[0]} }} from "./constructs";')
        return "\n".join(head + [""] + config_interface(config_name) + body) + "\n"

    def constructs_file(self, forced: str | None) -> tuple[str, tuple[str, str]]:
        w = self.writer(forced)
        cfg, other = self.rng.choice((("config", "props"), ("props", "config")))
        w.reset_class(cfg)
        network = network_block(w)
        stray = stray_props_block(w, other) if w.fault("props-out-of-scope") else None
        network.body.append(f"this.vpcId = {w.vpc}.id;")
        network.members.append("public readonly vpcId: string;")
        network_class = render_class(w, "NetworkConstruct", "Construct", "ConstructsConfig", [network],
                                     "A VPC with public and private subnets and a NAT gateway.", cfg, stray)
        w.reset_class(cfg)
        size = len(network_class) + CONSTRUCTS_FRAME_LINES
        rest = self.blocks_for(w, size, self.rng.randint(MIN_LINES, MAX_LINES), skip=("network",))
        lines = ["// Reusable constructs"] + w.imports() + [""] + config_interface("ConstructsConfig")
        lines += network_class
        if rest:
            lines += [""] + render_class(w, "ServicesConstruct", "Construct", "ConstructsConfig", rest,
                                         "Services that run inside the network.", cfg)
        return "\n".join(lines) + "\n", ("NetworkConstruct", "vpcId")

    def project(self, schedule: list[str], room: int) -> list[GeneratedFile]:
        """A stack file, with a constructs file when there is ``room`` and the dice or a due fault say so."""
        due = schedule[0] if schedule else None
        with_constructs = room >= 2 and (due in CONSTRUCTS_FAULTS or self.rng.random() < 0.35)
        files, module = [], None
        if with_constructs:
            forced = schedule.pop(0) if due is not None and due != "output-wrong-member" else None
            text, module = self.constructs_file(forced)
            files.append(GeneratedFile("lib/constructs.ts", text))
        due = schedule[0] if schedule else None
        stack_can_carry = due != "props-out-of-scope" and (due != "output-wrong-member" or module is not None)
        forced = schedule.pop(0) if due is not None and stack_can_carry else None
        files.append(GeneratedFile("lib/tap-stack.ts", self.stack_file(forced, module)))
        return files


def finish(text: str, single_quotes: bool, indent: str, crlf: bool) -> str:
    """Apply a file's surface style: quote character, indentation unit and line endings."""
    if single_quotes:
        text = text.replace('"', "'")
    if indent != "  ":
        text = re.sub(r"(?m)^((?:  )+)", lambda m: indent * (len(m.group(1)) // 2), text)
    if crlf:
        text = text.replace("\n", "\r\n")
    return text


def package_files(name: str) -> dict[str, str]:
    """The files that make a folder a CDKTF TypeScript project."""
    cdktf = {"language": "typescript", "app": "npx ts-node main.ts", "projectId": name,
             "terraformProviders": [], "terraformModules": [], "context": {}}
    package = {"name": name, "version": "0.1.0", "private": True, "main": "main.js",
               "scripts": {"build": "tsc", "synth": "cdktf synth"},
               "dependencies": {"@cdktf/provider-aws": "^21.0.0", "cdktf": "^0.21.0", "constructs": "^10.4.2"}}
    return {"cdktf.json": json.dumps(cdktf, indent=2) + "\n", "package.json": json.dumps(package, indent=2) + "\n"}


def generate(out: Path, seed: int, count: int) -> dict:
    rng = random.Random(seed)
    faults: Counter = Counter()
    schedule = list(FAULTS)
    written = index = 0
    while written < count:
        files = ProjectGenerator(rng, faults).project(schedule, count - written)
        single, indent = rng.random() < 0.45, rng.choice(("  ", "  ", "  ", "    "))
        folder = out / f"project-{index:04d}"
        folder.mkdir(parents=True)
        for name, text in package_files(folder.name).items():
            (folder / name).write_text(text)
        for generated in files:
            path = folder / generated.path
            path.parent.mkdir(parents=True, exist_ok=True)
            crlf = rng.random() < 0.04
            path.write_bytes(finish(generated.text, single, indent, crlf).encode("utf-8"))
            written += 1
        index += 1
    manifest = {"seed": seed, "files": written, "projects": index,
                "faults": {name: faults[name] for name in FAULTS}}
    (out / "corpus.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="output folder (created; must be empty or absent)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--files", type=int, default=300, help="number of files (default 300)")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty")
    manifest = generate(args.out, args.seed, args.files)
    print(json.dumps(manifest, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
