// Planar force closure of the grasping chapter (content/humanoid/manipulation-grasping.mdx:
// force_closure.py), for the live grasp. The book asks scipy's convex hull whether the origin lies
// strictly inside the hull of the contact wrenches; the same question, without a hull library: the
// origin is strictly inside exactly when no direction c has c·w >= 0 for every wrench w. Such a
// direction, if one exists, can be taken perpendicular to two of the wrenches (an edge of the dual cone).

type Vec2 = [number, number];
export type Wrench = [number, number, number];

/** The wrenches (fx, fy, tau) at the two edges of each contact's friction cone. */
export function primitiveWrenches(contacts: Vec2[], normals: Vec2[], mu: number): Wrench[] {
  const wrenches: Wrench[] = [];
  contacts.forEach((p, i) => {
    const n = normals[i]!;
    const t: Vec2 = [-n[1], n[0]];
    for (const sign of [1, -1]) {
      const f: Vec2 = [n[0] + sign * mu * t[0], n[1] + sign * mu * t[1]];
      const length = Math.hypot(f[0], f[1]);
      const unit: Vec2 = [f[0] / length, f[1] / length];
      wrenches.push([unit[0], unit[1], p[0] * unit[1] - p[1] * unit[0]]);
    }
  });
  return wrenches;
}

const cross = (a: Wrench, b: Wrench): Wrench => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: Wrench, b: Wrench) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** True when the wrenches positively span the plane's wrench space: the origin is strictly inside their hull. */
export function spansAllWrenches(wrenches: Wrench[], eps = 1e-9): boolean {
  // Wrenches along one line (a frictionless antipodal pair) give no pair to test, and no closure.
  let anyPair = false;
  for (let i = 0; i < wrenches.length; i++) {
    for (let j = i + 1; j < wrenches.length; j++) {
      const c = cross(wrenches[i]!, wrenches[j]!);
      const norm = Math.hypot(...c);
      if (norm < 1e-12) continue;
      const unit: Wrench = [c[0] / norm, c[1] / norm, c[2] / norm];
      anyPair = true;
      for (const sign of [1, -1]) {
        if (wrenches.every((w) => sign * dot(unit, w) > -eps)) return false;
      }
    }
  }
  return anyPair;
}

export const isForceClosure = (contacts: Vec2[], normals: Vec2[], mu: number) => spansAllWrenches(primitiveWrenches(contacts, normals, mu));

/** Fingers on the rim of a disc of `radius`, at `anglesDeg`, each pushing towards the centre. */
export function rimContacts(anglesDeg: number[], radius = 0.05): { contacts: Vec2[]; normals: Vec2[] } {
  const rad = anglesDeg.map((deg) => (deg * Math.PI) / 180);
  return {
    contacts: rad.map((a): Vec2 => [radius * Math.cos(a), radius * Math.sin(a)]),
    normals: rad.map((a): Vec2 => [-Math.cos(a), -Math.sin(a)]),
  };
}
