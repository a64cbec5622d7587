// What the app says by email: short, plain, one link, a text and an HTML part.

export type EmailMessage = { to: string; subject: string; text: string; html: string; link: string };

const APP_NAME = "Physical AI & Humanoid Robotics";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function compose(to: string, subject: string, lead: string, action: string, link: string, footer: string): EmailMessage {
  const text = `${lead}\n\n${action}: ${link}\n\n${footer}\n\n— ${APP_NAME}\n`;
  const html =
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">` +
    `<p>${escapeHtml(lead)}</p>` +
    `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>` +
    `<p style="color:#555;font-size:14px">${escapeHtml(footer)}</p>` +
    `<p style="color:#555;font-size:14px">— ${escapeHtml(APP_NAME)}</p></body></html>`;
  return { to, subject: `${subject} · ${APP_NAME}`, text, html, link };
}

const hours = (seconds: number) => (seconds >= 7200 ? `${Math.round(seconds / 3600)} hours` : seconds >= 3600 ? "1 hour" : `${Math.round(seconds / 60)} minutes`);

export const verificationEmail = (to: string, link: string, expiresIn: number) =>
  compose(to, "Confirm your email", "Confirm that this is your email address.", "Confirm my email", link,
    `The link works for ${hours(expiresIn)}. If you did not create an account, ignore this message.`);

export const changeEmailEmail = (to: string, link: string, expiresIn: number) =>
  compose(to, "Confirm your new email", "Confirm this address as the new email of your account.", "Use this email", link,
    `The link works for ${hours(expiresIn)}. If you did not ask for this, ignore this message: nothing changes.`);

export const resetPasswordEmail = (to: string, link: string, expiresIn: number) =>
  compose(to, "Reset your password", "Someone (hopefully you) asked to reset the password of your account.", "Choose a new password", link,
    `The link works once, for ${hours(expiresIn)}. If you did not ask for it, ignore this message: your password stays as it is.`);

export const magicLinkEmail = (to: string, link: string, expiresIn: number) =>
  compose(to, "Your sign-in link", "Here is the link to sign in.", "Sign in", link,
    `The link works once, for ${hours(expiresIn)}. If you did not ask for it, ignore this message.`);
