#!/usr/bin/env python3
"""Plots of what the book's own simulations print.

    python3 scripts/figures/book_plots.py            # every figure
    python3 scripts/figures/book_plots.py ssm        # only figures whose name contains "ssm"
    python3 scripts/figures/book_plots.py --check    # write nothing; exit 1 if a figure is stale

Each figure is one function decorated with @figure("<module>/plots/<name>.svg").
It asks `book.program(chapter, "file.py")` for a program of a chapter: the
script extracts every titled Python program of that chapter from its .mdx file
(```python title="file.py"), writes them into one temporary folder, exactly as
the book's code test does, and imports the one asked for (its printed output is
swallowed; `if __name__ == "__main__":` blocks do not run). The function calls
the program's own functions, so a plot always shows what the chapter's code
computes, and returns an SVG drawn with the small `Plot` class below.

The SVGs use only the book's colour classes (s-info, f-accent, ...), never
colour literals, so the pages can restyle them for light and dark themes.
Output is deterministic: numbers are printed with fixed precision and files are
rewritten only when their content changes. The script prints every file it
wrote or found up to date. Requires python3 and numpy (plus whatever the
plotted programs import, e.g. scipy).

To add a figure: write a function that takes `book` and returns
`plot.svg()`, decorate it with @figure("<module>/plots/<name>.svg"), and use it in
the chapter with <Figure src="/images/<module>/plots/<name>.svg" ... />.
"""
import contextlib
import importlib
import io
import math
import pathlib
import re
import sys
import tempfile
from xml.sax.saxutils import escape

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
IMAGES = ROOT / "public" / "images"

# The standard <style> block of the book's figure template, kept exactly as it is
# so that a file opened on its own still shows the palette.
STYLE = """  <style>
    .f-ink{fill:#102016}.f-muted{fill:#47604f}.f-accent{fill:#0f7a3a}.f-info{fill:#1d5fa8}.f-warn{fill:#8a5a00}.f-danger{fill:#b42318}.f-panel{fill:#ffffff}
    .s-ink{stroke:#102016}.s-muted{stroke:#47604f}.s-accent{stroke:#0f7a3a}.s-info{stroke:#1d5fa8}.s-warn{stroke:#8a5a00}.s-danger{stroke:#b42318}.s-border{stroke:#cfdcd3}
    @media (prefers-color-scheme: dark){
      .f-ink{fill:#d7f5df}.f-muted{fill:#8fb59a}.f-accent{fill:#3ee07a}.f-info{fill:#7cc4ff}.f-warn{fill:#f5c84c}.f-danger{fill:#ff7a7a}.f-panel{fill:#0d1410}
      .s-ink{stroke:#d7f5df}.s-muted{stroke:#8fb59a}.s-accent{stroke:#3ee07a}.s-info{stroke:#7cc4ff}.s-warn{stroke:#f5c84c}.s-danger{stroke:#ff7a7a}.s-border{stroke:#1f3326}
    }
  </style>"""

FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif"


# --------------------------------------------------------------------------
# Programs from the chapters
# --------------------------------------------------------------------------
FENCE = re.compile(r"^```python[^\n]*?title=\"([^\"]+\.py)\"[^\n]*\n(.*?)^```[ \t]*$", re.S | re.M)


class Book:
    """Imports the titled Python programs of a chapter, as the code test runs them."""

    def __init__(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="book_plots_")
        self._dirs = {}           # chapter -> folder holding its programs
        self._active = None       # the folder currently on sys.path
        self._packages = set()    # its subfolders (namespace packages)

    def close(self):
        self._deactivate()
        self._tmp.cleanup()

    def _folder(self, chapter):
        if chapter not in self._dirs:
            src = (CONTENT / f"{chapter}.mdx").read_text(encoding="utf-8")
            folder = pathlib.Path(self._tmp.name) / chapter.replace("/", "__")
            folder.mkdir(parents=True)
            for title, body in FENCE.findall(src):
                path = folder / title
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(body, encoding="utf-8")
            self._dirs[chapter] = folder
        return self._dirs[chapter]

    def _deactivate(self):
        """Forget the previous chapter's modules, so that names cannot collide."""
        if self._active is None:
            return
        folder = str(self._active)
        sys.path.remove(folder)
        for name, module in list(sys.modules.items()):
            file = getattr(module, "__file__", None) or ""
            if file.startswith(folder) or name in self._packages:
                del sys.modules[name]
        self._active = None

    def program(self, chapter, file):
        """The module for `file` (e.g. "lipm_walk.py") of `chapter` (e.g. "humanoid/...")."""
        folder = self._folder(chapter)
        if not (folder / file).exists():
            raise SystemExit(f"{chapter}.mdx has no program titled {file}")
        if self._active != folder:
            self._deactivate()
            sys.path.insert(0, str(folder))
            importlib.invalidate_caches()
            self._active = folder
            self._packages = {p.name for p in folder.iterdir() if p.is_dir()}
        with contextlib.redirect_stdout(io.StringIO()):
            return importlib.import_module(file[:-3].replace("/", "."))


# --------------------------------------------------------------------------
# A small SVG line-plot writer
# --------------------------------------------------------------------------
def f1(v):
    """Fixed-precision coordinate (0.1 px), never "-0.0"."""
    s = f"{v:.1f}"
    return "0.0" if s == "-0.0" else s


def rdp(points, tol):
    """Ramer-Douglas-Peucker: drop points within `tol` px of the simplified line."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        (x0, y0), (x1, y1) = points[i], points[j]
        dx, dy = x1 - x0, y1 - y0
        norm = math.hypot(dx, dy)
        best, best_k = -1.0, None
        for k in range(i + 1, j):
            px, py = points[k]
            if norm == 0:
                d = math.hypot(px - x0, py - y0)
            else:
                d = abs(dy * (px - x0) - dx * (py - y0)) / norm
            if d > best:
                best, best_k = d, k
        if best_k is not None and best > tol:
            keep[best_k] = True
            stack.append((i, best_k))
            stack.append((best_k, j))
    return [p for p, k in zip(points, keep) if k]


class Plot:
    """Axes with ticks, grid, units and a legend; series are drawn clipped to the axes.

    x/y ranges are in data units; `log_y` plots y on a log10 scale. If `equal`
    is True the plot height follows from the width so that one unit in x has
    the same length as one unit in y (for maps and geometry).
    """

    def __init__(self, name, title, desc, xlabel, ylabel, xlim, ylim, xticks, yticks,
                 width=600, height=380, log_y=False, equal=False, left=74, right=22,
                 top=24, bottom=62, yticklabels=None, legend_rows=None):
        self.id = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        self.title, self.desc = title, desc
        self.xlabel, self.ylabel = xlabel, ylabel
        self.xlim, self.ylim, self.log_y = xlim, ylim, log_y
        self.xticks, self.yticks, self.yticklabels = xticks, yticks, yticklabels
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.width = width
        self.pw = width - left - right
        if equal:
            self.ph = self.pw * (ylim[1] - ylim[0]) / (xlim[1] - xlim[0])
        else:
            self.ph = height - top - bottom
        self.legend = []             # (kind, class, label, dash)
        self.legend_rows = legend_rows
        self.body = []               # clipped drawing
        self.over = []               # unclipped annotations

    # data -> pixels
    def X(self, x):
        return self.left + (x - self.xlim[0]) / (self.xlim[1] - self.xlim[0]) * self.pw

    def Y(self, y):
        lo, hi = self.ylim
        if self.log_y:
            y, lo, hi = math.log10(max(y, 1e-300)), math.log10(lo), math.log10(hi)
        return self.top + (hi - y) / (hi - lo) * self.ph

    def line(self, xs, ys, cls, label=None, dash=None, width=2.5, tol=0.25):
        pts = [(self.X(float(x)), self.Y(float(y))) for x, y in zip(xs, ys)]
        pts = rdp(pts, tol)
        d = " ".join(f"{f1(x)},{f1(y)}" for x, y in pts)
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        self.body.append(f'<polyline points="{d}" fill="none" class="{cls}" stroke-width="{width}"'
                         f' stroke-linejoin="round" stroke-linecap="round"{extra}/>')
        if label:
            self.legend.append(("line", cls, label, dash))

    def markers(self, xs, ys, cls, label=None, r=4.0, shape="circle"):
        for x, y in zip(xs, ys):
            px, py = self.X(float(x)), self.Y(float(y))
            if shape == "circle":
                self.body.append(f'<circle cx="{f1(px)}" cy="{f1(py)}" r="{r}" class="{cls}"/>')
            else:
                self.body.append(f'<rect x="{f1(px - r)}" y="{f1(py - r)}" width="{f1(2 * r)}"'
                                 f' height="{f1(2 * r)}" class="{cls}"/>')
        if label:
            self.legend.append((shape, cls, label, None))

    def rect(self, x0, y0, x1, y1, cls, opacity=0.2, label=None, stroke=True):
        px0, px1 = sorted((self.X(x0), self.X(x1)))
        py0, py1 = sorted((self.Y(y0), self.Y(y1)))
        s = ' stroke-width="1.5"' if stroke else ""
        self.body.append(f'<rect x="{f1(px0)}" y="{f1(py0)}" width="{f1(px1 - px0)}"'
                         f' height="{f1(py1 - py0)}" class="{cls}" fill-opacity="{opacity}"{s}/>')
        if label:
            self.legend.append(("rect", cls, label, None))

    def polygon(self, xs, ys, cls, opacity=0.2, label=None):
        d = " ".join(f"{f1(self.X(x))},{f1(self.Y(y))}" for x, y in zip(xs, ys))
        self.body.append(f'<polygon points="{d}" class="{cls}" fill-opacity="{opacity}" stroke-width="1.5"/>')
        if label:
            self.legend.append(("rect", cls, label, None))

    def text(self, x, y, s, cls="f-ink", anchor="start", size=14, dx=0, dy=0, weight=None):
        w = f' font-weight="{weight}"' if weight else ""
        self.over.append(f'<text x="{f1(self.X(x) + dx)}" y="{f1(self.Y(y) + dy)}" font-size="{size}"'
                         f' text-anchor="{anchor}" class="{cls}"{w}>{escape(s)}</text>')

    def _legend_svg(self, y0):
        """Legend entries laid out left to right below the x label, wrapping to new rows."""
        out, x, y = [], self.left, y0
        per_row = self.legend_rows
        for i, (kind, cls, label, dash) in enumerate(self.legend):
            w = 34 + 7.6 * len(label) + 22
            if (per_row and i and i % per_row == 0) or (not per_row and x + w > self.width - 8 and x > self.left):
                x, y = self.left, y + 24
            if kind == "line":
                extra = f' stroke-dasharray="{dash}"' if dash else ""
                out.append(f'<line x1="{f1(x)}" y1="{f1(y - 5)}" x2="{f1(x + 26)}" y2="{f1(y - 5)}"'
                           f' class="{cls}" stroke-width="2.5"{extra}/>')
            elif kind == "circle":
                out.append(f'<circle cx="{f1(x + 13)}" cy="{f1(y - 5)}" r="4.5" class="{cls}"/>')
            else:
                fill = cls.replace("s-", "f-") if cls.startswith("s-") else cls
                stroke = cls.replace("f-", "s-") if cls.startswith("f-") else cls
                out.append(f'<rect x="{f1(x + 4)}" y="{f1(y - 12)}" width="18" height="14"'
                           f' class="{fill} {stroke}" fill-opacity="0.3" stroke-width="1.5"/>')
            out.append(f'<text x="{f1(x + 34)}" y="{f1(y)}" font-size="14" class="f-ink">{escape(label)}</text>')
            x += w
        return out, y

    def svg(self):
        L, T, W, H = self.left, self.top, self.pw, self.ph
        o = []
        # grid and ticks
        for v in self.xticks:
            px = self.X(v)
            o.append(f'<line x1="{f1(px)}" y1="{f1(T)}" x2="{f1(px)}" y2="{f1(T + H)}" class="s-border" stroke-width="1"/>')
            o.append(f'<line x1="{f1(px)}" y1="{f1(T + H)}" x2="{f1(px)}" y2="{f1(T + H + 5)}" class="s-muted" stroke-width="1.5"/>')
            o.append(f'<text x="{f1(px)}" y="{f1(T + H + 21)}" font-size="14" text-anchor="middle" class="f-muted">{tick(v)}</text>')
        labels = self.yticklabels or [tick(v) for v in self.yticks]
        for v, lab in zip(self.yticks, labels):
            py = self.Y(v)
            o.append(f'<line x1="{f1(L)}" y1="{f1(py)}" x2="{f1(L + W)}" y2="{f1(py)}" class="s-border" stroke-width="1"/>')
            o.append(f'<line x1="{f1(L - 5)}" y1="{f1(py)}" x2="{f1(L)}" y2="{f1(py)}" class="s-muted" stroke-width="1.5"/>')
            o.append(f'<text x="{f1(L - 8)}" y="{f1(py + 5)}" font-size="14" text-anchor="end" class="f-muted">{lab}</text>')
        # axes box
        o.append(f'<rect x="{f1(L)}" y="{f1(T)}" width="{f1(W)}" height="{f1(H)}" fill="none" class="s-muted" stroke-width="1.5"/>')
        # axis labels
        o.append(f'<text x="{f1(L + W / 2)}" y="{f1(T + H + 44)}" font-size="15" text-anchor="middle" class="f-ink">{escape(self.xlabel)}</text>')
        o.append(f'<text transform="translate({f1(18)} {f1(T + H / 2)}) rotate(-90)" font-size="15"'
                 f' text-anchor="middle" class="f-ink">{escape(self.ylabel)}</text>')
        # series, clipped to the axes
        o.append(f'<g clip-path="url(#{self.id}-clip)">')
        o.extend("  " + b for b in self.body)
        o.append("</g>")
        o.extend(self.over)
        legend, last_y = self._legend_svg(T + H + 74) if self.legend else ([], T + H + 44)
        o.extend(legend)
        height = math.ceil(last_y + 14)
        head = [
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {self.width} {height}"'
            f' font-family="{FONT}" font-size="15">',
            f"  <title>{escape(self.title)}</title>",
            f"  <desc>{escape(self.desc)}</desc>",
            STYLE,
            "  <defs>",
            f'    <clipPath id="{self.id}-clip"><rect x="{f1(L)}" y="{f1(T)}" width="{f1(W)}" height="{f1(H)}"/></clipPath>',
            "  </defs>",
        ]
        return "\n".join(head + ["  " + line for line in o] + ["</svg>", ""])


def tick(v):
    """Tick label: integers without a decimal point, others with up to 3 decimals."""
    if abs(v - round(v)) < 1e-9:
        return str(int(round(v)))
    return f"{v:.3f}".rstrip("0")


# --------------------------------------------------------------------------
# Figures: one function per file
# --------------------------------------------------------------------------
FIGURES = []


def figure(path):
    def register(fn):
        FIGURES.append((path, fn))
        return fn
    return register


KIN = "humanoid/kinematics-and-dynamics"
LOCO = "humanoid/bipedal-locomotion-balance"
MANIP = "humanoid/manipulation-grasping"
HRI = "humanoid/hri-design-safety"


@figure("humanoid/plots/ik-dls-convergence.svg")
def ik_dls_convergence(book):
    ik = book.program(KIN, "ik_dls.py")
    target = np.array([0.55, 0.45, np.deg2rad(20)])
    p = Plot("ik-dls-convergence", "Damped least-squares IK: error per iteration",
             "Generated by scripts/figures/book_plots.py from ik_dls.py: the norm of the pose error"
             " after k iterations, for damping 0.01, 0.05 and 0.2, on a log scale.",
             "iteration k", "pose error (m, rad), log scale", (0, 30), (1e-9, 1.0),
             list(range(0, 31, 5)), [1e-9, 1e-7, 1e-5, 1e-3, 1e-1],
             yticklabels=["1e-9", "1e-7", "1e-5", "0.001", "0.1"], log_y=True, height=400)
    styles = {0.01: ("s-info", "f-info", None), 0.05: ("s-accent", "f-accent", None),
              0.2: ("s-warn", "f-warn", "7 5")}
    for damping, (line_cls, dot_cls, dash) in styles.items():
        ks, errs = [], []
        for k in range(0, 31):
            q, iters, ok = ik.ik_dls(target, np.zeros(3), damping=damping, max_iters=k)
            if ok:                      # converged at iteration k - 1: nothing new
                break
            e = target - ik.fk(q)
            e[2] = np.arctan2(np.sin(e[2]), np.cos(e[2]))
            ks.append(k)
            errs.append(np.linalg.norm(e))
        p.line(ks, errs, line_cls, label=f"damping {damping}", dash=dash)
        p.markers(ks, errs, dot_cls, r=3.5)
    p.text(30, 1e-6, "tol = 1e-6", cls="f-muted", anchor="end", dy=-6)
    p.line([0, 30], [1e-6, 1e-6], "s-muted", dash="3 4", width=1.5)
    return p.svg()


@figure("humanoid/plots/lipm-walk-com-zmp.svg")
def lipm_walk_com_zmp(book):
    lw = book.program(LOCO, "lipm_walk.py")
    log, stand = lw.simulate(np.zeros(2))
    t = log[:, 0]
    p = Plot("lipm-walk-com-zmp", "LIPM walk: CoM and ZMP",
             "Generated by scripts/figures/book_plots.py from lipm_walk.py: forward position of the"
             " CoM and of the ZMP against time for the walk without a push.",
             "time (s)", "forward position x (m)", (0, 6.3), (-0.1, 1.9),
             [0, 1, 2, 3, 4, 5, 6], [0, 0.5, 1.0, 1.5], height=380)
    p.line(t, log[:, 5], "s-warn", label="ZMP x (commanded)", width=2)
    p.line(t, log[:, 1], "s-info", label="CoM x", width=3)
    p.text(6.2, stand[0], f"rest at {stand[0]:.3f} m", cls="f-muted", anchor="end", dy=22)
    return p.svg()


@figure("humanoid/plots/lipm-push-dcm-error.svg")
def lipm_push_dcm_error(book):
    lw = book.program(LOCO, "lipm_walk.py")
    p = Plot("lipm-push-dcm-error", "DCM error after four pushes",
             "Generated by scripts/figures/book_plots.py from lipm_walk.py: the norm of the DCM error"
             " against time for pushes of 0, 0.3 and 0.4 m/s forward and 0.15 m/s sideways at t = 2 s.",
             "time (s)", "DCM error |xi - xi_ref| (m)", (1.5, 6.3), (0, 0.16),
             [2, 3, 4, 5, 6], [0, 0.05, 0.10, 0.15], height=380, legend_rows=2)
    styles = [([0.0, 0.0], "s-muted", "7 5"), ([0.3, 0.0], "s-accent", None),
              ([0.4, 0.0], "s-danger", None), ([0.0, 0.15], "s-info", None)]
    for push, cls, dash in styles:
        log, _ = lw.simulate(np.array(push))
        err = np.linalg.norm(log[:, 7:9] - log[:, 9:11], axis=1)
        keep = log[:, 0] >= 1.5
        # stop a diverging curve shortly after it leaves the axes
        over = np.nonzero(err > 0.2)[0]
        if over.size:
            keep[over[0] + 1:] = False
        p.line(log[keep, 0], err[keep], cls, label=f"push ({push[0]}, {push[1]}) m/s", dash=dash)
    p.line([1.5, 6.3], [0.10, 0.10], "s-muted", dash="3 4", width=1.5)
    p.text(6.2, 0.10, "toe: 0.10 m from foot centre", cls="f-muted", anchor="end", dy=-6)
    p.text(2.5, 0.14, "0.4 m/s: diverges", cls="f-danger")
    return p.svg()


@figure("humanoid/plots/footstep-plan.svg")
def footstep_plan(book):
    fp = book.program(LOCO, "footstep_planner.py")
    steps, cost, expanded = fp.plan()
    p = Plot("footstep-plan", "A* footstep plan around a box and over a ditch",
             f"Generated by scripts/figures/book_plots.py from footstep_planner.py: top view of the"
             f" corridor with the optimal {len(steps)}-step plan (cost {cost:.2f}); soles drawn to scale"
             f" and numbered in order.",
             "x (m)", "y (m)", (-0.2, 3.1), (-0.1, 1.1), [0, 0.5, 1, 1.5, 2, 2.5, 3],
             [0, 0.5, 1.0], equal=True, left=64, legend_rows=3)
    p.line([-0.2, 3.1], [fp.CORRIDOR[0]] * 2, "s-ink", width=2)
    p.line([-0.2, 3.1], [fp.CORRIDOR[1]] * 2, "s-ink", width=2)
    for i, (x0, y0, x1, y1) in enumerate(fp.BOXES):
        p.rect(x0, y0, x1, y1, "f-danger s-danger", opacity=0.25, label="tall box" if i == 0 else None)
    for i, (x0, y0, x1, y1) in enumerate(fp.HOLES):
        p.rect(x0, y0, x1, y1, "f-warn s-warn", opacity=0.35, label="ditch" if i == 0 else None)
    hx, hy = fp.FOOT[0] / 2, fp.FOOT[1] / 2
    (lx, ly), (rx, ry) = [(c[0] * fp.RES, c[1] * fp.RES) for c in fp.START]
    for x, y in ((lx, ly), (rx, ry)):
        p.rect(x - hx, y - hy, x + hx, y + hy, "f-muted s-muted", opacity=0.15)
    p.text(lx, ly, "start", cls="f-muted", anchor="middle", dy=-16)
    gx = fp.GOAL_X * fp.RES
    p.line([gx, gx], [fp.CORRIDOR[0], fp.CORRIDOR[1]], "s-muted", dash="4 4", width=1.5)
    p.text(gx, fp.CORRIDOR[1], "goal x", cls="f-muted", anchor="middle", dy=-6)
    first = {"L": True, "R": True}
    for n, (foot, x, y) in enumerate(steps, 1):
        cls = "f-info s-info" if foot == "L" else "f-accent s-accent"
        label = None
        if first[foot]:
            label = "left sole" if foot == "L" else "right sole"
            first[foot] = False
        p.rect(x - hx, y - hy, x + hx, y + hy, cls, opacity=0.3, label=label)
        p.text(x, y, str(n), cls="f-ink", anchor="middle", dy=5, size=14, weight="600")
    return p.svg()


@figure("humanoid/plots/ibvs-error.svg")
def ibvs_error(book):
    sim = book.program(MANIP, "ibvs_sim.py")
    true = sim.simulate()
    fixed = sim.simulate(depth_guess=0.30)
    p = Plot("ibvs-error", "IBVS feature error against time",
             "Generated by scripts/figures/book_plots.py from ibvs_sim.py: feature error norm against"
             " time with the true depths and with all depths fixed at 0.30 m, log scale, with the"
             " exponential 0.303 e^(-0.5 t) for reference.",
             "time (s)", "feature error |e| (log scale)", (0, 6), (0.01, 0.4),
             [0, 1, 2, 3, 4, 5, 6], [0.01, 0.02, 0.05, 0.1, 0.2], log_y=True, height=380,
             legend_rows=2)
    p.line(fixed[:, 0], fixed[:, 1], "s-warn", label="depths fixed at 0.30 m", dash="7 5")
    p.line(true[:, 0], true[:, 1], "s-info", label="true depths", width=3)
    ts = np.arange(0, 7)
    p.markers(ts, true[0, 1] * np.exp(-0.5 * ts), "f-ink", label="0.303 exp(-0.5 t)", r=3.5)
    return p.svg()


@figure("humanoid/plots/admittance-insertion.svg")
def admittance_insertion(book):
    ai = book.program(MANIP, "admittance_insert.py")
    log = np.array(ai.insert())
    mm = 1000.0
    p = Plot("admittance-insertion", "Admittance-controlled peg insertion: tip path",
             "Generated by scripts/figures/book_plots.py from admittance_insert.py: the path of the"
             " peg tip, height against lateral position in millimetres, over the chamfered hole.",
             "lateral position x (mm)", "height z (mm)", (-6, 6), (-15, 5),
             [-6, -4, -2, 0, 2, 4, 6], [-15, -10, -5, 0, 5], equal=True, width=440, left=70,
             legend_rows=2)
    c, w, b = ai.CLEAR * mm, ai.W * mm, ai.Z_BOTTOM * mm
    ch = ai.CHAMFER * mm
    # the part, as two solid blocks with the chamfered hole between them
    p.polygon([-6, -w, -c, -c, c, c, w, 6, 6, -6], [0, 0, -ch, b, b, -ch, 0, 0, -15, -15],
              "f-muted s-muted", opacity=0.25, label="part")
    p.line(log[:, 1] * mm, log[:, 2] * mm, "s-info", label="peg tip path", width=3)
    touch = next(r for r in log if r[4] > 0.5)
    inside = next(r for r in log if abs(r[1]) <= ai.CLEAR)
    bottom = next(r for r in log if abs(r[1]) <= ai.CLEAR and r[4] > 0.5)
    for r, text, dx in ((touch, f"touch {touch[0]:.2f} s", 10), (inside, f"in hole {inside[0]:.2f} s", 10),
                        (bottom, f"bottom {bottom[0]:.2f} s", 10)):
        p.markers([r[1] * mm], [r[2] * mm], "f-ink", r=4.5)
        p.text(r[1] * mm, r[2] * mm, text, cls="f-ink", dx=dx, dy=5)
    p.text(log[0, 1] * mm, log[0, 2] * mm, "start", cls="f-muted", dx=10, dy=5)
    return p.svg()


@figure("humanoid/plots/ssm-max-speed.svg")
def ssm_max_speed(book):
    ssm = book.program(HRI, "ssm_speed.py")
    logic = book.program(HRI, "safety_watchdog/safety_logic.py")
    limits = logic.Limits()
    d = np.round(np.arange(0.0, 2.5001, 0.01), 2)
    v_ssm = [ssm.max_safe_speed(x) for x in d]
    v_dog = []
    for x in d:
        scale, _ = logic.decide(0.0, limits, False, 0.0, 0.0, 0.0, float(x))
        v_dog.append(logic.limit_command(10.0, 0.0, 0.0, scale, limits)[0])
    p = Plot("ssm-max-speed", "Speed allowed by SSM and by the watchdog",
             "Generated by scripts/figures/book_plots.py from ssm_speed.py and safety_logic.py:"
             " the largest robot speed for which the protective separation distance fits in the"
             " measured separation, and the watchdog's linear slow-down, against separation.",
             "separation to the person (m)", "robot speed (m/s)", (0, 2.5), (0, 1.7),
             [0, 0.5, 1.0, 1.5, 2.0, 2.5], [0, 0.5, 1.0, 1.5], height=380, legend_rows=1,
             right=30)
    p.line(d, v_ssm, "s-info", label="max_safe_speed (SSM bound)", width=3)
    p.line(d, v_dog, "s-warn", label="watchdog limit (default Limits)", dash="7 5")
    p.markers([0.4, 0.6, 1.0, 1.5, 2.0], [ssm.max_safe_speed(x) for x in (0.4, 0.6, 1.0, 1.5, 2.0)],
              "f-info", label="the values ssm_speed.py prints", r=4.5)
    p.text(0.36, 0.0, "0.36 m", cls="f-muted", anchor="end", dx=-4, dy=-10)
    return p.svg()


# --------------------------------------------------------------------------
def main(argv):
    check = "--check" in argv
    wanted = [a for a in argv[1:] if a != "--check"]
    stale = []
    book = Book()
    try:
        for path, fn in FIGURES:
            if wanted and not any(w in path for w in wanted):
                continue
            svg = fn(book)
            out = IMAGES / path
            out.parent.mkdir(parents=True, exist_ok=True)
            old = out.read_text(encoding="utf-8") if out.exists() else None
            if old == svg:
                print(f"up to date  public/images/{path}")
            elif check:
                stale.append(path)
                print(f"STALE       public/images/{path}: the chapter's code now draws another plot")
            else:
                out.write_text(svg, encoding="utf-8")
                print(f"wrote       public/images/{path}")
    finally:
        book.close()
    if stale:
        print(f"{len(stale)} plot(s) out of date: run python3 scripts/figures/book_plots.py and commit them.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
