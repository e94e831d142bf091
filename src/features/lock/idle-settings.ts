// How long an adviser screen may stay untouched before it locks, per device (default 5 minutes).
export const IDLE_MINUTE_CHOICES = [1, 2, 5, 10, 15, 30] as const;
export const DEFAULT_IDLE_MINUTES = 5;
const KEY = 'vdc-idle-minutes';

export function idleMinutes(): number {
  try {
    const value = Number(globalThis.localStorage?.getItem(KEY));
    return (IDLE_MINUTE_CHOICES as readonly number[]).includes(value) ? value : DEFAULT_IDLE_MINUTES;
  } catch {
    return DEFAULT_IDLE_MINUTES;
  }
}

export function setIdleMinutes(minutes: number): void {
  try {
    globalThis.localStorage?.setItem(KEY, String(minutes));
  } catch {
    // storage disabled: the default stays
  }
}
