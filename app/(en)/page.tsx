import { IntentLink } from "@/components/site/intent-link";
import { Suspense } from "react";
import { ModuleCards } from "@/components/book/module-cards";
import { ContinueReading } from "@/components/learning/continue-reading";
import { DeletedNotice } from "@/components/site/deleted-notice";
import { HomeAccountLink } from "@/components/site/home-account-link";
import { getBook } from "@/lib/content";
import { bookOutline } from "@/lib/learning/outline";

const OUTCOMES = [
  "Build ROS 2 Jazzy packages in Python: nodes, topics, services, actions, launch files and parameters.",
  "Describe a humanoid in URDF and simulate it, with its sensors, in Gazebo Harmonic and NVIDIA Isaac Sim.",
  "Run GPU-accelerated perception and visual SLAM with Isaac ROS, and navigate with Nav2.",
  "Reason about kinematics, balance (centre of mass, ZMP) and grasping for legged, two-armed robots.",
  "Train policies in simulation and carry them to hardware with domain randomization.",
  "Turn a spoken request into a plan and ROS 2 actions with Whisper, LLMs and vision-language-action models.",
];

// Keyed by module slug so each row carries the module's own title, the numbering the sidebar and cards use.
const WEEKS = [
  ["1–2", "foundations", "Physical AI, the humanoid landscape, sensors, your lab"],
  ["3–5", "ros2", "Architecture and QoS, communication, packages, launch, tf2, URDF"],
  ["6–7", "simulation", "Gazebo worlds and SDF, simulated sensors, ros_gz, Unity"],
  ["8–10", "isaac", "Isaac Sim and synthetic data, Isaac ROS and VSLAM, Nav2, RL and sim-to-real"],
  ["11–12", "humanoid", "Kinematics and dynamics, control and contact forces, walking and balance, manipulation, HRI and safety"],
  ["13", "vla", "Whisper, LLM planners, VLA models, conversational robots"],
  ["+", "capstone", "An autonomous humanoid: voice → plan → navigate → perceive → manipulate"],
] as const;

const TIERS = [
  ["Cloud or laptop", "Any computer plus a cloud GPU instance for Isaac Sim", "All reading, ROS 2 and Gazebo labs; Isaac labs in the cloud"],
  ["RTX workstation", "Ubuntu 24.04, an RTX GPU with 12 GB+ VRAM, 32 GB RAM", "Every simulation lab locally, including Isaac Sim and RL training"],
  ["+ Edge kit", "Jetson Orin Nano/NX, RealSense depth camera, USB microphone array", "Deploy perception, VSLAM and voice pipelines on the robot's own computer"],
  ["+ Robot", "Unitree Go2 as a proxy, or a Unitree G1 humanoid", "Run the capstone on hardware, with the safety practices of the HRI chapter"],
];

const studyTime = (minutes: number) => (minutes >= 60 ? `${Math.round(minutes / 60)} h` : "under an hour");

export default function HomePage() {
  const book = getBook();
  const first = book.pages[0];
  const weeks = WEEKS.flatMap(([week, slug, topics]) => {
    const found = book.modules.find((candidate) => candidate.slug === slug);
    return found ? [[week, found, topics] as const] : [];
  });
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:py-16">
      <Suspense fallback={null}>
        <DeletedNotice />
      </Suspense>
      <section className="max-w-3xl space-y-5">
        <p className="font-mono text-sm text-accent">$ ros2 launch physical_ai course.launch.py</p>
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">Physical AI &amp; Humanoid Robotics</h1>
        <p className="text-lg text-muted">
          An interactive textbook for building robots that perceive, reason and act in the physical world — from your
          first ROS 2 node to a humanoid that takes a spoken command, plans, walks to an object and picks it up.
        </p>
        <p className="text-muted">
          Read the chapters, and ask the built-in AI tutor about anything in them. It answers from the book, cites the
          sections it used, and adapts to your software and hardware background.
        </p>
        <div className="flex flex-wrap gap-3 pt-2">
          {first && (
            <IntentLink href={first.href} className="btn-primary">
              Start reading
            </IntentLink>
          )}
          <HomeAccountLink />
          <IntentLink href="/ur" hrefLang="ur" lang="ur" className="btn-ghost">
            اردو میں پڑھیں
          </IntentLink>
        </div>
        <ContinueReading pages={bookOutline(book).flatMap((module) => module.pages)} />
      </section>

      <section aria-labelledby="modules" className="mt-16">
        <h2 id="modules" className="font-mono text-sm uppercase tracking-wider text-accent">
          The course at a glance
        </h2>
        <ModuleCards
          modules={book.modules}
          footer={(module) => (
            <p className="mt-3 font-mono text-xs text-muted">
              {module.chapters.length} chapters · {studyTime(module.chapters.reduce((sum, c) => sum + c.frontmatter.estimatedMinutes, 0))}
            </p>
          )}
        />
      </section>

      <div className="mt-16 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="outcomes">
          <h2 id="outcomes" className="font-mono text-sm uppercase tracking-wider text-accent">
            What you will be able to do
          </h2>
          <ul className="mt-4 space-y-2 text-sm">
            {OUTCOMES.map((outcome) => (
              <li key={outcome} className="flex gap-2">
                <span aria-hidden="true" className="font-mono text-accent">
                  ✓
                </span>
                {outcome}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="weeks">
          <h2 id="weeks" className="font-mono text-sm uppercase tracking-wider text-accent">
            Thirteen weeks, week by week
          </h2>
          <table className="mt-4 w-full text-start text-sm">
            <thead className="text-xs text-muted">
              <tr>
                <th className="py-1 pe-3 font-normal">Week</th>
                <th className="py-1 pe-3 font-normal">Module</th>
                <th className="py-1 font-normal">Topics</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map(([week, module, topics]) => (
                <tr key={week} className="border-t border-border align-top">
                  <td className="py-2 pe-3 font-mono text-accent">{week}</td>
                  <td className="py-2 pe-3 font-medium">{module.title}</td>
                  <td className="py-2 text-muted">{topics}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <IntentLink href="/learn/capstone/course-plan" className="link mt-3 inline-block text-sm">
            The full course plan →
          </IntentLink>
        </section>
      </div>

      <section aria-labelledby="tiers" className="mt-16">
        <h2 id="tiers" className="font-mono text-sm uppercase tracking-wider text-accent">
          Hardware tiers — start with what you have
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {TIERS.map(([tier, kit, reach]) => (
            <li key={tier} className="card">
              <h3 className="font-semibold">{tier}</h3>
              <p className="mt-2 text-sm">{kit}</p>
              <p className="mt-2 text-sm text-muted">{reach}</p>
            </li>
          ))}
        </ol>
        <IntentLink href="/learn/foundations/hardware-and-lab-setup" className="link mt-3 inline-block text-sm">
          Choosing hardware and setting up your lab →
        </IntentLink>
      </section>
    </div>
  );
}
