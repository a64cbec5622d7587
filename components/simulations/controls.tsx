"use client";

import { useId, useSyncExternalStore } from "react";

type SliderProps = {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  unit?: string;
  digits?: number;
  onChange: (value: number) => void;
};

/** A labelled range input showing its value: arrow keys, Page Up/Down, Home and End all work. */
export function Slider({ label, value, min, max, step, unit = "", digits = 2, onChange }: SliderProps) {
  const id = useId();
  const text = `${value.toFixed(digits)}${unit ? ` ${unit}` : ""}`;
  return (
    <div className="sim-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={text}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output htmlFor={id}>{text}</output>
    </div>
  );
}

const query = "(prefers-reduced-motion: reduce)";
const subscribe = (notify: () => void) => {
  const media = window.matchMedia(query);
  media.addEventListener("change", notify);
  return () => media.removeEventListener("change", notify);
};

/** The reader's "reduce motion" setting: simulations then show the end state rather than animate. */
export const useReducedMotion = () =>
  useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => true);

/** Maps a point of an SVG (client coordinates) to the drawing's own units. */
export function svgPoint(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } {
  const matrix = svg.getScreenCTM();
  if (!matrix) return { x: 0, y: 0 };
  const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: point.x, y: point.y };
}
