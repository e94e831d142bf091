// True while the browser prints the page (window.print(), Ctrl+P, the browser's menu): the report
// then draws its masked copy of the tables (docs/report-counting.md, "Exports and print"). Only
// one copy is ever in the page, so the screen's tables keep their names for assistive technology.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // flushSync: the printed copy must be in the page before the browser lays it out.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
