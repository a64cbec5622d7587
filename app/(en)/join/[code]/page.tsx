import type { Metadata } from "next";
import { JoinClassForm } from "@/components/classes/class-actions";
import { requirePageSession } from "@/lib/auth";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinWithLinkPage({ params }: PageProps<"/join/[code]">) {
  const { code } = await params;
  await requirePageSession(`/join/${encodeURIComponent(code)}`);
  return (
    <div className="mx-auto w-full max-w-md space-y-6 px-4 py-10">
      <h1 className="font-mono text-2xl font-semibold">Join a class</h1>
      <JoinClassForm code={code.slice(0, 40)} />
    </div>
  );
}
