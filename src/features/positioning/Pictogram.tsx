// A questionnaire pictogram as an image. Decorative (alt="") because the words beside it, or the
// button's name, say the same thing; never mirrored beside Arabic, except the arrows of the
// reading direction (ChromeButton.tsx, class pictogram--mirrored).
import { pictogramDataUrl } from '../../content/pictograms';

export function Pictogram({ id, size = 96, className }: { id: string; size?: number; className?: string }) {
  const src = pictogramDataUrl(id);
  if (!src) return null;
  return <img className={['pictogram', className].filter(Boolean).join(' ')} src={src} alt="" width={size} height={size} draggable={false} />;
}
