// Shared by playwright.config.ts and the specs.
export const PORT = Number(process.env.E2E_PORT ?? 3100);
// The test mail server (tests/support/mail-server.ts) takes the next two ports: SMTP for the app, an HTTP inbox for the specs.
export const SMTP_PORT = PORT + 1;
export const MAIL_INBOX_PORT = PORT + 2;
// ADMIN_EMAILS of the server under test: this address becomes an admin once it is confirmed.
export const E2E_ADMIN_EMAIL = "e2e-admin@example.com";
// personalise.spec.ts needs a language model: the OpenAI-compatible test server (tests/support/openai-compatible-server.ts)
// on the next port, and a second app server, with its own database, that uses it on the one after.
export const MODEL_PORT = PORT + 3;
export const HOSTED_PORT = PORT + 4;
