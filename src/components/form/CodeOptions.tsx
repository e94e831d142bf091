// The <option>s of a select, one per code, labelled.
import type { CodeOption } from '../../i18n/code-labels';

export function CodeOptions<C extends string | number>({ options }: { options: readonly CodeOption<C>[] }) {
  return options.map((option) => (
    <option key={option.code} value={option.code}>
      {option.label}
    </option>
  ));
}
