export interface Settings {
  homeRegion: string;
  standbyRegion: string;
}
