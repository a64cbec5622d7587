// The planar 2-link chain of the kinematics chapter (content/humanoid/kinematics-and-dynamics.mdx:
// ik_two_link.py and singularity_scan.py), for the live arm: the same formulas as the book's Python.

export const THIGH = 0.4;
export const SHANK = 0.38;

export type Joints = { q1: number; q2: number };

/** Closed-form IK; branch +1 or -1 picks the mirror solution; null when the point is out of reach. */
export function ik2link(x: number, y: number, l1 = THIGH, l2 = SHANK, branch: 1 | -1 = 1): Joints | null {
  const raw = (x * x + y * y - l1 * l1 - l2 * l2) / (2 * l1 * l2);
  // A target exactly at full reach (0.78 m) must not fall out by a rounding error.
  if (Math.abs(raw) > 1 + 1e-12) return null;
  const c2 = Math.max(-1, Math.min(1, raw));
  const s2 = branch * Math.sqrt(1 - c2 * c2);
  const q2 = Math.atan2(s2, c2);
  const q1 = Math.atan2(y, x) - Math.atan2(l2 * s2, l1 + l2 * c2);
  return { q1, q2 };
}

/** The knee and the tip for joint angles. */
export function fk2link({ q1, q2 }: Joints, l1 = THIGH, l2 = SHANK) {
  const knee = { x: l1 * Math.cos(q1), y: l1 * Math.sin(q1) };
  return { knee, tip: { x: knee.x + l2 * Math.cos(q1 + q2), y: knee.y + l2 * Math.sin(q1 + q2) } };
}

/** The 2×2 position Jacobian, row-major. */
export function jacobian2link({ q1, q2 }: Joints, l1 = THIGH, l2 = SHANK): [number, number, number, number] {
  const s1 = Math.sin(q1);
  const c1 = Math.cos(q1);
  const s12 = Math.sin(q1 + q2);
  const c12 = Math.cos(q1 + q2);
  return [-l1 * s1 - l2 * s12, -l2 * s12, l1 * c1 + l2 * c12, l2 * c12];
}

/** Singular values of a 2×2 matrix, largest first (closed form of the SVD numpy computes). */
export function singularValues2([a, b, c, d]: [number, number, number, number]): [number, number] {
  const sum = a * a + b * b + c * c + d * d;
  const det = a * d - b * c;
  const root = Math.sqrt(Math.max(0, sum * sum - 4 * det * det));
  return [Math.sqrt((sum + root) / 2), Math.sqrt(Math.max(0, (sum - root) / 2))];
}

/** What the chapter reads off J: det = l1 l2 sin q2, the smallest singular value and the condition number. */
export function singularity(joints: Joints, l1 = THIGH, l2 = SHANK) {
  const J = jacobian2link(joints, l1, l2);
  const [sigmaMax, sigmaMin] = singularValues2(J);
  return { det: l1 * l2 * Math.sin(joints.q2), sigmaMin, condition: sigmaMin > 1e-12 ? sigmaMax / sigmaMin : Infinity };
}
