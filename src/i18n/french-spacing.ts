// French puts a space before ? ! : ; and inside « »; written as an ordinary space, the browser may
// break the line there and start the next one with a lone "?" (seen on a question in candidate
// mode). A no-break space keeps the sign with its word. For display only: clips and ids keep the
// content's text.
const NBSP = '\u00a0';

export function frenchSpacing(text: string): string {
  return text.replace(/[ \t]+([?!:;»])/g, `${NBSP}$1`).replace(/«[ \t]+/g, `«${NBSP}`);
}
