"use client";

import { useRef, useState } from "react";
import { isForceClosure, rimContacts } from "@/lib/simulations/force-closure";
import { Slider, svgPoint } from "./controls";

const START = { a: 0, b: 240, mu: 0.3 };
const R = 0.05;
const CONE = 0.035;

/** Two fingers on a disc: move them around the rim and change friction; the cones show when the grasp closes. */
export default function ForceClosure() {
  const [grasp, setGrasp] = useState(START);
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef<"a" | "b" | null>(null);
  const { contacts, normals } = rimContacts([grasp.a, grasp.b], R);
  const closed = isForceClosure(contacts, normals, grasp.mu);
  const halfAngle = (Math.atan(grasp.mu) * 180) / Math.PI;
  const between = Math.abs((((grasp.b - grasp.a) % 360) + 540) % 360 - 180);
  const summary =
    `Fingers at ${grasp.a}° and ${grasp.b}° on the rim (${180 - between}° from opposite), friction ${grasp.mu.toFixed(2)} ` +
    `(cone half-angle ${halfAngle.toFixed(1)}°): ${closed ? "force closure, the grasp resists any push or twist." : "no force closure, some push or twist slips the disc out."}`;

  const dragTo = (clientX: number, clientY: number) => {
    if (!svg.current || !dragging.current) return;
    const p = svgPoint(svg.current, clientX, clientY);
    const angle = Math.round((((Math.atan2(-p.y, p.x) * 180) / Math.PI + 360) % 360) / 5) * 5;
    setGrasp({ ...grasp, [dragging.current]: angle });
  };

  return (
    <div className="sim">
      <svg
        ref={svg}
        className="sim-canvas touch-none"
        viewBox="-0.1 -0.1 0.2 0.2"
        role="img"
        aria-label={summary}
        onPointerMove={(event) => dragTo(event.clientX, event.clientY)}
        onPointerUp={() => (dragging.current = null)}
      >
        <circle cx={0} cy={0} r={R} className={closed ? "sim-body sim-ok" : "sim-body"} />
        {contacts.map((p, i) => {
          const n = normals[i]!;
          const edge = (sign: number) => {
            const t = [-n[1], n[0]];
            const f = [n[0] + sign * grasp.mu * t[0]!, n[1] + sign * grasp.mu * t[1]!];
            const length = Math.hypot(f[0]!, f[1]!);
            // The cone drawn outside the disc, where the finger pushes from.
            return `${p[0] - (f[0]! / length) * CONE},${-(p[1] - (f[1]! / length) * CONE)}`;
          };
          const key = i === 0 ? "a" : "b";
          return (
            <g key={key}>
              <polygon points={`${p[0]},${-p[1]} ${edge(1)} ${edge(-1)}`} className="sim-cone" />
              <circle
                cx={p[0]}
                cy={-p[1]}
                r={0.007}
                className="sim-target cursor-grab"
                onPointerDown={(event) => {
                  dragging.current = key;
                  svg.current?.setPointerCapture(event.pointerId);
                }}
              />
            </g>
          );
        })}
      </svg>
      <div className="sim-controls">
        <Slider label="Finger 1 angle" value={grasp.a} min={0} max={355} step={5} unit="°" digits={0} onChange={(a) => setGrasp({ ...grasp, a })} />
        <Slider label="Finger 2 angle" value={grasp.b} min={0} max={355} step={5} unit="°" digits={0} onChange={(b) => setGrasp({ ...grasp, b })} />
        <Slider label="Friction coefficient μ" value={grasp.mu} min={0} max={1.2} step={0.01} onChange={(mu) => setGrasp({ ...grasp, mu })} />
        <div className="sim-buttons">
          <button type="button" className="btn-ghost px-3 py-1" onClick={() => setGrasp(START)}>
            Reset
          </button>
        </div>
        <p className="sim-readout" aria-live="polite">
          <strong>{closed ? "Force closure" : "No force closure"}.</strong> {summary}
        </p>
      </div>
    </div>
  );
}
