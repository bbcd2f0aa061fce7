export interface WarehouseProps {
  readonly nodeType: string;
  readonly kmsKeyId?: string;
}

export interface ArchiveProps {
  readonly bucket: string;
}
