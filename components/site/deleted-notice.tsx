"use client";

import { useSearchParams } from "next/navigation";

/** Confirms an account deletion on the (static) home page it redirects to. */
export function DeletedNotice() {
  if (useSearchParams().get("deleted") !== "1") return null;
  return (
    <p role="status" className="card mb-8 text-sm">
      Your account and all its data have been deleted.
    </p>
  );
}
