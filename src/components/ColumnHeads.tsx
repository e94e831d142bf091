import type { ReactNode } from 'react';

/**
 * A table's row of column headings. Each is `scope="col"`, so a screen reader names the column of
 * every cell it reads; written once here, no table can forget it.
 */
export function ColumnHeads({ labels }: { labels: readonly ReactNode[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label, position) => (
          // The headings are fixed for the table's life: their position is their identity.
          <th key={position} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
