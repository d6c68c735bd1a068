import "server-only";
import { leadOnly, type Member } from "@/lib/auth/policy";
import type { Transaction } from "@/lib/db";
import { defineMutation, refuse, Refused } from "@/lib/mutations/define-mutation";
import { sameName } from "@/lib/validation/fields";
import { fieldFailure } from "@/lib/mutations/result";
import { addEnvironmentSchema, renameEnvironmentSchema } from "./schemas";
import type { EnvironmentView } from "./types";

const takenName = ({ name }: { name: string }) =>
  fieldFailure("name", `There is already an environment called "${name}".`);
const manageEnvironments = (actor: Member) => leadOnly(actor, "manage environments");
const select = { id: true, name: true, position: true } as const;

/** "prd" beside "Prd" would be two environments a person cannot tell apart. */
async function refuseTakenName(tx: Transaction, name: string, exceptId: string | null) {
  const others = await tx.environment.findMany({ where: exceptId ? { id: { not: exceptId } } : {}, select });
  const clash = others.find((other) => sameName(other.name, name));
  if (clash) throw new Refused(takenName(clash));
}

/** Teams name their environments their own way ("Staging", "Prod"); verifications stay attached. */
export const renameEnvironment = defineMutation({
  what: "rename the environment",
  schema: renameEnvironmentSchema,
  authorize: manageEnvironments,
  onUniqueViolation: takenName,
  async run({ tx, input: { environmentId, name } }): Promise<EnvironmentView> {
    await refuseTakenName(tx, name, environmentId);
    const { count } = await tx.environment.updateMany({ where: { id: environmentId }, data: { name } });
    if (count === 0) throw refuse("This environment no longer exists.");
    return tx.environment.findUniqueOrThrow({ where: { id: environmentId }, select });
  },
});

/** A new environment goes last in the promotion order (e.g. a second production region). */
export const addEnvironment = defineMutation({
  what: "add the environment",
  schema: addEnvironmentSchema,
  authorize: manageEnvironments,
  onUniqueViolation: takenName,
  async run({ tx, input: { name } }): Promise<EnvironmentView> {
    await refuseTakenName(tx, name, null);
    const last = await tx.environment.findFirst({ orderBy: { position: "desc" }, select: { position: true } });
    return tx.environment.create({ data: { name, position: (last?.position ?? -1) + 1 }, select });
  },
});
