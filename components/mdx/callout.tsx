import type { CALLOUT_TYPES } from "@/lib/content/components";
import { UI, type Lang } from "@/lib/i18n";

type CalloutType = (typeof CALLOUT_TYPES)[number];
const ICONS: Record<CalloutType, string> = { note: "i", tip: "✓", warning: "!", danger: "✕" };

export function Callout({ type = "note", title, lang = "en", children }: { type?: CalloutType; title?: string; lang?: Lang; children: React.ReactNode }) {
  const DEFAULT_TITLES = UI[lang].callout;
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
