import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadBook } from "@/lib/content/book";
import { compareOutput, programsOf } from "@/lib/content/code-blocks";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const frontmatter = `---
title: "Code"
description: "A test chapter."
order: 1
objectives:
  - "Run code"
estimatedMinutes: 10
tags: ["test"]
---
`;

const fence = (lang: string, meta: string, body: string) => `\n\`\`\`${lang}${meta ? ` ${meta}` : ""}\n${body}\n\`\`\`\n`;

/** A one-chapter scratch book; returns its folder. */
function bookWith(body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "code-book-"));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, "m"));
  fs.writeFileSync(path.join(dir, "m", "code.mdx"), frontmatter + body);
  return dir;
}

const chapterOf = (dir: string) => programsOf(loadBook(dir).bySlug.get("m/code")!);

function testCode(dir: string): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync("npx", ["tsx", "scripts/content-test-code.ts", dir], { encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, output: failure.stdout + failure.stderr };
  }
}

const hasPythonAndNumpy = spawnSync("python3", ["-c", "import numpy"]).status === 0;

describe("which Python blocks are programs", () => {
  it("takes titled blocks as programs, untitled or `fragment` ones as fragments, and pairs each with its output block", () => {
    const dir = bookWith(
      fence("python", 'title="pkg/pkg/walk.py" {2}', "print(1.5)") +
        fence("text", 'title="walk.py output"', "speed 1.5 m/s") +
        fence("python", "", "x = step()") +
        fence("python", 'title="setup.py (excerpt)" fragment', "setup(") +
        fence("python", 'title="test/test_walk.py (pytest)"', "def test_it(): pass") +
        fence("python", 'title="launch/robot.launch.py"', "def generate_launch_description(): pass") +
        fence("python", 'title="setup.py"', "from setuptools import setup") +
        fence("text", 'title="gone.py output"', "3"),
    );
    const { programs, fragments, orphanOutputs } = chapterOf(dir);
    expect(programs.map((p) => [p.path, p.kind, p.output?.text ?? null])).toEqual([
      ["pkg/pkg/walk.py", "script", "speed 1.5 m/s"],
      ["test/test_walk.py", "pytest", null],
      ["launch/robot.launch.py", "launch", null],
      ["setup.py", "setup", null],
    ]);
    expect(programs[0]!.line).toBe(11);
    expect(fragments).toBe(2);
    expect(orphanOutputs).toEqual([{ line: expect.any(Number), title: "gone.py output" }]);
  });
});

describe("comparing printed numbers with the book's", () => {
  it("accepts the same numbers in other words, and one unit of the last decimal", () => {
    expect(compareOutput("error 0.30 m after 13 steps", "err=0.30 (13 iterations)")).toBeNull();
    expect(compareOutput("tau = [37.68, 10.49, -0.59]", "tau = [37.69, 10.49, -0.59]")).toBeNull();
    expect(compareOutput("H1 robot, x_1 = 2e-3", "H1 robot, x_1 = 0.002")).toBeNull();
  });

  it("names the first number that differs, and a missing or extra number", () => {
    expect(compareOutput("peak 0.25 m\nsettles in 13 steps", "peak 0.27 m\nsettles in 13 steps")).toBe(
      'number 1 of the output: the book shows 0.25, the program printed 0.27 (book\'s line: "peak 0.25 m")',
    );
    expect(compareOutput("13 iterations", "14 iterations")).toMatch(/the book shows 13, the program printed 14/);
    expect(compareOutput("1 2 3", "1 2")).toBe("the book's output has 3 numbers, the program printed 2");
  });
});

describe.skipIf(!hasPythonAndNumpy)("npm run content:test-code", () => {
  it("runs programs, compares their output, compiles what needs ROS, and fails naming chapter and line", () => {
    const dir = bookWith(
      fence("python", 'title="lib/gain.py"', "import numpy as np\n\ndef gain(k):\n    return float(np.round(k * 1.5, 2))") +
        fence("python", 'title="right.py"', "from gain import gain\nprint(f'gain {gain(2)} and {gain(3)}')") +
        fence("text", 'title="right.py output"', "gain 3.0 and 4.5") +
        fence("python", 'title="wrong.py"', "print(0.31)") +
        fence("text", 'title="wrong.py output"', "0.25") +
        fence("python", 'title="node.py"', "import rclpy\nfrom gain import gain") +
        fence("python", 'title="uses_node.py"', "import node") +
        fence("python", 'title="broken.py"', "def f(:\n    pass") +
        fence("python", 'title="test_gain.py"', "from gain import gain\n\ndef test_gain():\n    assert gain(2) == 3.0") +
        fence("python", "", "this is not python at all"),
    );
    const { status, output } = testCode(dir);
    expect(output).toMatch(/m\/code\.mdx:\d+ wrong\.py: output differs from the block at line \d+: number 1 of the output: the book shows 0\.25, the program printed 0\.31/);
    expect(output).toMatch(/m\/code\.mdx:\d+ broken\.py: does not compile: line 1:/);
    expect(output).toMatch(/content:test-code: \d blocks run, \d passed, 2 failed/);
    expect(output).toMatch(/for want of \(programs per module\) rclpy 2\b.*\. 1 fragments not checked\./);
    expect(output).not.toMatch(/right\.py:|lib\/gain\.py:|test_gain\.py:/);
    expect(status).toBe(1);
  });
});
