import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { withNext } from "@/lib/redirect";

// A cheap cookie check that only redirects early; each page still verifies
// the session itself before showing anything private.
export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  return NextResponse.redirect(new URL(withNext("/sign-in", pathname + search), request.url));
}

export const config = { matcher: ["/account/:path*", "/onboarding/:path*"] };
