import "server-only";
import { db } from "@/lib/db";
import { enforce, guarded, refusingDuplicates } from "@/lib/mutations/guard";
import { leadOnly } from "@/lib/auth/policy";
import { failure, invalidInput, success, type ActionResult } from "@/lib/mutations/result";
import { addEnvironmentSchema, renameEnvironmentSchema } from "@/lib/environments/schemas";
import type { SignedInMember } from "@/lib/auth/member";
import type { EnvironmentView } from "@/lib/environments/types";

const takenName = (name: string) => () =>
  failure("Some fields need attention; nothing was saved.", { name: [`There is already an environment called "${name}".`] });

const select = { id: true, name: true, position: true } as const;

/** Teams name their environments their own way ("Staging", "Prod"); verifications stay attached. */
export async function renameEnvironment(actor: SignedInMember, input: unknown): Promise<ActionResult<EnvironmentView>> {
  const parsed = renameEnvironmentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { environmentId, name } = parsed.data;
  return guarded("rename the environment", () =>
    refusingDuplicates(takenName(name), async () => {
      enforce(leadOnly(actor, "manage environments"));
      const { count } = await db.environment.updateMany({ where: { id: environmentId }, data: { name } });
      if (count === 0) return failure("This environment no longer exists.");
      return success(await db.environment.findUniqueOrThrow({ where: { id: environmentId }, select }));
    }),
  );
}

/** A new environment goes last in the promotion order (e.g. a second production region). */
export async function addEnvironment(actor: SignedInMember, input: unknown): Promise<ActionResult<EnvironmentView>> {
  const parsed = addEnvironmentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { name } = parsed.data;
  return guarded("add the environment", () =>
    refusingDuplicates(takenName(name), () =>
      db.$transaction(async (tx) => {
        enforce(leadOnly(actor, "manage environments"));
        const last = await tx.environment.findFirst({ orderBy: { position: "desc" }, select: { position: true } });
        return success(await tx.environment.create({ data: { name, position: (last?.position ?? -1) + 1 }, select }));
      }),
    ),
  );
}
