import "server-only";
import nodemailer from "nodemailer";
import { emailSender, type Env } from "../env";
import type { EmailMessage } from "./messages";
import { storeInOutbox } from "./outbox";

export type SendEmail = (message: EmailMessage) => Promise<void>;

export class EmailError extends Error {
  name = "EmailError";
}

/** Resend's HTTP API (https://resend.com/docs/api-reference/emails/send-email). */
function resendSender(e: Env): SendEmail {
  return async (message) => {
    const response = await fetch(new URL("/emails", e.RESEND_API_URL), {
      method: "POST",
      headers: { Authorization: `Bearer ${e.RESEND_API_KEY}`, "Content-Type": "application/json" },
      body: JSON.stringify({ from: e.EMAIL_FROM, to: [message.to], subject: message.subject, text: message.text, html: message.html }),
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) {
      // Resend's error body names the problem (an unverified domain, a bad key) and never echoes the key.
      throw new EmailError(`Resend refused the message (HTTP ${response.status}): ${(await response.text()).slice(0, 300)}`);
    }
  };
}

function smtpSender(e: Env): SendEmail {
  const transport = nodemailer.createTransport(e.SMTP_URL!);
  return async (message) => {
    await transport.sendMail({ from: e.EMAIL_FROM, to: message.to, subject: message.subject, text: message.text, html: message.html });
  };
}

/** The one way the app sends email: SMTP_URL, else RESEND_API_KEY, else the local outbox. */
export function createEmailSender(e: Env): SendEmail {
  switch (emailSender(e)) {
    case "smtp":
      return smtpSender(e);
    case "resend":
      return resendSender(e);
    default:
      return (message) => storeInOutbox(e.DATA_DIR, message);
  }
}
