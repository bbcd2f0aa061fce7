export interface ProjectTags {
  Project: string;
  CostCenter: string;
  [key: string]: string;
}

export interface NetworkProps {
  defaultTags: ProjectTags;
}
