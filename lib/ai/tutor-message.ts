import type { UIMessage } from "ai";
import type { Source } from "@/db/queries/chat";

/** What travels with each tutor message: where it came from and how it ended. */
export type TutorMetadata = {
  conversationId?: string;
  sources?: Source[];
  offline?: boolean;
  status?: "complete" | "interrupted";
  createdAt?: string;
};

export type SelectionPart = { text: string; chapter?: string; heading?: string };

export type TutorUIMessage = UIMessage<TutorMetadata, { selection: SelectionPart }>;
