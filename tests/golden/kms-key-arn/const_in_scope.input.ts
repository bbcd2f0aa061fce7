import { Construct } from 'constructs';
import { EbsVolume } from '@cdktf/provider-aws/lib/ebs-volume';
import { S3Object } from '@cdktf/provider-aws/lib/s3-object';

type VolumeSettings = {
  availabilityZone: string;
  sizeGb: number;
};

export class DataVolumes extends Construct {
  constructor(scope: Construct, id: string, settings: VolumeSettings) {
    super(scope, id);

    const ebsKey = 'alias/aws/ebs';
    new EbsVolume(this, 'data', {
      availabilityZone: settings.availabilityZone,
      size: settings.sizeGb,
      encrypted: true,
      kmsKeyId: ebsKey,
    });

    const objectKey = 'alias/aws/s3';
    new S3Object(this, 'marker', { bucket: 'volume-markers', key: 'data', content: objectKey, kmsKeyId: objectKey });
  }
}
