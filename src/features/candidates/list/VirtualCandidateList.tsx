// The candidate rows, virtualized (@tanstack/react-virtual): only the rows in view are in the DOM,
// so 50,000 files scroll smoothly. The virtualizer writes row positions and the list's height to
// the DOM itself (directDomUpdates) and re-renders only when the rows in view change: measuring
// rows one by one would re-render the whole list synchronously a dozen times on opening. One tab stop: the arrow keys, Page Up/Down, Home and End move
// between rows (scrolling them into view), Enter opens the file.
import { measureElement, observeElementRect, useVirtualizer, type Rect } from '@tanstack/react-virtual';
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
  const lastRect = useRef<Rect>({ width: 0, height: UNMEASURED_HEIGHT });
  // The virtualizer's functions change as it scrolls: this component is not memoized by the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: records.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => records[index]?.id ?? index,
    directDomUpdates: true,
    useFlushSync: false,
    // A hidden list (behind the idle lock) measures 0 px: it keeps its last sizes instead, or it
    // would render ever more rows into a box it believes empty.
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.height > 0 ? (lastRect.current = rect) : lastRect.current)),
    // A row just mounted keeps its known or estimated size: measuring it there would force a layout
    // per row. The ResizeObserver reports the real sizes right after, all at once.
    measureElement: (element, entry, instance) => {
      const known = () => instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element))) ?? ROW_HEIGHT;
      if (!entry) return known();
      const size = measureElement(element, entry, instance);
      return size > 0 ? size : known();
    },
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
    <div ref={scroller} className="candidate-scroller">
      <ul ref={virtualizer.containerRef} className="candidate-list candidate-list--virtual" aria-label={t('candidates.listLabel')} onKeyDown={onKeyDown}>
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
            />
          );
        })}
      </ul>
    </div>
  );
}
