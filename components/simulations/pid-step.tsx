"use client";

import { useMemo, useState } from "react";
import { DT, stepMetrics, stepResponse } from "@/lib/simulations/pid-joint";
import { Slider } from "./controls";

const START = { kp: 40, ki: 60, kd: 3, antiWindup: true, filtered: true };
const T_END = 2.0;
const WIDTH = 400;
const HEIGHT = 200;
const Q_MAX = 1.6;

/** The chapter's gravity-loaded joint under PID: change the gains, see the 1 rad step response and its metrics. */
export default function PidStep() {
  const [gains, setGains] = useState(START);
  const response = useMemo(
    () => stepResponse({ kp: gains.kp, ki: gains.ki, kd: gains.kd, antiWindup: gains.antiWindup, dCutoffHz: gains.filtered ? 50 : null }),
    [gains],
  );
  const metrics = stepMetrics(response);
  const shown = Math.round(T_END / DT);
  const points = Array.from({ length: shown / 10 }, (_, i) => {
    const k = i * 10;
    const q = Math.max(-0.2, Math.min(Q_MAX, response.q[k]!));
    return `${((k * DT) / T_END) * WIDTH},${HEIGHT - (q / Q_MAX) * HEIGHT}`;
  }).join(" ");
  const refY = HEIGHT - HEIGHT / Q_MAX;
  const summary =
    `Step of 1 rad with kp ${gains.kp}, ki ${gains.ki}, kd ${gains.kd}: rise time ${metrics.rise.toFixed(3)} s, ` +
    `overshoot ${metrics.overshoot.toFixed(1)} %, steady error ${metrics.steadyError.toFixed(4)} rad, torque jitter ${metrics.jitter.toFixed(3)} N m.`;
  const set = (change: Partial<typeof START>) => setGains({ ...gains, ...change });

  return (
    <div className="sim">
      <svg className="sim-canvas" viewBox={`-30 -10 ${WIDTH + 40} ${HEIGHT + 30}`} role="img" aria-label={summary}>
        <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} className="sim-axis" />
        <line x1={0} y1={0} x2={0} y2={HEIGHT} className="sim-axis" />
        <line x1={0} y1={refY} x2={WIDTH} y2={refY} className="sim-guide" />
        <text x={-26} y={refY + 4} className="sim-label">1 rad</text>
        <text x={WIDTH - 20} y={HEIGHT + 16} className="sim-label">{T_END} s</text>
        <polyline points={points} className="sim-trace" />
      </svg>
      <div className="sim-controls">
        <Slider label="Kp (N m/rad)" value={gains.kp} min={0} max={200} step={5} digits={0} onChange={(kp) => set({ kp })} />
        <Slider label="Ki (N m/(rad s))" value={gains.ki} min={0} max={400} step={10} digits={0} onChange={(ki) => set({ ki })} />
        <Slider label="Kd (N m s/rad)" value={gains.kd} min={0} max={10} step={0.5} digits={1} onChange={(kd) => set({ kd })} />
        <label className="sim-check">
          <input type="checkbox" checked={gains.antiWindup} onChange={(event) => set({ antiWindup: event.target.checked })} /> Anti-windup
        </label>
        <label className="sim-check">
          <input type="checkbox" checked={gains.filtered} onChange={(event) => set({ filtered: event.target.checked })} /> 50 Hz derivative filter
        </label>
        <div className="sim-buttons">
          <button type="button" className="btn-ghost px-3 py-1" onClick={() => setGains(START)}>
            Reset
          </button>
        </div>
        <p className="sim-readout" aria-live="polite">
          {summary}
        </p>
      </div>
    </div>
  );
}
