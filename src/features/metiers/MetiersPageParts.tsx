// What the catalogue and the site's métiers pages share: their heading (title, intro, a read-only
// notice, the link to the other page) and the line that says a save worked or failed.
import { Link } from 'react-router';

interface MetiersHeadingProps {
  title: string;
  intro: string;
  /** Shown when the user may not edit. */
  readOnly: string;
  editable: boolean;
  linkTo: string;
  linkLabel: string;
}

export function MetiersHeading({ title, intro, readOnly, editable, linkTo, linkLabel }: MetiersHeadingProps) {
  return (
    <>
      <h1>{title}</h1>
      <p>{intro}</p>
      {editable ? null : <p className="notice">{readOnly}</p>}
      <p>
        <Link to={linkTo} className="button">{linkLabel}</Link>
      </p>
    </>
  );
}

export interface SaveMessage {
  tone: 'success' | 'error';
  text: string;
}

export function SaveMessageLine({ message }: { message: SaveMessage | undefined }) {
  if (!message) return null;
  return (
    <p role={message.tone === 'error' ? 'alert' : 'status'} className={`notice notice--${message.tone}`}>
      {message.text}
    </p>
  );
}
