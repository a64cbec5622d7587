import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { SiteDocument } from "@/components/site/site-document";
import { UI } from "@/lib/i18n";
import { siteUrl } from "@/lib/site-url";
import "../globals.css";
import "../print.css";

// Noto Nastaliq Urdu from its npm package, served by the app: only the Arabic-script file (the
// Latin words of the text keep the system face). Only Urdu pages use the family (the class below sets its
// variable), so only they download it. Not preloaded: the build merges the layouts' stylesheets,
// and a preload would then be put on every English page too.
const nastaliq = localFont({
  preload: false,
  src: "../../node_modules/@fontsource-variable/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-wght-normal.woff2",
  variable: "--font-nastaliq",
  weight: "400 700",
  display: "swap",
  declarations: [{ prop: "unicode-range", value: "U+0600-06FF, U+0750-077F, U+200C-200E, U+2010-2011, U+FB50-FDFF, U+FE70-FEFC" }],
});

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: UI.ur.siteName, template: `%s · ${UI.ur.siteName}` },
  description: "Physical AI اور humanoid robotics پر ایک انٹرایکٹو درسی کتاب، اردو میں: ROS 2، simulation، NVIDIA Isaac، humanoid control اور vision-language-action models۔",
};

export const viewport: Viewport = { themeColor: "#070b08", width: "device-width", initialScale: 1 };

// The Urdu book's root layout: <html lang="ur" dir="rtl"> and the Nastaliq font.
export default function UrduLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteDocument lang="ur" fontClassName={nastaliq.variable}>
      {children}
    </SiteDocument>
  );
}
