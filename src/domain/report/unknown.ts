/** The key of a value nobody filled in, counted so that every table adds up to its population. */
export const UNKNOWN = 'unknown';
