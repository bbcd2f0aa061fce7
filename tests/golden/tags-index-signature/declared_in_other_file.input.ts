export interface ProjectTags {
  Project: string;
  CostCenter: string;
}

export interface NetworkProps {
  defaultTags: ProjectTags;
}
