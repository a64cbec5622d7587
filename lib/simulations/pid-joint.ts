// The joint and the PID of the control chapter (content/humanoid/humanoid-control.mdx: pid_joint.py),
// for the live step response: the same plant, controller and metrics as the book's Python.

export const I_JOINT = 0.5;
const B_VISC = 1.0;
const TAU_COUL = 1.0;
const M_GL = 3.0 * 9.81 * 0.25;
export const TAU_MAX = 20.0;
const ENC_RES = (2 * Math.PI) / 2 ** 14;
export const DT = 0.001;
const SUBSTEPS = 10;

export type PidGains = { kp: number; ki: number; kd: number; dCutoffHz?: number | null; antiWindup?: boolean };

function plantStep(q: number, qd: number, tau: number): [number, number] {
  const h = DT / SUBSTEPS;
  for (let i = 0; i < SUBSTEPS; i++) {
    const friction = B_VISC * qd + TAU_COUL * Math.tanh(qd / 0.01);
    const qdd = (tau - friction - M_GL * Math.sin(q)) / I_JOINT;
    qd += qdd * h;
    q += qd * h;
  }
  return [q, qd];
}

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function makePid({ kp, ki, kd, dCutoffHz = 50, antiWindup = true }: PidGains) {
  const tf = dCutoffHz ? 1 / (2 * Math.PI * dCutoffHz) : 0;
  const alpha = DT / (DT + tf);
  let iTerm = 0;
  let dFilt = 0;
  let prevMeas: number | null = null;
  return (ref: number, meas: number) => {
    const e = ref - meas;
    if (prevMeas === null) prevMeas = meas;
    const dRaw = -(meas - prevMeas) / DT;
    prevMeas = meas;
    dFilt += alpha * (dRaw - dFilt);
    const uUnsat = kp * e + iTerm + kd * dFilt;
    const u = Math.min(TAU_MAX, Math.max(-TAU_MAX, uUnsat));
    const saturated = u !== uUnsat;
    if (!(antiWindup && saturated && Math.sign(e) === Math.sign(uUnsat))) iTerm += ki * e * DT;
    return u;
  };
}

/** The joint's angle and torque at each 1 kHz tick of a step from 0 to qRef. */
export function stepResponse(gains: PidGains, qRef = 1.0, tEnd = 4.0): { q: Float64Array; tau: Float64Array } {
  const pid = makePid(gains);
  const n = Math.round(tEnd / DT);
  const qs = new Float64Array(n);
  const taus = new Float64Array(n);
  let q = 0;
  let qd = 0;
  for (let k = 0; k < n; k++) {
    const qMeas = roundHalfEven(q / ENC_RES) * ENC_RES;
    const tau = pid(qRef, qMeas);
    [q, qd] = plantStep(q, qd, tau);
    qs[k] = q;
    taus[k] = tau;
  }
  return { q: qs, tau: taus };
}

const mean = (values: ArrayLike<number>) => Array.from(values).reduce((sum, v) => sum + v, 0) / values.length;

/** Rise time 10–90 %, overshoot (%), steady error and torque jitter, as pid_joint.py's step_metrics. */
export function stepMetrics({ q, tau }: { q: Float64Array; tau: Float64Array }, qRef = 1.0) {
  const qFinal = mean(q.subarray(q.length - 200));
  const firstAbove = (level: number) => q.findIndex((value) => value >= level) * DT;
  const rise = firstAbove(0.9 * qFinal) - firstAbove(0.1 * qFinal);
  const peak = q.reduce((max, value) => Math.max(max, value), -Infinity);
  const overshoot = Math.max(0, ((peak - qFinal) / qFinal) * 100);
  const last = tau.subarray(tau.length - 500);
  const steps = Array.from(last.subarray(1), (value, i) => value - last[i]!);
  const m = mean(steps);
  const jitter = Math.sqrt(mean(steps.map((d) => (d - m) ** 2)));
  return { rise, overshoot, steadyError: qRef - qFinal, jitter };
}
