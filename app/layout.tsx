import type { Metadata, Viewport } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { ChatLauncher } from "@/components/chat/chat-launcher";
import { SiteHeader } from "@/components/site/site-header";
import { themeInitScript } from "@/components/site/theme-toggle";
import { VerifyEmailBanner } from "@/components/site/verify-email-banner";
import { emailCanBeSent, env } from "@/lib/env";
import { SITE_NAME, siteUrl } from "@/lib/site-url";
import "./globals.css";
import "./print.css";

export const metadata: Metadata = {
  // Canonical URLs and Open Graph images are written relative; this makes them absolute.
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description:
    "An interactive textbook on Physical AI and humanoid robotics: ROS 2, simulation, NVIDIA Isaac, humanoid control and vision-language-action models, with an AI tutor.",
};

export const viewport: Viewport = { themeColor: "#070b08", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script sets data-theme before hydration, hence suppressHydrationWarning.
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body className="flex min-h-dvh flex-col antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 btn-primary">
          Skip to content
        </a>
        <SiteHeader />
        <VerifyEmailBanner emailEnabled={emailCanBeSent(env())} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <ChatLauncher />
        <footer className="border-t border-border px-4 py-6 text-center text-xs text-muted">
          Physical AI &amp; Humanoid Robotics — an open, interactive textbook.
        </footer>
      </body>
    </html>
  );
}
