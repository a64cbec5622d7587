import { expect } from "@playwright/test";
import type { ReceivedMail } from "../support/mail-server";
import { MAIL_INBOX_PORT } from "./ports";

/** Waits for the `index`-th message (0 = first) the app sent to `to`, and returns it. */
export async function receivedMail(to: string, index = 0): Promise<ReceivedMail> {
  let mail: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`http://127.0.0.1:${MAIL_INBOX_PORT}/messages?to=${encodeURIComponent(to)}`);
        mail = ((await response.json()) as ReceivedMail[])[index];
        return Boolean(mail);
      },
      { message: `message #${index + 1} to ${to}`, timeout: 15_000 },
    )
    .toBe(true);
  return mail!;
}

/** The app's link in a message: the first one. */
export const linkIn = (mail: ReceivedMail) => mail.links[0]!;
