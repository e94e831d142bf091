// Addresses of the positioning review screens.
export const reviewPath = (positioningId: string) => `/positionnements/${encodeURIComponent(positioningId)}`;
export const synthesisPath = (positioningId: string) => `/positionnements/${encodeURIComponent(positioningId)}/synthese`;
