import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";
import { CreateClassForm } from "@/components/classes/class-actions";
import { getDb } from "@/db";
import { classesTaughtBy } from "@/db/queries/classes";
import { requireInstructorPage } from "@/lib/roles";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const { session } = await requireInstructorPage("/teach");
  const classes = await classesTaughtBy(await getDb(), session.user.id);
  return (
    <div className="mx-auto w-full max-w-4xl space-y-6 px-4 py-10">
      <h1 className="font-mono text-2xl font-semibold">Your classes</h1>
      {classes.length === 0 ? (
        <p className="card" data-testid="teach-empty">
          You teach no class yet. Create one below: students join it with its link or its code.
        </p>
      ) : (
        <ul className="space-y-3">
          {classes.map((row) => (
            <li key={row.id} className="card flex flex-wrap items-center justify-between gap-3">
              <IntentLink href={`/teach/${row.id}`} className="font-semibold text-accent underline">
                {row.name}
                {row.term && <span className="font-normal text-muted"> · {row.term}</span>}
              </IntentLink>
              <span className="font-mono text-sm text-muted">
                Code {row.joinCode}
                {row.joiningClosed && " (closed)"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <CreateClassForm />
    </div>
  );
}
