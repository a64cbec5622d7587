import type { Metadata } from "next";
import { SiteDocument } from "@/components/site/site-document";
import { SITE_NAME } from "@/lib/site-url";
import NotFound from "./(en)/not-found";
import "./globals.css";

// The site has a root layout per language (app/(en), app/(ur)), so a URL that matches no route has none:
// Next renders this page for it, the English 404 in the English site's frame.
// Without a layout there is no title template: the title is written out.
export const metadata: Metadata = { title: `Not found · ${SITE_NAME}` };

export default function GlobalNotFound() {
  return (
    <SiteDocument lang="en">
      <NotFound />
    </SiteDocument>
  );
}
