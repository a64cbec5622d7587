import { STARTER_KIT_FOLDER, starterKitZip } from "@/lib/content/starter-kit";

// Built once at `next build` from content/capstone/starter-kit/ and served as a static file.
export const dynamic = "force-static";

export function GET() {
  return new Response(Buffer.from(starterKitZip()), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${STARTER_KIT_FOLDER}.zip"`,
    },
  });
}
