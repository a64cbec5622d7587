// Who may do what, in Better-Auth's access-control terms: one definition for
// the server's admin plugin and the client's, so both agree.
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";

export const ROLES = ["student", "instructor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ac = createAccessControl({
  ...defaultStatements,
  class: ["create"],
  instructorInvite: ["create"],
});

export const roles = {
  student: ac.newRole({ user: [], session: [] }),
  instructor: ac.newRole({ class: ["create"] }),
  admin: ac.newRole({ ...adminAc.statements, class: ["create"], instructorInvite: ["create"] }),
};

export const isRole = (value: unknown): value is Role => typeof value === "string" && (ROLES as readonly string[]).includes(value);
