// The printed report's header (docs/report-counting.md, "Exports and print"): programme, period in
// words, sites and when it was printed, then what the masked cells mean. Hidden on screen (print
// CSS); the date is taken again when the browser starts printing, however long the page was open.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { reportCover } from './report-cover';

export function ReportPrintHeader({ period, siteNames }: { period: { from: string; to: string }; siteNames: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const [madeAt, setMadeAt] = useState(() => new Date());
  useEffect(() => {
    // flushSync: the header must be up to date before the browser lays out the printed page.
    const now = () => flushSync(() => setMadeAt(new Date()));
    window.addEventListener('beforeprint', now);
    return () => window.removeEventListener('beforeprint', now);
  }, []);
  const cover = reportCover({ period, siteNames, madeAt, t, language: i18n.language });
  return (
    <header className="report-print-header report-print-only">
      <dl>
        {cover.lines.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {cover.legend.map((text) => (
        <p key={text} className="report-print-header__legend">
          {text}
        </p>
      ))}
    </header>
  );
}
