import { env } from "@/lib/env";

/**
 * "Edit this page" target, e.g. CONTENT_EDIT_URL=https://github.com/org/textbook/edit/main
 * gives https://github.com/org/textbook/edit/main/content/ros2/tf2-and-rviz.mdx. Unset → no link.
 */
export function editUrlFor(file: string, base = env().CONTENT_EDIT_URL): string | null {
  if (!base) return null;
  return `${base.replace(/\/+$/, "")}/${file.split("\\").join("/")}`;
}
