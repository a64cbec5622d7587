import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "The book" };

// The chapter reader arrives with the textbook issue (#3); until then this page
// says so rather than pretending to be a chapter.
export default function LearnPage() {
  return (
    <article className="mx-auto max-w-3xl space-y-4 px-4 py-12">
      <p className="font-mono text-sm text-accent">Chapter 0</p>
      <h1 className="text-3xl font-bold">Welcome to the course</h1>
      <p className="text-muted">
        Over thirteen weeks you will go from the ideas behind Physical AI, through ROS 2, simulation with Gazebo and NVIDIA
        Isaac, to humanoid control and vision-language-action models, ending with a capstone: an autonomous humanoid that
        hears a command, plans, navigates, perceives and manipulates.
      </p>
      <p className="text-muted">
        The chapters are being published now. Meanwhile,{" "}
        <Link href="/sign-up" className="link">
          create an account
        </Link>{" "}
        and tell us about your background so the tutor is ready for you.
      </p>
    </article>
  );
}
