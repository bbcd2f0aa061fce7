import * as cdktf from "cdktf"
import { Construct } from "constructs"

type SearchProps = { environmentSuffix: string; stateBucket: string; awsRegion: string }

export class SearchIndexStack extends cdktf.TerraformStack {
    constructor(scope: Construct, stackId: string, props: SearchProps) {
        super(scope, stackId)

        new cdktf.S3Backend(this, {
            bucket: props.stateBucket,
            key: `${props.environmentSuffix}/${stackId}.tfstate`,
            region: props.awsRegion,
            encrypt: true,
        })

        new SearchDomain(this, "domain", { suffix: props.environmentSuffix })
    }
}
