import Link from "next/link";

const MODULES = [
  { title: "Foundations", text: "What Physical AI is, the humanoid landscape, sensors, and the lab you need." },
  { title: "ROS 2 — the robotic nervous system", text: "Nodes, topics, services, actions, launch files, tf2 and URDF for humanoids." },
  { title: "The digital twin", text: "Gazebo Harmonic worlds, simulated sensors, the ros_gz bridge, and Unity for HRI." },
  { title: "The AI-robot brain", text: "NVIDIA Isaac Sim, Isaac ROS perception and VSLAM, Nav2, and sim-to-real RL." },
  { title: "Humanoid development", text: "Kinematics and dynamics, bipedal balance, manipulation, and safe interaction." },
  { title: "Vision-language-action", text: "Voice to action with Whisper, LLM planners, VLA models, and conversational robots." },
];

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const { deleted } = await searchParams;
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:py-16">
      {deleted === "1" && (
        <p role="status" className="card mb-8 text-sm">
          Your account and all its data have been deleted.
        </p>
      )}
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
          <Link href="/learn" className="btn-primary">
            Start reading
          </Link>
          <Link href="/sign-up" className="btn-ghost">
            Create a free account
          </Link>
        </div>
      </section>
      <section aria-labelledby="modules" className="mt-16">
        <h2 id="modules" className="font-mono text-sm uppercase tracking-wider text-accent">
          The course at a glance
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {MODULES.map((module, index) => (
            <li key={module.title} className="card">
              <p className="font-mono text-xs text-muted">Module {index}</p>
              <h3 className="mt-1 font-semibold">{module.title}</h3>
              <p className="mt-2 text-sm text-muted">{module.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
