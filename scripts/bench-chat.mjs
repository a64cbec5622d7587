// `npm run bench:chat`: starts the production build with the offline tutor and
// runs 20 concurrent conversations of 5 questions each against it. Each
// conversation is a new guest, arriving 50 ms after the previous one
// (BENCH_ARRIVAL_MS), who signs in anonymously and asks the next question 1 s
// after an answer ends (BENCH_PAUSE_MS; a reader takes far longer). Prints p50/p95 of time to the first streamed token and of the
// server's time before the model is called (auth + history + retrieval + write,
// from the Server-Timing header), first questions and follow-ups apart, the
// errors, and whether every message was saved.
import { startOpenAICompatibleServer } from "../tests/support/openai-compatible-server.ts";
import { guestCookie, percentile, savedMessages, sleep } from "./bench-support.mjs";
import { processGroupCpuMs, startProductionServer } from "./production-server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const CONVERSATIONS = 20;
const ARRIVAL_MS = Number(process.env.BENCH_ARRIVAL_MS ?? 50);
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 1000);
const RUN = Date.now().toString(36);
const QUESTIONS = [
  "How does transient local durability help a late-joining subscriber?",
  "What is the difference between a service and an action in ROS 2?",
  "How do I bridge a Gazebo topic to ROS 2?",
  "What does domain randomization change during training?",
  "Where must the zero moment point stay for a stable stance?",
];

const { base: BASE, stop } = await startProductionServer({
  port: PORT,
  name: "bench-chat",
  env: {
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
    OPENAI_API_KEY: "",
    // Each guest arrives from its own test address, as a proxy in front would say.
    TRUSTED_PROXY_HEADER: "x-forwarded-for",
    CHAT_MESSAGES_PER_HOUR: "1000",
    GUEST_MESSAGES_PER_HOUR: "1000",
  },
});

const guest = (index, base = BASE) => guestCookie(base, { "x-forwarded-for": `10.9.0.${index + 1}` });

async function askOnce(cookie, conversationId, text, id, base = BASE) {
  const started = performance.now();
  const response = await fetch(`${base}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, cookie },
    body: JSON.stringify({ ...(conversationId && { conversationId }), message: { id, text } }),
  });
  if (!response.ok) throw new Error(`chat: HTTP ${response.status} ${await response.text()}`);
  const timing = response.headers.get("server-timing") ?? "";
  const metric = (name) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(timing)?.[1] ?? NaN);
  const preModel = metric("pre-model");
  const retrieval = metric("retrieval");
  const auth = metric("auth");
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let raw = "";
  let firstToken = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    raw += decoder.decode(value, { stream: true });
    if (firstToken === null && raw.includes('"type":"text-delta"')) firstToken = performance.now() - started;
  }
  if (raw.includes('"type":"error"')) throw new Error("the stream reported an error");
  return { firstToken, preModel, retrieval, auth, conversationId: response.headers.get("x-conversation-id") };
}

// A few guests first, so sign-in, the first question and a follow-up have all
// been compiled by V8 before the clock starts.
for (let index = 200; index < 205; index++) {
  const cookie = await guest(index);
  const { conversationId } = await askOnce(cookie, null, "Warm-up: what is ROS 2?", `warmup-${RUN}-${index}-a`);
  await askOnce(cookie, conversationId, "And what is a node?", `warmup-${RUN}-${index}-b`);
}

const ttft = [];
const preModel = [];
const firstPreModel = [];
const followUpPreModel = [];
const retrievalMs = [];
const authMs = [];
const errors = [];
const conversations = [];
const started = performance.now();
await Promise.all(
  Array.from({ length: CONVERSATIONS }, async (_, index) => {
    try {
      await sleep(index * ARRIVAL_MS);
      const cookie = await guest(index);
      let conversationId = null;
      for (const [turn, question] of QUESTIONS.entries()) {
        if (turn > 0) await sleep(PAUSE_MS);
        const result = await askOnce(cookie, conversationId, question, `bench-${RUN}-${index}-${turn}`);
        conversationId = result.conversationId;
        ttft.push(result.firstToken);
        preModel.push(result.preModel);
        (turn === 0 ? firstPreModel : followUpPreModel).push(result.preModel);
        retrievalMs.push(result.retrieval);
        authMs.push(result.auth);
      }
      conversations.push({ cookie, conversationId });
    } catch (error) {
      errors.push(String(error));
    }
  }),
);
const seconds = (performance.now() - started) / 1000;

const { saved, interrupted } = await savedMessages(BASE, conversations);
const pct = percentile;
const expected = CONVERSATIONS * QUESTIONS.length * 2;
console.log(
  `\n${CONVERSATIONS} concurrent conversations × ${QUESTIONS.length} questions in ${seconds.toFixed(1)} s, a new guest every ${ARRIVAL_MS} ms, ${PAUSE_MS} ms between an answer and the next question (offline tutor, PGlite, local retriever)`,
);
console.log(`time to first token:      p50 ${pct(ttft, 50).toFixed(1)} ms   p95 ${pct(ttft, 95).toFixed(1)} ms`);
console.log(`server time before model: p50 ${pct(preModel, 50).toFixed(1)} ms   p95 ${pct(preModel, 95).toFixed(1)} ms   (targets ≤ 30 / ≤ 100 ms)`);
console.log(`  first questions:         p50 ${pct(firstPreModel, 50).toFixed(1)} ms   p95 ${pct(firstPreModel, 95).toFixed(1)} ms   (a new guest's session is verified)`);
console.log(`  follow-ups:              p50 ${pct(followUpPreModel, 50).toFixed(1)} ms   p95 ${pct(followUpPreModel, 95).toFixed(1)} ms`);
console.log(`  of which auth:           p50 ${pct(authMs, 50).toFixed(1)} ms   p95 ${pct(authMs, 95).toFixed(1)} ms`);
console.log(`  of which retrieval:      p50 ${pct(retrievalMs, 50).toFixed(1)} ms   p95 ${pct(retrievalMs, 95).toFixed(1)} ms`);
console.log(`errors: ${errors.length}${errors.length ? ` (${errors[0]})` : ""}`);
console.log(`messages saved: ${saved} of ${expected} (${interrupted} interrupted) — ${saved === expected && interrupted === 0 ? "none lost" : "LOST MESSAGES"}`);
const targetsMet = pct(preModel, 50) <= 30 && pct(preModel, 95) <= 100;
console.log(targetsMet ? "server-time targets met" : "SERVER-TIME TARGETS MISSED");
stop();

// A hosted model streams a token per chunk: what one answer of 300 tokens costs
// the server in CPU, against the OpenAI-compatible test double.
const model = await startOpenAICompatibleServer();
const hosted = await startProductionServer({
  port: PORT + 1,
  name: "bench-chat-hosted",
  reuseBuild: true,
  env: { OPENAI_BASE_URL: model.url, OPENAI_API_KEY: "test", OPENAI_MODEL: "bench", TRUSTED_PROXY_HEADER: "x-forwarded-for", CHAT_MESSAGES_PER_HOUR: "1000", GUEST_MESSAGES_PER_HOUR: "1000" },
});
const HOSTED_ANSWERS = 100;
{
  const hostedBase = hosted.base;
  const cookie = await guest(300, hostedBase);
  await askOnce(cookie, null, "LONG warm-up about durability", `hosted-${RUN}-warm`, hostedBase);
  const before = processGroupCpuMs(hosted.server.pid);
  for (let i = 0; i < HOSTED_ANSWERS; i++) await askOnce(cookie, null, "LONG answer about QoS durability", `hosted-${RUN}-${i}`, hostedBase);
  const perAnswer = (processGroupCpuMs(hosted.server.pid) - before) / HOSTED_ANSWERS;
  console.log(`hosted model (300 one-token chunks an answer): server CPU ${perAnswer.toFixed(1)} ms per answer over ${HOSTED_ANSWERS} answers`);
}
hosted.stop();
await model.close();
process.exit(errors.length === 0 && saved === expected && targetsMet ? 0 : 1);
