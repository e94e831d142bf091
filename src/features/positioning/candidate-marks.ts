// The candidate words that go with a mark rather than a question (the tick on the chosen answer),
// in each candidate language, and the mark's own pictogram, checked at load.
import { z } from 'zod';
import marksJson from './candidate-marks.json';

const words = z.string().trim().min(1);
const mark = z.strictObject({ fr: words, en: words, ar: words });
const pictogramMark = mark.extend({ pictogram: z.string().min(1) });
export const CANDIDATE_MARKS = z.strictObject({ $comment: z.string().optional(), chosen: pictogramMark }).parse(marksJson);
