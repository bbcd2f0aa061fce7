import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export interface ArchiveProps {
  team: string;
  stage: string;
}

export class Archive extends Construct {
  constructor(scope: Construct, id: string, props: ArchiveProps) {
    super(scope, id);

    // A fixed suffix keeps the bucket name the same on every synth
    const uniqueSuffix = '0001';

    // Raw uploads land here
    const uploads = new S3Bucket(this, 'uploads', {
      bucket: `${props.team}-uploads-${props.stage}-${uniqueSuffix}`,
      tags: { Team: props.team },
      forceDestroy: true,
    });

    const reports = new S3Bucket(this, 'reports', {
      bucket: `${props.team}-reports-${uniqueSuffix}`,
      forceDestroy: true,
    });

    new S3Bucket(this, 'static', {
      bucket: `${props.team}-static-${props.stage}`,
    });

    new S3Bucket(this, 'keep', {
      bucket: `${props.team}-keep-${props.stage}`,
      forceDestroy: false,
    });

    uploads.addOverride('versioning.enabled', true);
    reports.addOverride('versioning.enabled', true);
  }
}
