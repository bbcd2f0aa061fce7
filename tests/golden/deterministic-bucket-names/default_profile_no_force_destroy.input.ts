import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export interface ArchiveProps {
  team: string;
  stage: string;
}

export class Archive extends Construct {
  constructor(scope: Construct, id: string, props: ArchiveProps) {
    super(scope, id);

    // Raw uploads land here
    const uploads = new S3Bucket(this, 'uploads', {
      bucket: `${props.team}-uploads-${props.stage}-${Date.now()}`,
      tags: { Team: props.team },
    });

    const reports = new S3Bucket(this, 'reports', {
      bucket: `${props.team}-reports-${Date.now()}`,
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
