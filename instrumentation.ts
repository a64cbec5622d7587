// Builds the tutor's local index when the server starts, so the first question
// does not wait for it (a few seconds for the whole book). Not in development:
// there it would hold up the first page (the build blocks the server while it
// runs), and every save makes it stale anyway, so it is built on first use.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.NODE_ENV === "development") return;
  const { getRetriever } = await import("@/lib/rag");
  void getRetriever().catch((error: unknown) => console.error("Preparing the tutor's index failed:", error));
}
