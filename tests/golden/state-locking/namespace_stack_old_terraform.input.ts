import * as cdktf from "cdktf"
import { Construct } from "constructs"

type SearchProps = { environmentSuffix: string; stateBucket: string; awsRegion: string }

export class SearchIndexStack extends cdktf.TerraformStack {
    constructor(scope: Construct, stackId: string, props: SearchProps) {
        super(scope, stackId)
        new SearchDomain(this, "domain", { suffix: props.environmentSuffix })
    }
}
