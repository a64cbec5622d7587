// `npm run bench:load`: starts the production build with the offline tutor and
// sends 50 guests at once, each from its own test address (in the header the
// platform would set), each asking 5 questions back to back. Prints the errors,
// p50/p95 time to the first byte and to the full answer, messages saved against
// sent, and the server's memory (resident, its whole process group) before the
// run and after it has settled. Targets: no errors, every message saved, memory
// back within 20 % of where it started. BENCH_DATABASE_URL runs it on Postgres.
import { guestCookie, percentile, savedMessages, sleep } from "./bench-support.mjs";
import { processGroupRssMb, startProductionServer } from "./production-server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3410);
const GUESTS = 50;
const QUESTIONS = [
  "How does transient local durability help a late-joining subscriber?",
  "What is the difference between a service and an action in ROS 2?",
  "How do I bridge a Gazebo topic to ROS 2?",
  "What does domain randomization change during training?",
  "Where must the zero moment point stay for a stable stance?",
];
const ADDRESS_HEADER = "x-vercel-forwarded-for";
const RUN = Date.now().toString(36);

const { base, stop, server } = await startProductionServer({
  port: PORT,
  name: "bench-load",
  env: {
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
    OPENAI_API_KEY: "",
    TRUSTED_PROXY_HEADER: ADDRESS_HEADER,
    GUEST_MESSAGES_PER_HOUR: "1000",
  },
});

const serverMemoryMb = () => processGroupRssMb(server.pid);

const guest = (address) => guestCookie(base, { [ADDRESS_HEADER]: address });

async function ask(cookie, address, conversationId, text, id) {
  const started = performance.now();
  const response = await fetch(`${base}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, cookie, [ADDRESS_HEADER]: address },
    body: JSON.stringify({ ...(conversationId && { conversationId }), message: { id, text } }),
  });
  const firstByte = performance.now() - started;
  const raw = await response.text();
  if (!response.ok) throw new Error(`chat: HTTP ${response.status} ${raw}`);
  if (raw.includes('"type":"error"')) throw new Error("the stream reported an error");
  return { firstByte, full: performance.now() - started, conversationId: response.headers.get("x-conversation-id") };
}

// One guest first, so the routes are compiled by V8 before memory is measured.
{
  const cookie = await guest("10.8.255.1");
  const { conversationId } = await ask(cookie, "10.8.255.1", null, "Warm-up: what is ROS 2?", `warm-${RUN}-a`);
  await ask(cookie, "10.8.255.1", conversationId, "And what is a node?", `warm-${RUN}-b`);
}
await sleep(2000);
const memoryBefore = serverMemoryMb();

const firstBytes = [];
const fulls = [];
const errors = [];
const conversations = [];
const started = performance.now();
await Promise.all(
  Array.from({ length: GUESTS }, async (_, index) => {
    const address = `10.8.${index >> 8}.${(index & 255) + 1}`;
    try {
      const cookie = await guest(address);
      let conversationId = null;
      for (const [turn, question] of QUESTIONS.entries()) {
        const result = await ask(cookie, address, conversationId, question, `load-${RUN}-${index}-${turn}`);
        conversationId = result.conversationId;
        firstBytes.push(result.firstByte);
        fulls.push(result.full);
      }
      conversations.push({ cookie, conversationId });
    } catch (error) {
      errors.push(String(error));
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
const memoryPeak = serverMemoryMb();

const { saved } = await savedMessages(base, conversations);
// Time for the collector to give back what the run took.
await sleep(10_000);
const memoryAfter = serverMemoryMb();
stop();

const pct = percentile;
const sent = GUESTS * QUESTIONS.length * 2;
const memoryBack = memoryAfter <= memoryBefore * 1.2;
console.log(`\n${GUESTS} concurrent guests × ${QUESTIONS.length} questions in ${seconds.toFixed(1)} s (offline tutor, ${process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "PGlite"}), each from its own address`);
console.log(`errors: ${errors.length}${errors.length ? ` (${errors[0]})` : ""}`);
console.log(`time to first byte:  p50 ${pct(firstBytes, 50).toFixed(1)} ms   p95 ${pct(firstBytes, 95).toFixed(1)} ms`);
console.log(`time to full answer: p50 ${pct(fulls, 50).toFixed(1)} ms   p95 ${pct(fulls, 95).toFixed(1)} ms`);
console.log(`messages saved: ${saved} of ${sent} (${((saved / sent) * 100).toFixed(1)} %)`);
console.log(`server memory: ${memoryBefore.toFixed(0)} MB before, ${memoryPeak.toFixed(0)} MB at the end of the run, ${memoryAfter.toFixed(0)} MB 10 s later${memoryBack ? "" : " — NOT BACK within 20 %"}`);
const met = errors.length === 0 && saved === sent && memoryBack;
console.log(met ? "targets met" : "TARGETS MISSED");
process.exit(met ? 0 : 1);
