import type { CALLOUT_TYPES } from "@/lib/content/components";

type CalloutType = (typeof CALLOUT_TYPES)[number];

const DEFAULT_TITLES: Record<CalloutType, string> = { note: "Note", tip: "Tip", warning: "Warning", danger: "Danger" };
const ICONS: Record<CalloutType, string> = { note: "i", tip: "✓", warning: "!", danger: "✕" };

export function Callout({ type = "note", title, children }: { type?: CalloutType; title?: string; children: React.ReactNode }) {
  return (
    <aside className="callout" data-type={type} role="note" aria-label={title ?? DEFAULT_TITLES[type]}>
      <p className="callout-title">
        <span className="callout-icon" aria-hidden="true">
          {ICONS[type]}
        </span>
        {title ?? DEFAULT_TITLES[type]}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
