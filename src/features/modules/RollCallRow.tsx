// One person at the roll call: the five attendance statuses side by side, one tap sets the one
// meant (a mis-tap is undone with one more tap, never four), and the hours beside them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonName } from '../../components/PersonName';
import type { AttendanceStatus } from '../../domain/attendance';
import { ATTENDANCE_STATUS_CODES } from '../../domain/codes';
import { RollCallHours } from './RollCallHours';

interface RollCallRowProps {
  rowId: string;
  name: string;
  status: string;
  hours: number | null | undefined;
  onChoose: (status: AttendanceStatus) => void;
  onSaveHours: (hours: number | null) => void;
}

export function RollCallRow({ rowId, name, status, hours, onChoose, onSaveHours }: RollCallRowProps) {
  const { t } = useTranslation();
  const groupId = `status-${rowId}`;
  // The tap shows at once; once the stored status (read back after the write) changes, it rules.
  const [tapped, setTapped] = useState<{ over: string; code: string } | null>(null);
  const chosen = tapped && tapped.over === status ? tapped.code : status;
  return (
    <li className={`roll-call__row roll-call__row--${chosen}`}>
      {/* A native radio group: arrow keys move between statuses, screen readers say "1 of 5". */}
      <fieldset id={groupId} className="roll-call__choices" role="radiogroup" aria-labelledby={`${groupId}-name`}>
        <legend id={`${groupId}-name`} className="roll-call__name">
          <PersonName>{name}</PersonName>
        </legend>
        <div className="roll-call__options">
          {ATTENDANCE_STATUS_CODES.map((code) => (
            <label key={code} className={`roll-call__choice roll-call__choice--${code}`}>
              <input
                type="radio"
                name={groupId}
                value={code}
                checked={chosen === code}
                onChange={() => {
                  setTapped({ over: status, code });
                  onChoose(code as AttendanceStatus);
                }}
              />
              <span>{t(`modules.status.${code}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <RollCallHours key={`${rowId}-${status}-${hours ?? ''}`} name={name} hours={hours} statusGroupId={groupId} onSave={onSaveHours} />
    </li>
  );
}
