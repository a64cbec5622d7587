import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SocialButtons } from "@/components/auth/social-buttons";

describe("social sign-in buttons", () => {
  it("renders nothing when no provider is configured", () => {
    expect(renderToStaticMarkup(<SocialButtons providers={{ github: false, google: false }} next="/" />)).toBe("");
  });

  it("renders only the configured providers", () => {
    const html = renderToStaticMarkup(<SocialButtons providers={{ github: true, google: false }} next="/" />);
    expect(html).toContain("Continue with GitHub");
    expect(html).not.toContain("Google");
  });
});
