import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { DatabaseModule, NetworkModule } from "./modules";

export class AppStack extends TerraformStack {
  private readonly network: NetworkModule;
  private readonly database: DatabaseModule;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.network = new NetworkModule(this, "network", "eu-west-1");
    this.database = new DatabaseModule(this, "database");

    new TerraformOutput(this, "vpc", { value: this.network.vpc.id });
    new TerraformOutput(this, "region", { value: this.network.region });
    new TerraformOutput(this, "db_endpoint", { value: this.database.instance.endpoint });
    new TerraformOutput(this, "db_address", { value: `${this.database.address}` });
  }
}
