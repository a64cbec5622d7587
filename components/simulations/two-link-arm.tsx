"use client";

import { useRef, useState } from "react";
import { fk2link, ik2link, singularity, SHANK, THIGH } from "@/lib/simulations/two-link";
import { Slider, svgPoint } from "./controls";

const START = { x: 0.5, y: 0.3 };
const REACH = THIGH + SHANK;
// Drawing units: metres, y up (the SVG's y axis is flipped by the transform below).
const VIEW = 0.9;

/** The chapter's 2-link leg as an arm: drag the target (or use the sliders) and watch IK and the Jacobian. */
export default function TwoLinkArm() {
  const [target, setTarget] = useState(START);
  const [branch, setBranch] = useState<1 | -1>(1);
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);

  const joints = ik2link(target.x, target.y, THIGH, SHANK, branch);
  const state = joints && singularity(joints);
  const pose = joints && fk2link(joints);
  const near = state !== null && state.sigmaMin < 0.03;
  const deg = (rad: number) => ((rad * 180) / Math.PI).toFixed(1);

  const moveTo = (clientX: number, clientY: number) => {
    if (!svg.current) return;
    const p = svgPoint(svg.current, clientX, clientY);
    setTarget({ x: Math.round(p.x * 1000) / 1000, y: Math.round(-p.y * 1000) / 1000 });
  };

  const summary = joints
    ? `Target (${target.x.toFixed(2)}, ${target.y.toFixed(2)}) m: hip ${deg(joints.q1)}°, knee ${deg(joints.q2)}°. ` +
      `det J ${state!.det.toFixed(4)}, smallest singular value ${state!.sigmaMin.toFixed(4)}` +
      (near ? ": near the singularity, small tip motions need large joint speeds." : ".")
    : `Target (${target.x.toFixed(2)}, ${target.y.toFixed(2)}) m is out of reach (more than ${REACH.toFixed(2)} m from the hip).`;

  return (
    <div className="sim">
      <svg
        ref={svg}
        className="sim-canvas touch-none"
        viewBox={`${-VIEW} ${-VIEW} ${2 * VIEW} ${2 * VIEW}`}
        role="img"
        aria-label={summary}
        onPointerDown={(event) => {
          dragging.current = true;
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event.clientX, event.clientY);
        }}
        onPointerMove={(event) => dragging.current && moveTo(event.clientX, event.clientY)}
        onPointerUp={() => (dragging.current = false)}
      >
        <circle cx={0} cy={0} r={REACH} className="sim-guide" />
        <circle cx={0} cy={0} r={THIGH - SHANK} className="sim-guide" />
        {pose && (
          <g className={near ? "sim-link sim-warn" : "sim-link"}>
            <polyline points={`0,0 ${pose.knee.x},${-pose.knee.y} ${pose.tip.x},${-pose.tip.y}`} />
            <circle cx={0} cy={0} r={0.025} />
            <circle cx={pose.knee.x} cy={-pose.knee.y} r={0.02} />
          </g>
        )}
        <circle cx={target.x} cy={-target.y} r={0.03} className="sim-target" />
      </svg>
      <div className="sim-controls">
        <Slider label="Target x" value={target.x} min={-0.85} max={0.85} step={0.01} unit="m" onChange={(x) => setTarget({ ...target, x })} />
        <Slider label="Target y" value={target.y} min={-0.85} max={0.85} step={0.01} unit="m" onChange={(y) => setTarget({ ...target, y })} />
        <div className="sim-buttons">
          <button type="button" className="btn-ghost px-3 py-1" aria-pressed={branch === -1} onClick={() => setBranch(branch === 1 ? -1 : 1)}>
            Other knee branch
          </button>
          <button type="button" className="btn-ghost px-3 py-1" onClick={() => (setTarget(START), setBranch(1))}>
            Reset
          </button>
        </div>
        <p className="sim-readout" aria-live="polite">
          {summary}
          {state && ` Condition number ${Number.isFinite(state.condition) ? state.condition.toFixed(1) : "infinite"}.`}
        </p>
      </div>
    </div>
  );
}
