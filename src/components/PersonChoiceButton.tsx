// A person offered in a picker (enrolment, SPOC participants): the action with the name, and on a
// second line what tells people of the same name apart (birth year, commune, site), both in the
// button's accessible name.
export function PersonChoiceButton({ label, details, onClick }: { label: string; details: string; onClick: () => void }) {
  return (
    <button type="button" className="button button--large person-choice" aria-label={details ? `${label} (${details})` : label} onClick={onClick}>
      <span className="person-choice__name">{label}</span>
      {details ? <span className="person-choice__details">{details}</span> : null}
    </button>
  );
}
