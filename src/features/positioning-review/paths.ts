// Addresses of the positioning review screens (the names its screens already import).
import { SCREEN_PATHS } from '../../domain/screen-paths';

export const reviewPath = SCREEN_PATHS.positioning;
export const synthesisPath = SCREEN_PATHS.synthesis;
