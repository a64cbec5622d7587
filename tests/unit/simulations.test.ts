import { describe, expect, it } from "vitest";
import { isForceClosure, primitiveWrenches, rimContacts, spansAllWrenches } from "@/lib/simulations/force-closure";
import { OMEGA, simulateWalk } from "@/lib/simulations/lipm";
import { stepMetrics, stepResponse } from "@/lib/simulations/pid-joint";
import { fk2link, ik2link, singularity } from "@/lib/simulations/two-link";

// Each live simulation's maths against the numbers the chapter prints from its Python.
const deg = (rad: number) => (rad * 180) / Math.PI;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

describe("2-link arm (kinematics-and-dynamics: ik_two_link.py, singularity_scan.py)", () => {
  it("finds both IK branches for (0.5, 0.3) and none beyond 0.78 m", () => {
    const up = ik2link(0.5, 0.3, 0.4, 0.38, 1)!;
    const down = ik2link(0.5, 0.3, 0.4, 0.38, -1)!;
    expect([deg(up.q1).toFixed(1), deg(up.q2).toFixed(1)]).toEqual(["-9.4", "83.3"]);
    expect([deg(down.q1).toFixed(1), deg(down.q2).toFixed(1)]).toEqual(["71.3", "-83.3"]);
    for (const joints of [up, down]) {
      const { tip } = fk2link(joints);
      expect([tip.x.toFixed(3), tip.y.toFixed(3)]).toEqual(["0.500", "0.300"]);
    }
    expect(ik2link(0.9, 0.0)).toBeNull();
  });

  it("reads the singularity off the Jacobian as the book's table does", () => {
    const table = [60, 30, 10, 2, 0].map((knee) => {
      const { det, sigmaMin, condition } = singularity({ q1: rad(-30), q2: rad(knee) });
      return `${knee} ${det.toFixed(4)} ${sigmaMin.toFixed(4)} ${condition.toExponential(1)}`;
    });
    expect(table).toEqual([
      "60 0.1316 0.1743 4.3e+0",
      "30 0.0760 0.0906 9.3e+0",
      "10 0.0264 0.0305 2.8e+1",
      "2 0.0053 0.0061 1.4e+2",
      "0 0.0000 0.0000 Infinity",
    ]);
  });
});

describe("PID joint (humanoid-control: pid_joint.py)", () => {
  const row = (gains: Parameters<typeof stepResponse>[0]) => {
    const { rise, overshoot, steadyError, jitter } = stepMetrics(stepResponse(gains));
    return [rise.toFixed(3), overshoot.toFixed(1), steadyError.toFixed(4), jitter.toFixed(3)];
  };

  it("prints the book's step-response table", () => {
    expect(row({ kp: 40, ki: 0, kd: 0 })).toEqual(["0.156", "54.5", "0.1323", "0.001"]);
    expect(row({ kp: 40, ki: 0, kd: 3 })).toEqual(["0.177", "18.8", "0.1417", "0.014"]);
    expect(row({ kp: 40, ki: 60, kd: 3 })).toEqual(["0.204", "10.5", "-0.0060", "0.031"]);
    expect(row({ kp: 40, ki: 60, kd: 3, antiWindup: false })).toEqual(["0.184", "26.1", "-0.0069", "0.050"]);
    expect(row({ kp: 40, ki: 60, kd: 3, dCutoffHz: null })).toEqual(["0.203", "11.2", "-0.0060", "0.164"]);
    expect(row({ kp: 150, ki: 300, kd: 6 })).toEqual(["0.173", "10.8", "-0.0002", "0.041"]);
  });
});

describe("LIPM walker (bipedal-locomotion-balance: lipm_walk.py, lipm_stepping.py)", () => {
  it("has the chapter's time constant", () => {
    expect(OMEGA.toFixed(3)).toBe("3.502");
    expect((1 / OMEGA).toFixed(3)).toBe("0.286");
  });

  it("recovers from the pushes the book's walker survives and falls at 0.4 m/s", () => {
    const none = simulateWalk([0, 0]);
    expect([none.recovered, none.maxError.toFixed(3)]).toEqual([true, "0.000"]);
    const forward = simulateWalk([0.3, 0]);
    expect([forward.recovered, forward.maxError.toFixed(3)]).toEqual([true, "0.085"]);
    expect(simulateWalk([0.4, 0]).recovered).toBe(false);
    const sideways = simulateWalk([0, 0.15]);
    expect([sideways.recovered, sideways.maxError.toFixed(3)]).toEqual([true, "0.043"]);
  });

  it("survives 0.6 m/s by stepping to the capture point, with the book's footholds", () => {
    const walk = simulateWalk([0.6, 0], true);
    const end = walk.samples.at(-1)!.com;
    expect([end[0].toFixed(3), (end[1] + 0).toFixed(3)]).toEqual(["2.012", "0.000"]);
    expect(walk.stand[0].toFixed(3)).toBe("2.011");
    expect(walk.feet.map(([x]) => x.toFixed(3))).toEqual(["0.000", "0.250", "0.500", "0.750", "1.387", "1.637", "1.887", "2.136"]);
  });
});

describe("force closure (manipulation-grasping: force_closure.py, friction_threshold.py)", () => {
  it("agrees with the book's four grasps", () => {
    const antipodal = rimContacts([0, 180]);
    const offAxis = rimContacts([0, 240]);
    expect(isForceClosure(antipodal.contacts, antipodal.normals, 0)).toBe(false);
    expect(isForceClosure(antipodal.contacts, antipodal.normals, 0.3)).toBe(true);
    expect(isForceClosure(offAxis.contacts, offAxis.normals, 0.3)).toBe(false);
    expect(isForceClosure(offAxis.contacts, offAxis.normals, 1.0)).toBe(true);
  });

  it("finds the friction threshold tan 30° = 0.5774 and closure with a frictionless third finger", () => {
    const { contacts, normals } = rimContacts([0, 240]);
    let [lo, hi] = [0, 2];
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      [lo, hi] = isForceClosure(contacts, normals, mid) ? [lo, mid] : [mid, hi];
    }
    expect(hi.toFixed(4)).toBe("0.5774");
    for (const mu of [0.01, 0.1, 0.3]) {
      expect(spansAllWrenches([...primitiveWrenches(contacts, normals, mu), [0, -1, 0]])).toBe(true);
    }
  });
});
