// A name, or any text a person typed (site, place, session title), shown inside other text:
// isolated with <bdi> so its direction, or a bidi control hidden in it, never turns the words
// around it. See docs/display-of-names.md; in plain text (titles, labels) use isolatedText().
import { stripBidiControls } from '../domain/bidi';

interface PersonNameProps {
  children: string;
  className?: string;
}

export function PersonName({ children, className }: PersonNameProps) {
  return <bdi className={className}>{stripBidiControls(children)}</bdi>;
}

/** The same isolation for typed text that is not a person's name. */
export const TypedText = PersonName;
