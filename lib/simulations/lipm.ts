// The linear inverted pendulum walker of the balance chapter (content/humanoid/bipedal-locomotion-balance.mdx:
// lipm_walk.py and lipm_stepping.py), for the live walker: the same DCM plan, feedback and push.

type Vec = [number, number];

const G = 9.81;
export const Z_C = 0.8;
export const OMEGA = Math.sqrt(G / Z_C);
export const T_STEP = 0.6;
const T_REST = 1.5;
export const DT = 0.001;
const N_STEPS = 8;
export const FOOT_HALF: Vec = [0.1, 0.05];
const K_DCM = 3.0;
export const PUSH_TIME = 2.0;

export function makeFootsteps(n = N_STEPS, length = 0.25, width = 0.2): { feet: Vec[]; stand: Vec } {
  const feet = Array.from({ length: n }, (_, k): Vec => [k * length, 0.5 * width * (-1) ** (k + 1)]);
  const stand: Vec = [0.5 * (feet[n - 1]![0] + feet[n - 2]![0]), 0.5 * (feet[n - 1]![1] + feet[n - 2]![1])];
  return { feet, stand };
}

/** Backward recursion: the DCM at the start of each step, ending at rest over `stand`. */
export function planDcm(feet: Vec[], stand: Vec): Vec[] {
  const xiIni: Vec[] = feet.map(() => [0, 0]);
  let xiEnd = stand;
  const decay = Math.exp(-OMEGA * T_STEP);
  for (let k = feet.length - 1; k >= 0; k--) {
    const p = feet[k]!;
    xiIni[k] = [p[0] + decay * (xiEnd[0] - p[0]), p[1] + decay * (xiEnd[1] - p[1])];
    xiEnd = xiIni[k]!;
  }
  return xiIni;
}

function reference(t: number, feet: Vec[], stand: Vec, xiIni: Vec[]) {
  const k = Math.floor(t / T_STEP);
  if (k >= feet.length) {
    const a = feet[feet.length - 1]!;
    const b = feet[feet.length - 2]!;
    return {
      xi: stand,
      xiDot: [0, 0] as Vec,
      lo: [Math.min(a[0], b[0]) - FOOT_HALF[0], Math.min(a[1], b[1]) - FOOT_HALF[1]] as Vec,
      hi: [Math.max(a[0], b[0]) + FOOT_HALF[0], Math.max(a[1], b[1]) + FOOT_HALF[1]] as Vec,
    };
  }
  const p = feet[k]!;
  const grow = Math.exp(OMEGA * (t - k * T_STEP));
  const xi: Vec = [p[0] + grow * (xiIni[k]![0] - p[0]), p[1] + grow * (xiIni[k]![1] - p[1])];
  return {
    xi,
    xiDot: [OMEGA * (xi[0] - p[0]), OMEGA * (xi[1] - p[1])] as Vec,
    lo: [p[0] - FOOT_HALF[0], p[1] - FOOT_HALF[1]] as Vec,
    hi: [p[0] + FOOT_HALF[0], p[1] + FOOT_HALF[1]] as Vec,
  };
}

export type WalkSample = { t: number; com: Vec; zmp: Vec; xi: Vec; xiRef: Vec; step: number };
export type Walk = { samples: WalkSample[]; feet: Vec[]; stand: Vec; recovered: boolean; maxError: number };

/**
 * Eight steps with a shove of `push` (m/s) at 2 s. With `stepping`, each touchdown moves the
 * foothold, the later ones and the goal by the DCM error (lipm_stepping.py); without, the footholds
 * stay where they were planned (lipm_walk.py).
 */
export function simulateWalk(push: Vec, stepping = false): Walk {
  const planned = makeFootsteps();
  const feet = planned.feet.map((p): Vec => [p[0], p[1]]);
  let stand = planned.stand;
  let xiIni = planDcm(feet, stand);
  let x: Vec = [xiIni[0]![0], xiIni[0]![1]];
  let xd: Vec = [0, 0];
  let currentStep = 0;
  const samples: WalkSample[] = [];
  let maxError = 0;
  let error = 0;
  const ticks = Math.floor((N_STEPS * T_STEP + T_REST) / DT);
  for (let i = 0; i < ticks; i++) {
    const t = i * DT;
    if (Math.abs(t - PUSH_TIME) < DT / 2) xd = [xd[0] + push[0], xd[1] + push[1]];
    const xi: Vec = [x[0] + xd[0] / OMEGA, x[1] + xd[1] / OMEGA];
    const k = Math.floor(t / T_STEP);
    if (stepping && k !== currentStep && k < N_STEPS) {
      currentStep = k;
      const e: Vec = [xi[0] - xiIni[k]![0], xi[1] - xiIni[k]![1]];
      for (let j = k; j < feet.length; j++) feet[j] = [feet[j]![0] + e[0], feet[j]![1] + e[1]];
      stand = [stand[0] + e[0], stand[1] + e[1]];
      xiIni = planDcm(feet, stand);
    }
    const ref = reference(t, feet, stand, xiIni);
    const gain = 1 + K_DCM / OMEGA;
    const p: Vec = [0, 1].map((d) => {
      const cmd = ref.xi[d]! - ref.xiDot[d]! / OMEGA + gain * (xi[d]! - ref.xi[d]!);
      return Math.min(ref.hi[d]!, Math.max(ref.lo[d]!, cmd));
    }) as Vec;
    xd = [xd[0] + OMEGA ** 2 * (x[0] - p[0]) * DT, xd[1] + OMEGA ** 2 * (x[1] - p[1]) * DT];
    x = [x[0] + xd[0] * DT, x[1] + xd[1] * DT];
    error = Math.hypot(xi[0] - ref.xi[0], xi[1] - ref.xi[1]);
    maxError = Math.max(maxError, error);
    samples.push({ t, com: x, zmp: p, xi, xiRef: ref.xi, step: Math.min(k, N_STEPS) });
  }
  return { samples, feet, stand, recovered: error < 0.01, maxError };
}
