// `npm run eval:answers`: asks the tutor every case of tests/eval/answers.json
// through POST /api/chat, exactly as the panel does (a guest session, the
// message id, the open chapter, a quoted selection, follow-ups in the same
// conversation), and prints the share of complete answers per kind and
// overall. A case is complete when the answer cites the book and contains, for
// every group of its expected terms, at least one of them; a refusal case when
// the answer refuses and cites nothing.
//
//   node scripts/eval-answers.mjs [--base http://localhost:3000] [--no-build] [--floor 0.85] [--verbose] [--only <id-prefix>]
//
// Without --base it builds and serves the production app (offline tutor, its
// own database). Exits 1 when the overall share is below --floor.
import fs from "node:fs";
import { startProductionServer } from "./production-server.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const FLOOR = Number(option("--floor", "0"));
const VERBOSE = args.includes("--verbose");
const ONLY = option("--only", "");
const TARGETS = { overall: 0.9, "follow-up": 0.9, refusal: 1, "selection-unanswerable": 1 };

const { cases } = JSON.parse(fs.readFileSync("tests/eval/answers.json", "utf8"));
const selected = cases.filter((c) => c.id.startsWith(ONLY));

let base = option("--base", "");
let stop = () => {};
if (!base) {
  ({ base, stop } = await startProductionServer({
    port: Number(process.env.EVAL_PORT ?? 3500),
    name: "eval-answers",
    // Unset, not empty: the AI SDK refuses an empty OPENAI_BASE_URL when it loads.
    env: { OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, GUEST_MESSAGES_PER_HOUR: "10000", CHAT_MESSAGES_PER_HOUR: "10000" },
  }));
}

async function guest() {
  const response = await fetch(`${base}/api/auth/sign-in/anonymous`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: "{}",
  });
  if (!response.ok) throw new Error(`guest sign-in: HTTP ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** One question through the chat route; the answer as the panel shows it once it ends. */
async function ask(cookie, { conversationId, text, selection, chapter }) {
  const response = await fetch(`${base}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, cookie },
    body: JSON.stringify({
      ...(conversationId && { conversationId }),
      message: { id: crypto.randomUUID(), text },
      ...(selection && { selection }),
      ...(chapter && { chapter }),
    }),
  });
  if (!response.ok) throw new Error(`chat: HTTP ${response.status} ${await response.text()}`);
  let answer = "";
  let metadata = {};
  for (const line of (await response.text()).split("\n")) {
    if (!line.startsWith("data: ") || line === "data: [DONE]") continue;
    const chunk = JSON.parse(line.slice(6));
    if (chunk.type === "text-delta") answer += chunk.delta;
    if (chunk.messageMetadata) metadata = { ...metadata, ...chunk.messageMetadata };
  }
  const mapping = metadata.citations ?? {};
  answer = answer.replace(/\[(\d{1,2})\](?!\()/g, (marker, n) => (mapping[n] ? `[${mapping[n]}]` : marker));
  return { answer, sources: metadata.sources ?? [], conversationId: response.headers.get("x-conversation-id") };
}

const REFUSALS = {
  "off-topic": /outside this course|does not cover this|stay with it/i,
  injection: /stay with it|outside this course/i,
  selection: /selected text does not answer/i,
};

/** Whether an answer is complete for its turn, and why not. */
function judge(turn, { answer, sources }) {
  if (turn.refuse) {
    if (!REFUSALS[turn.refuse].test(answer)) return "did not refuse";
    if (turn.refuse !== "selection" && sources.length > 0) return "refused but attached passages";
    return null;
  }
  if (sources.length === 0) return "cites nothing";
  const lower = answer.toLowerCase();
  const missing = turn.expect.filter((group) => !group.some((term) => lower.includes(term.toLowerCase())));
  return missing.length ? `missing ${missing.map((group) => group.join(" / ")).join("; ")}` : null;
}

const results = [];
const cookie = await guest();
const started = performance.now();
for (const c of selected) {
  const turns = c.turns ?? [c];
  let conversationId = null;
  let failure = null;
  let failedTurn = 0;
  const answers = [];
  for (const turn of turns) {
    const reply = await ask(cookie, { conversationId, text: turn.question, selection: c.selection, chapter: c.chapter });
    conversationId = reply.conversationId;
    answers.push(reply.answer);
    // A follow-up counts only when both turns are complete.
    if (!failure) {
      failure = judge({ ...turn, refuse: turn.refuse ?? c.refuse }, reply);
      failedTurn = answers.length - 1;
    }
  }
  results.push({ c, failure, answers });
  if (VERBOSE && failure) {
    const asked = turns.map((t, i) => (i === failedTurn ? `[${t.question}]` : t.question)).join(" → ");
    console.log(`✗ ${c.id} (${c.kind}): ${failure}\n  Q: ${asked}\n  A: ${answers[failedTurn].replace(/\n+/g, " ¶ ").slice(0, 600)}\n`);
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
stop();

const kinds = [...new Set(results.map((r) => r.c.kind))];
const share = (list) => list.filter((r) => !r.failure).length / Math.max(1, list.length);
const overall = share(results);
console.log(`\n${results.length} cases in ${seconds}s against ${base}`);
for (const kind of kinds) {
  const list = results.filter((r) => r.c.kind === kind);
  const target = TARGETS[kind];
  console.log(
    `  ${kind.padEnd(24)} ${(100 * share(list)).toFixed(0).padStart(3)} %  (${list.filter((r) => !r.failure).length}/${list.length})` +
      (target ? `  target ≥ ${100 * target} %${share(list) >= target ? "" : "  ← missed"}` : ""),
  );
}
console.log(`  ${"overall".padEnd(24)} ${(100 * overall).toFixed(1).padStart(5)} %  target ≥ ${100 * TARGETS.overall} %${overall >= TARGETS.overall ? "" : "  ← missed"}`);
if (!VERBOSE) {
  const failed = results.filter((r) => r.failure);
  if (failed.length) console.log(`Incomplete: ${failed.map((r) => r.c.id).join(", ")} (--verbose shows why)`);
}
if (overall < FLOOR) {
  console.error(`Below the floor of ${100 * FLOOR} %.`);
  process.exit(1);
}
