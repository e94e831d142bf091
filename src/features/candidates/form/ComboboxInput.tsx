// A text input with a list of suggestions (the ARIA 1.2 combobox pattern): typing filters, the
// arrow keys move through the list, Enter picks (and does not submit the form while the list is
// open), Escape closes. The parent owns the text, the options and what a pick means.
import { useId, useState, type KeyboardEvent } from 'react';

export interface ComboboxOption {
  value: string;
  label: string;
}

interface ComboboxInputProps {
  inputId: string;
  text: string;
  options: readonly ComboboxOption[];
  onTextChange: (text: string) => void;
  onPick: (option: ComboboxOption) => void;
  onBlur?: () => void;
  /** Backspace in an empty input (removes the last chosen item of a multi-select). */
  onBackspaceEmpty?: () => void;
  describedBy?: string;
  invalid?: boolean;
  placeholder?: string;
  /** Text read with the list ("12 suggestions"). */
  emptyText: string;
  /** At most this many suggestions are shown. */
  maxShown?: number;
}

export function ComboboxInput({
  inputId,
  text,
  options,
  onTextChange,
  onPick,
  onBlur,
  onBackspaceEmpty,
  describedBy,
  invalid,
  placeholder,
  emptyText,
  maxShown = 12,
}: ComboboxInputProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = options.slice(0, maxShown);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));
  const optionId = (index: number) => `${listId}-option-${index}`;

  function pick(option: ComboboxOption | undefined) {
    if (!option) return;
    onPick(option);
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive(Math.min(activeIndex + 1, shown.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter' && open && shown.length > 0) {
      event.preventDefault();
      pick(shown[activeIndex]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && text === '' && onBackspaceEmpty) {
      onBackspaceEmpty();
    }
  }

  const expanded = open;
  return (
    <div className="combobox">
      <input
        id={inputId}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && shown.length > 0 ? optionId(activeIndex) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          onTextChange(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="combobox__list" hidden={!expanded}>
        {shown.length === 0 ? (
          <li className="combobox__empty" role="presentation">
            {emptyText}
          </li>
        ) : (
          shown.map((option, index) => (
            <li
              key={option.value}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'combobox__option combobox__option--active' : 'combobox__option'}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
            >
              {option.label}
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
