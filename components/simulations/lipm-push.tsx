"use client";

import { useEffect, useMemo, useState } from "react";
import { DT, FOOT_HALF, PUSH_TIME, simulateWalk, type Walk } from "@/lib/simulations/lipm";
import { Slider, useReducedMotion } from "./controls";

const START = { push: 0.3, stepping: false };
const VIEW = { x: -0.25, y: -0.35, width: 2.7, height: 0.7 };

function outcome(walk: Walk, push: number, stepping: boolean): string {
  const what = `Pushed forward at ${push.toFixed(2)} m/s at ${PUSH_TIME} s${stepping ? ", stepping to the capture point" : ""}: `;
  return walk.recovered
    ? `${what}recovered, largest DCM error ${walk.maxError.toFixed(3)} m.`
    : `${what}the DCM diverged and the robot falls.`;
}

/** The chapter's LIPM walker seen from above: footholds, centre of mass, and the capture point, with a push. */
export default function LipmPush() {
  const reduced = useReducedMotion();
  const [settings, setSettings] = useState(START);
  const [run, setRun] = useState<{ walk: Walk; push: number; stepping: boolean } | null>(null);
  const [index, setIndex] = useState(0);
  const idle = useMemo(() => simulateWalk([0, 0]), []);
  const walk = run?.walk ?? idle;
  const last = walk.samples.length - 1;

  useEffect(() => {
    if (!run || reduced) return;
    let frame = 0;
    const started = performance.now();
    const tick = (now: number) => {
      // A frame's timestamp can precede the effect's clock reading.
      const at = Math.min(last, Math.max(0, Math.floor((now - started) / 1000 / DT)));
      setIndex(at);
      if (at < last) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [run, reduced, last]);

  const shownIndex = run && reduced ? last : index;
  const sample = walk.samples[shownIndex]!;
  const trail = walk.samples
    .filter((_, i) => i <= shownIndex && i % 20 === 0)
    .map((s) => `${s.com[0]},${-s.com[1]}`)
    .join(" ");
  const done = run !== null && shownIndex === last;
  const status = run === null ? "Standing by: press Push to walk and shove the robot." : done ? outcome(run.walk, run.push, run.stepping) : `Walking, t = ${sample.t.toFixed(1)} s.`;
  const inView = (v: number, lo: number, size: number) => Math.min(lo + size, Math.max(lo, v));

  return (
    <div className="sim">
      <svg
        className="sim-canvas"
        viewBox={`${VIEW.x} ${VIEW.y} ${VIEW.width} ${VIEW.height}`}
        role="img"
        aria-label={`Top view of eight footholds. ${status} Centre of mass at (${sample.com[0].toFixed(2)}, ${sample.com[1].toFixed(2)}) m, capture point at (${sample.xi[0].toFixed(2)}, ${sample.xi[1].toFixed(2)}) m.`}
      >
        {walk.feet.map((p, k) => (
          <rect
            key={k}
            x={p[0] - FOOT_HALF[0]}
            y={-p[1] - FOOT_HALF[1]}
            width={2 * FOOT_HALF[0]}
            height={2 * FOOT_HALF[1]}
            className={k === sample.step ? "sim-foot sim-ok" : "sim-foot"}
          />
        ))}
        <polyline points={trail} className="sim-trace" />
        <circle cx={inView(sample.xi[0], VIEW.x, VIEW.width)} cy={inView(-sample.xi[1], VIEW.y, VIEW.height)} r={0.035} className="sim-capture" />
        <circle cx={inView(sample.com[0], VIEW.x, VIEW.width)} cy={inView(-sample.com[1], VIEW.y, VIEW.height)} r={0.03} className="sim-target" />
      </svg>
      <p className="sim-legend">
        <span className="sim-key sim-key-com" /> centre of mass <span className="sim-key sim-key-capture" /> capture point (DCM) <span className="sim-key sim-key-foot" /> stance foot
      </p>
      <div className="sim-controls">
        <Slider label="Push (forward)" value={settings.push} min={0} max={0.8} step={0.05} unit="m/s" onChange={(push) => setSettings({ ...settings, push })} />
        <label className="sim-check">
          <input type="checkbox" checked={settings.stepping} onChange={(event) => setSettings({ ...settings, stepping: event.target.checked })} /> Step to the capture point
        </label>
        <div className="sim-buttons">
          <button
            type="button"
            className="btn-primary px-3 py-1"
            onClick={() => {
              setIndex(0);
              setRun({ walk: simulateWalk([settings.push, 0], settings.stepping), push: settings.push, stepping: settings.stepping });
            }}
          >
            Push
          </button>
          <button type="button" className="btn-ghost px-3 py-1" onClick={() => (setRun(null), setIndex(0), setSettings(START))}>
            Reset
          </button>
        </div>
        <p className="sim-readout" aria-live="polite">
          {status}
        </p>
      </div>
    </div>
  );
}
