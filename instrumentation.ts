// Builds the tutor's local index when the server starts, so the first question
// does not wait for it (a few seconds for the whole book).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getRetriever } = await import("@/lib/rag");
  void getRetriever().catch((error: unknown) => console.error("Preparing the tutor's index failed:", error));
}
