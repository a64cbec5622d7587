type AuthFailure = { status?: number; code?: string; message?: string };

/** Turns a Better-Auth error into a sentence for the form; `retryAfter` comes from the 429 response. */
export function describeAuthError(error: AuthFailure, retryAfter?: string | null): string {
  if (error.status === 429) {
    const seconds = Number(retryAfter);
    return Number.isFinite(seconds) && seconds > 0
      ? `Too many attempts. Please wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`
      : "Too many attempts. Please wait a minute and try again.";
  }
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return "Wrong email or password.";
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return "This email is already registered. Sign in instead, or use another email.";
    case "PASSWORD_TOO_SHORT":
      return "The password must be at least 8 characters.";
    case "INVALID_EMAIL":
      return "Enter a valid email address.";
    case "EMAIL_NOT_VERIFIED":
      return "Confirm your email address first: we have sent you a new link.";
    case "INVALID_TOKEN":
      return "This link has expired or was already used. Ask for a new one.";
    case "BANNED_USER":
      return "This account has been suspended. Contact the course staff if you think this is a mistake.";
  }
  if (!error.status) return "Could not reach the server. Check your connection and try again.";
  return error.message || "Something went wrong. Please try again.";
}
