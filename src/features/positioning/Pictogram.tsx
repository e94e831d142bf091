// A questionnaire pictogram as an image. Decorative (alt="") because the words beside it, or the
// button's name, say the same thing; never mirrored beside Arabic, except the arrows of the
// reading direction (ChromeButton.tsx, class pictogram--mirrored). A file by URL, decoded
// asynchronously, with its size set so nothing moves when it arrives (docs/content-format.md).
import { pictogramUrl } from '../../content/pictogram-urls';

export function Pictogram({ id, size = 96, className }: { id: string; size?: number; className?: string }) {
  const src = pictogramUrl(id);
  if (!src) return null;
  return <img className={['pictogram', className].filter(Boolean).join(' ')} src={src} alt="" width={size} height={size} decoding="async" draggable={false} />;
}
