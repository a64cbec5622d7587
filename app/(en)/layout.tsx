import type { Metadata, Viewport } from "next";
import { SiteDocument } from "@/components/site/site-document";
import { SITE_NAME, siteUrl } from "@/lib/site-url";
import "../globals.css";
import "../print.css";

export const metadata: Metadata = {
  // Canonical URLs and Open Graph images are written relative; this makes them absolute.
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description:
    "An interactive textbook on Physical AI and humanoid robotics: ROS 2, simulation, NVIDIA Isaac, humanoid control and vision-language-action models, with an AI tutor.",
};

export const viewport: Viewport = { themeColor: "#070b08", width: "device-width", initialScale: 1 };

// The English site's root layout; the Urdu book (/ur) has its own, app/(ur)/layout.tsx.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteDocument lang="en">
      {children}
    </SiteDocument>
  );
}
