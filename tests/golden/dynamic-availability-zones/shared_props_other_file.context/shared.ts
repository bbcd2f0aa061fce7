export interface SharedProps {
  region: string;
  vpcId: string;
}
