import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { Fn as TfFn, Token } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class AssetsStack extends cdktf.TerraformStack {
  constructor(scope: Construct, id: string, names: string[]) {
    super(scope, id);

    const bucket = new S3Bucket(this, 'assets', { bucketPrefix: 'assets-' });
    new cdktf.TerraformOutput(this, 'encoded', {
      value: cdktf.Fn.base64_encode(bucket.bucket),
    });
    new cdktf.TerraformOutput(this, 'unique', {
      value: TfFn.toSet(names),
    });
    new cdktf.TerraformOutput(this, 'first', {
      value: Token.asstring(TfFn.element(names, 0)),
    });
    new cdktf.TerraformOutput(this, 'joined', {
      value: TfFn.Join(',', names),
    });
  }
}
