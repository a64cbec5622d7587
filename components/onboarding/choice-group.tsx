import type { Question } from "./questions";

type Props = {
  question: Question;
  value: string | string[] | undefined;
  error?: string;
  onChange: (value: string | string[]) => void;
};

/** Native radios/checkboxes styled as pills, so arrow keys and space work as users expect. */
export function ChoiceGroup({ question, value, error, onChange }: Props) {
  const selected = Array.isArray(value) ? value : value ? [value] : [];
  const errorId = `${question.name}-error`;
  return (
    <fieldset className="space-y-2" aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-2 text-sm font-medium">{question.label}</legend>
      <div className="flex flex-wrap gap-2">
        {question.choices.map((choice) => {
          const checked = selected.includes(choice.value);
          // A chosen option keeps the body text colour (accent on an accent tint was 4.4:1 in light); the tint and a double accent border mark it.
          return (
            <label
              key={choice.value}
              className={`cursor-pointer rounded-full border px-3 py-1.5 text-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent ${
                checked ? "border-accent bg-accent/10 font-medium text-fg shadow-[inset_0_0_0_1px_var(--accent)]" : "border-border text-fg hover:border-accent/70"
              }`}
            >
              <input
                className="sr-only"
                type={question.kind === "single" ? "radio" : "checkbox"}
                name={question.name}
                value={choice.value}
                checked={checked}
                onChange={(event) => {
                  if (question.kind === "single") onChange(choice.value);
                  else
                    onChange(
                      event.target.checked
                        ? [...selected, choice.value]
                        : selected.filter((item) => item !== choice.value),
                    );
                }}
              />
              {choice.label}
            </label>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
