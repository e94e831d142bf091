// The candidate rows, virtualized (@tanstack/react-virtual): only the rows in view are in the DOM,
// so 50,000 files scroll smoothly. One tab stop: the arrow keys, Page Up/Down, Home and End move
// between rows (scrolling them into view), Enter opens the file.
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CandidateRow } from '../CandidateRow';
import type { CandidateRecord } from '../candidate-types';

const ROW_HEIGHT = 76;
/** Height assumed for a list not laid out yet (or a DOM without layout, as in tests). */
const UNMEASURED_HEIGHT = 800;
const PAGE_ROWS = 8;

export function VirtualCandidateList({ records, focusRequest }: { records: readonly CandidateRecord[]; focusRequest: number }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [focusWanted, setFocusWanted] = useState<number | null>(null);
  const activeIndex = Math.min(active, records.length - 1);
  // The virtualizer's functions change as it scrolls: this component is not memoized by the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: records.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => records[index]?.id ?? index,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_HEIGHT })),
  });

  // The search field's ArrowDown asks for the first row.
  useEffect(() => {
    if (focusRequest === 0) return;
    setActive(0);
    setFocusWanted(0);
    virtualizer.scrollToIndex(0);
  }, [focusRequest, virtualizer]);

  // Focus the wanted row once it is rendered (after the scroll that brings it into view).
  const items = virtualizer.getVirtualItems();
  const renderedRange = `${items[0]?.index ?? -1}-${items[items.length - 1]?.index ?? -1}`;
  useEffect(() => {
    if (focusWanted === null) return;
    const link = scroller.current?.querySelector<HTMLAnchorElement>(`li[data-index="${focusWanted}"] a`);
    if (link) {
      link.focus();
      setFocusWanted(null);
    }
  }, [focusWanted, renderedRange]);

  function move(to: number) {
    const index = Math.max(0, Math.min(records.length - 1, to));
    setActive(index);
    setFocusWanted(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + PAGE_ROWS,
      PageUp: activeIndex - PAGE_ROWS,
      Home: 0,
      End: records.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    move(to);
  }

  return (
    // As tall as its rows, up to the CSS max-height: a short result is not a tall empty box.
    <div ref={scroller} className="candidate-scroller" style={{ height: virtualizer.getTotalSize() }}>
      <ul
        className="candidate-list candidate-list--virtual"
        aria-label={t('candidates.listLabel')}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => {
          const record = records[item.index];
          if (!record) return null;
          return (
            <CandidateRow
              key={item.key}
              record={record}
              index={item.index}
              active={item.index === activeIndex}
              setSize={records.length}
              measureRef={virtualizer.measureElement}
              onFocusRow={setActive}
              style={{ transform: `translateY(${item.start}px)` }}
            />
          );
        })}
      </ul>
    </div>
  );
}
