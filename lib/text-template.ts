// Interface strings that carry numbers, kept as plain strings so a server component can hand them to a client one.

/** "section {done} of {total}" with { done: 2, total: 5 }: "section 2 of 5". A name without a value stays as written. */
export const fillTemplate = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The singular or the plural form for a count, filled in: { one: "{count} minute", other: "{count} minutes" }. */
export const pluralTemplate = (forms: { one: string; other: string }, count: number) =>
  fillTemplate(count === 1 ? forms.one : forms.other, { count });
