import { UI } from "@/lib/i18n";

/** On a translation made from an older version of its English page (content:check lists these). */
export function StaleTranslationNotice({ englishHref }: { englishHref: string }) {
  const text = UI.ur;
  return (
    <p role="note" className="stale-notice" data-stale-translation>
      {text.staleNotice}{" "}
      <a href={englishHref} hrefLang="en" className="link">
        {text.readCurrentEnglish}
      </a>
    </p>
  );
}
