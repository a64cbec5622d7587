"use client";

import { useEffect, useRef, useState } from "react";
import { MUJOCO_BASE_URL } from "@/lib/mujoco/files";
import { Slider, useReducedMotion } from "./controls";

type Frame = { time: number; points: number[]; footPitch: number; torsoPitch: number; height: number; fallen: boolean };
type WorkerMessage = ({ type: "frame" } & Frame) | { type: "ready" } | { type: "failed"; message: string };

const START_PUSH = 80;
const deg = (rad: number) => ((rad * 180) / Math.PI).toFixed(1);

/**
 * The balance scene: a planar humanoid in MuJoCo (lib/mujoco/balancer.xml) held upright by the
 * control chapter's PD with gravity compensation, stepping in a worker (lib/mujoco/balance-worker.mjs).
 */
export default function MujocoBalance() {
  const reduced = useReducedMotion();
  const worker = useRef<Worker | null>(null);
  const [frame, setFrame] = useState<Frame | null>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const [error, setError] = useState("");
  const [playing, setPlaying] = useState(false);
  const [gravity, setGravity] = useState(true);
  const [push, setPush] = useState(START_PUSH);
  const [event, setEvent] = useState("");

  useEffect(() => {
    const scene = new Worker(`${MUJOCO_BASE_URL}balance-worker.mjs`, { type: "module", name: "mujoco-balance" });
    worker.current = scene;
    scene.onmessage = (message: MessageEvent<WorkerMessage>) => {
      const data = message.data;
      if (data.type === "ready") {
        setState("ready");
        // Reduced motion: the scene waits for Play instead of starting by itself.
        if (!window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
          scene.postMessage({ type: "play" });
          setPlaying(true);
        }
      } else if (data.type === "failed") {
        setState("failed");
        setError(data.message);
      } else {
        setFrame(data);
        if (data.fallen) {
          setPlaying(false);
          setEvent(`The robot fell at t = ${data.time.toFixed(2)} s. Reset to stand it up again.`);
        }
      }
    };
    scene.postMessage({ type: "start", moduleUrl: `${MUJOCO_BASE_URL}mujoco_wasm.js`, modelUrl: `${MUJOCO_BASE_URL}balancer.xml` });
    return () => scene.terminate();
  }, []);

  const send = (message: object) => worker.current?.postMessage(message);
  const view = { x: -1.2, y: -1.35, width: 2.4, height: 1.5 };
  const points = frame ? frame.points : [];
  const polyline = [];
  for (let i = 2; i < points.length; i += 2) polyline.push(`${points[i]},${-points[i + 1]!}`);
  const footX = points[0] ?? 0;
  const footZ = points[1] ?? 0.03;
  const readout = frame
    ? `Simulated time ${frame.time.toFixed(2)} s. Torso pitch ${deg(frame.torsoPitch)}°, foot pitch ${deg(frame.footPitch)}°, hip height ${frame.height.toFixed(2)} m. Gravity ${gravity ? "on" : "off"}.`
    : "";

  if (state === "failed") return <p className="sim-placeholder">MuJoCo could not start: {error}</p>;
  return (
    <div className="sim">
      <svg className="sim-canvas" viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`} role="img" aria-label={state === "loading" ? "Loading MuJoCo…" : `Side view of the robot. ${readout}`}>
        <line x1={view.x} y1={0} x2={view.x + view.width} y2={0} className="sim-axis" vectorEffect="non-scaling-stroke" />
        {frame && (
          <g className="sim-link">
            <rect
              x={footX - 0.13}
              y={-footZ - 0.03}
              width={0.26}
              height={0.06}
              transform={`rotate(${(-frame.footPitch * 180) / Math.PI} ${footX} ${-footZ})`}
              className="sim-foot sim-ok"
            />
            <polyline points={polyline.join(" ")} />
          </g>
        )}
      </svg>
      <div className="sim-controls">
        <p className="sim-readout">{state === "loading" ? "Loading MuJoCo (about 11 MB, once)…" : readout}</p>
        <Slider label="Push force (for 0.1 s)" value={push} min={20} max={400} step={10} unit="N" digits={0} onChange={setPush} />
        <label className="sim-check">
          <input
            type="checkbox"
            checked={gravity}
            disabled={state !== "ready"}
            onChange={(change) => {
              setGravity(change.target.checked);
              send({ type: "gravity", on: change.target.checked });
            }}
          />{" "}
          Gravity
        </label>
        <div className="sim-buttons">
          <button
            type="button"
            className="btn-ghost px-3 py-1"
            disabled={state !== "ready" || frame?.fallen}
            onClick={() => {
              send({ type: playing ? "pause" : "play" });
              setPlaying(!playing);
            }}
          >
            {playing ? "Pause" : "Play"}
          </button>
          <button
            type="button"
            className="btn-primary px-3 py-1"
            disabled={state !== "ready" || !playing}
            onClick={() => {
              send({ type: "push", newtons: push });
              setEvent(`Pushed forward with ${push} N for 0.1 s at t = ${(frame?.time ?? 0).toFixed(2)} s.`);
            }}
          >
            Push
          </button>
          <button
            type="button"
            className="btn-ghost px-3 py-1"
            disabled={state !== "ready"}
            onClick={() => {
              send({ type: "reset" });
              setGravity(true);
              setEvent("Reset: standing upright at t = 0.");
              if (!playing && !reduced) {
                send({ type: "play" });
                setPlaying(true);
              }
            }}
          >
            Reset
          </button>
        </div>
        <p className="sim-readout" aria-live="polite">
          {event}
        </p>
      </div>
    </div>
  );
}
