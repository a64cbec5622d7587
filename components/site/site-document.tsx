import { ChatLauncher } from "@/components/chat/chat-launcher";
import { emailCanBeSent, env } from "@/lib/env";
import { DIRECTION, UI, type Lang } from "@/lib/i18n";
import { SiteHeader } from "./site-header";
import { themeInitScript } from "./theme-toggle";
import { VerifyEmailBanner } from "./verify-email-banner";

/**
 * The page around every route: <html> in the route's language and direction,
 * the header, the tutor's launcher and the footer. Each language has its own
 * root layout (app/(en), app/(ur)) that renders this with its fonts.
 */
export function SiteDocument({ lang, fontClassName, children }: { lang: Lang; fontClassName?: string; children: React.ReactNode }) {
  const text = UI[lang];
  return (
    // The theme script sets data-theme before hydration, hence suppressHydrationWarning.
    <html lang={lang} dir={DIRECTION[lang]} className={fontClassName} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- a root layout's own <head>, rendered by app/(en) and app/(ur) */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body className="flex min-h-dvh flex-col antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 btn-primary">
          {text.skipToContent}
        </a>
        <SiteHeader lang={lang} />
        <VerifyEmailBanner emailEnabled={emailCanBeSent(env())} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <ChatLauncher />
        <footer className="border-t border-border px-4 py-6 text-center text-xs text-muted">{text.footer}</footer>
      </body>
    </html>
  );
}
