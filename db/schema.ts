import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import {
  AI_LEVELS,
  GOALS,
  GPU_OPTIONS,
  HOURS_PER_WEEK,
  JETSON_OPTIONS,
  LEVELS,
  ROBOT_ACCESS,
  ROS_EXPERIENCE,
  SENSORS,
} from "@/lib/background/options";
import { FEEDBACK_RATINGS } from "@/lib/ai/tutor-message";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

// Better-Auth's core tables. Property names are the field names Better-Auth
// expects; column names follow the app's snake_case convention.
export const user = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  // Set by Better-Auth's anonymous plugin for guests who chat before signing up.
  isAnonymous: boolean("is_anonymous").notNull().default(false),
  // Better-Auth's admin plugin: the role (lib/permissions.ts) and a ban that ends every session.
  role: text("role").notNull().default("student"),
  banned: boolean("banned").notNull().default(false),
  banReason: text("ban_reason"),
  banExpires: timestamp("ban_expires", { withTimezone: true }),
  // Better-Auth's two-factor plugin.
  twoFactorEnabled: boolean("two_factor_enabled").notNull().default(false),
  ...timestamps,
});

export const session = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    // Set by the admin plugin when an admin acts as this user.
    impersonatedBy: text("impersonated_by"),
    // Better-Auth's organization plugin: the class the session last chose.
    activeOrganizationId: text("active_organization_id"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (t) => [index("session_user_id_idx").on(t.userId)],
);

export const account = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    ...timestamps,
  },
  (t) => [index("account_user_id_idx").on(t.userId)],
);

export const verification = pgTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

// Better-Auth's two-factor plugin: the TOTP secret and the backup codes (both encrypted with the auth secret).
export const twoFactor = pgTable(
  "two_factor",
  {
    id: text("id").primaryKey(),
    secret: text("secret").notNull(),
    backupCodes: text("backup_codes").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    verified: boolean("verified").notNull().default(true),
    failedVerificationCount: integer("failed_verification_count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
  },
  (t) => [index("two_factor_user_id_idx").on(t.userId), index("two_factor_secret_idx").on(t.secret)],
);

// Better-Auth's passkey plugin: one row per registered WebAuthn credential.
export const passkey = pgTable(
  "passkey",
  {
    id: text("id").primaryKey(),
    name: text("name"),
    publicKey: text("public_key").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    credentialID: text("credential_id").notNull(),
    counter: integer("counter").notNull(),
    deviceType: text("device_type").notNull(),
    backedUp: boolean("backed_up").notNull(),
    transports: text("transports"),
    createdAt: timestamp("created_at", { withTimezone: true }),
    aaguid: text("aaguid"),
  },
  (t) => [index("passkey_user_id_idx").on(t.userId), index("passkey_credential_id_idx").on(t.credentialID)],
);

// Auth rate-limit counters live in the database so limits hold across
// serverless instances.
export const rateLimit = pgTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

export const userBackground = pgTable("user_background", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  programmingExperience: text("programming_experience", { enum: LEVELS }).notNull(),
  pythonLevel: text("python_level", { enum: LEVELS }).notNull(),
  cppLevel: text("cpp_level", { enum: LEVELS }).notNull(),
  rosExperience: text("ros_experience", { enum: ROS_EXPERIENCE }).notNull(),
  linuxComfort: text("linux_comfort", { enum: LEVELS }).notNull(),
  aiMlExperience: text("ai_ml_experience", { enum: AI_LEVELS }).notNull(),
  gpu: text("gpu", { enum: GPU_OPTIONS }).notNull(),
  jetson: text("jetson", { enum: JETSON_OPTIONS }).notNull(),
  sensors: text("sensors", { enum: SENSORS }).array().notNull().default([]),
  robotAccess: text("robot_access", { enum: ROBOT_ACCESS }).notNull(),
  goals: text("goals", { enum: GOALS }).array().notNull().default([]),
  goalsNote: text("goals_note"),
  hoursPerWeek: text("hours_per_week", { enum: HOURS_PER_WEEK }).notNull(),
  completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamps.updatedAt,
});

export const conversations = pgTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    title: text("title").notNull().default("New conversation"),
    ...timestamps,
  },
  (t) => [index("conversations_user_updated_idx").on(t.userId, t.updatedAt.desc())],
);

export const messages = pgTable(
  "messages",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["system", "user", "assistant"] }).notNull(),
    // AI SDK UIMessage parts, stored as-is so history round-trips to useChat.
    parts: jsonb("parts").notNull(),
    sources: jsonb("sources").notNull().default([]),
    // "interrupted" marks an answer cut short by a client abort or model error.
    status: text("status", { enum: ["complete", "interrupted"] }).notNull().default("complete"),
    // The reader's verdict on an answer, and what they said was wrong.
    feedbackRating: text("feedback_rating", { enum: FEEDBACK_RATINGS }),
    feedbackNote: text("feedback_note"),
    feedbackAt: timestamp("feedback_at", { withTimezone: true }),
    // A question sent again under its id is answered again, so it counts
    // against the hourly limit again: how often within the hour, and when last.
    retries: integer("retries").notNull().default(0),
    retriedAt: timestamp("retried_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [index("messages_conversation_created_idx").on(t.conversationId, t.createdAt)],
);

// Every administrative action: who (kept as an email too, should that account be deleted), what, whom, when.
export const adminAudit = pgTable(
  "admin_audit",
  {
    id: text("id").primaryKey(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    actorEmail: text("actor_email").notNull(),
    action: text("action").notNull(),
    targetId: text("target_id"),
    targetEmail: text("target_email"),
    detail: text("detail"),
    createdAt: timestamps.createdAt,
  },
  (t) => [index("admin_audit_created_idx").on(t.createdAt.desc())],
);

// Single-use links an admin hands out; only a hash of each token is kept.
export const instructorInvite = pgTable("instructor_invite", {
  id: text("id").primaryKey(),
  tokenHash: text("token_hash").notNull().unique(),
  createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedBy: text("used_by").references(() => user.id, { onDelete: "set null" }),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: timestamps.createdAt,
});

// How far a reader got in each chapter: the furthest section reached, and when it counted as read
// (reaching its end or "Mark as read"). Guests have rows too; sign-up moves them (lib/guests.ts).
export const chapterProgress = pgTable(
  "chapter_progress",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    chapter: text("chapter").notNull(),
    furthestSection: text("furthest_section"),
    // Index of that section on the page, so "furthest" compares positions, not names.
    furthestIndex: integer("furthest_index").notNull().default(0),
    readAt: timestamp("read_at", { withTimezone: true }),
    lastVisitAt: timestamp("last_visit_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.chapter] }), index("chapter_progress_user_visit_idx").on(t.userId, t.lastVisitAt.desc())],
);

// Each reader's answers to each quiz, decided on the server from the book. Choices are indexes into
// the options as the book lists them, whatever order the reader saw them in.
export const quizAnswer = pgTable(
  "quiz_answer",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    quizId: text("quiz_id").notNull(),
    chapter: text("chapter").notNull(),
    firstChoice: integer("first_choice").notNull(),
    firstCorrect: boolean("first_correct").notNull(),
    latestChoice: integer("latest_choice").notNull(),
    latestCorrect: boolean("latest_correct").notNull(),
    attempts: integer("attempts").notNull().default(1),
    // Its place in the reader's Leitner review (lib/learning/leitner.ts); null when not in review.
    reviewBox: integer("review_box"),
    reviewDueAt: timestamp("review_due_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.quizId] }),
    index("quiz_answer_user_chapter_idx").on(t.userId, t.chapter),
    index("quiz_answer_user_due_idx").on(t.userId, t.reviewDueAt),
  ],
);

// Classes are Better-Auth organizations: the instructor who creates one is its "owner", students
// are "member"s. A class has a term, a short join code and can stop taking new students.
export const organization = pgTable("organization", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  logo: text("logo"),
  metadata: text("metadata"),
  term: text("term"),
  joinCode: text("join_code").unique(),
  joiningClosed: boolean("joining_closed").notNull().default(false),
  createdAt: timestamps.createdAt,
});

export const member = pgTable(
  "member",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role").notNull().default("member"),
    createdAt: timestamps.createdAt,
  },
  (t) => [index("member_organization_idx").on(t.organizationId), index("member_user_idx").on(t.userId)],
);

// The plugin's email invitations; classes are joined by link or code instead, but the plugin needs the table.
export const invitation = pgTable("invitation", {
  id: text("id").primaryKey(),
  organizationId: text("organization_id")
    .notNull()
    .references(() => organization.id, { onDelete: "cascade" }),
  email: text("email").notNull(),
  role: text("role"),
  status: text("status").notNull().default("pending"),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  inviterId: text("inviter_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" }),
  createdAt: timestamps.createdAt,
});

// A chapter rewritten by the model for one background profile (lib/background/profile.ts), shared by every reader
// with that profile, so it holds nothing of any one reader. Keyed by the page's digest: an edited chapter is rewritten afresh.
export const chapterPersonalisation = pgTable(
  "chapter_personalisation",
  {
    chapter: text("chapter").notNull(),
    lang: text("lang").notNull(),
    digest: text("digest").notNull(),
    profile: text("profile").notNull(),
    body: text("body").notNull(),
    // How many of the chapter's parts failed the checks and are the book's own text.
    originalParts: integer("original_parts").notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [primaryKey({ columns: [t.chapter, t.lang, t.digest, t.profile] })],
);

// Each personalisation a reader had the model write: it counts with their tutor questions against the hourly allowance.
export const personalisationRun = pgTable(
  "personalisation_run",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    chapter: text("chapter").notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [index("personalisation_run_user_created_idx").on(t.userId, t.createdAt)],
);
