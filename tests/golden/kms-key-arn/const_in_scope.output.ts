import { Construct } from 'constructs';
import { EbsVolume } from '@cdktf/provider-aws/lib/ebs-volume';
import { S3Object } from '@cdktf/provider-aws/lib/s3-object';

type VolumeSettings = {
  availabilityZone: string;
  sizeGb: number;
  kmsKeyId?: string;
};

export class DataVolumes extends Construct {
  constructor(scope: Construct, id: string, settings: VolumeSettings) {
    super(scope, id);

    new EbsVolume(this, 'data', {
      availabilityZone: settings.availabilityZone,
      size: settings.sizeGb,
      encrypted: true,
      ...(settings.kmsKeyId && { kmsKeyId: settings.kmsKeyId }),
    });

    const objectKey = 'alias/aws/s3';
    new S3Object(this, 'marker', { bucket: 'volume-markers', key: 'data', content: objectKey, ...(settings.kmsKeyId && { kmsKeyId: settings.kmsKeyId }) });
  }
}
