// The period the user picks: a calendar year, a quarter of a year, or custom from/to days.
export type PeriodMode = 'year' | 'quarter' | 'custom';

export interface PeriodChoice {
  mode: PeriodMode;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  from: string;
  to: string;
}

const QUARTER_BOUNDS = { 1: ['01-01', '03-31'], 2: ['04-01', '06-30'], 3: ['07-01', '09-30'], 4: ['10-01', '12-31'] } as const;

/** The chosen period as inclusive calendar days, or undefined when a custom period is incomplete or reversed. */
export function periodOf(choice: PeriodChoice): { from: string; to: string } | undefined {
  if (choice.mode === 'year') return { from: `${choice.year}-01-01`, to: `${choice.year}-12-31` };
  if (choice.mode === 'quarter') {
    const [from, to] = QUARTER_BOUNDS[choice.quarter];
    return { from: `${choice.year}-${from}`, to: `${choice.year}-${to}` };
  }
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(choice.from) || !day.test(choice.to) || choice.from > choice.to) return undefined;
  return { from: choice.from, to: choice.to };
}

/** Years offered in the select: the data's first year (or 2020) up to the current year + 1, newest first. */
export function yearOptions(currentYear: number, firstDataYear?: number): number[] {
  const first = Math.min(firstDataYear ?? currentYear, 2020);
  const years: number[] = [];
  for (let year = currentYear + 1; year >= first; year -= 1) years.push(year);
  return years;
}
