import { Children, isValidElement, useId } from "react";
import { UI, type Lang } from "@/lib/i18n";

type TabProps = { label: string; children: React.ReactNode };

/** One panel of <Tabs>; rendered by its parent. */
export function Tab({ children }: TabProps) {
  return <>{children}</>;
}

/**
 * Tabs without JavaScript: a radio group per tab set, and CSS (`:has(:checked)`)
 * shows the chosen panel. Arrow keys move between radios natively.
 */
export function Tabs({ lang = "en", children }: { lang?: Lang; children: React.ReactNode }) {
  const name = useId();
  const tabs = Children.toArray(children).filter(isValidElement<TabProps>);
  return (
    <div className="tabs">
      <div className="tab-list" role="radiogroup" aria-label={UI[lang].chooseVersion}>
        {tabs.map((tab, index) => (
          <label key={index} className="tab-label">
            <input type="radio" name={name} defaultChecked={index === 0} className="sr-only" />
            {tab.props.label}
          </label>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div key={index} className="tab-panel">
          {tab.props.children}
        </div>
      ))}
    </div>
  );
}
