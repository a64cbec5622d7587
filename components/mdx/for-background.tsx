import { CONDITION_LABELS, type BackgroundHas, type BackgroundLevel } from "@/lib/background/match";

/**
 * A block for readers with a given setup. Rendered collapsed for everyone (the
 * neutral default for signed-out readers); BackgroundBlocks then opens it for
 * readers whose answers match and hides it from those whose answers don't.
 */
export function ForBackground({
  has,
  level,
  children,
}: {
  has?: BackgroundHas;
  level?: BackgroundLevel;
  children: React.ReactNode;
}) {
  const condition = has ? `has:${has}` : `level:${level}`;
  const label = CONDITION_LABELS[(has ?? level)!];
  return (
    <details className="for-background" data-for-background={condition}>
      <summary>
        {label}
        <span className="for-background-match"> · matches your setup</span>
      </summary>
      <div className="for-background-body">{children}</div>
    </details>
  );
}
