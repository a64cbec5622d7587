/** A sentence for the panel from a failed chat request (the server answers JSON errors). */
export function describeChatError(error: Error | undefined): { message: string; retryable: boolean } | null {
  if (!error) return null;
  if (error instanceof TypeError || /failed to fetch|network/i.test(error.message)) {
    return { message: "You appear to be offline. Check your connection and try again.", retryable: true };
  }
  try {
    const body = JSON.parse(error.message) as { error?: string; retryAfter?: number };
    if (body.error) return { message: body.error, retryable: body.retryAfter === undefined };
  } catch {
    // Not JSON: a stream that broke mid-answer, already explained in the message itself.
  }
  return { message: error.message || "The tutor is unavailable right now. Try again in a moment.", retryable: true };
}
