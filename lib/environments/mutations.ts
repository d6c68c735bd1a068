import "server-only";
import { leadOnly, type Member } from "@/lib/auth/policy";
import { defineMutation, refuse } from "@/lib/mutations/define-mutation";
import { fieldFailure } from "@/lib/mutations/result";
import { addEnvironmentSchema, renameEnvironmentSchema } from "./schemas";
import type { EnvironmentView } from "./types";

const takenName = ({ name }: { name: string }) =>
  fieldFailure("name", `There is already an environment called "${name}".`);
const manageEnvironments = (actor: Member) => leadOnly(actor, "manage environments");
const select = { id: true, name: true, position: true } as const;

/** Teams name their environments their own way ("Staging", "Prod"); verifications stay attached. */
export const renameEnvironment = defineMutation({
  what: "rename the environment",
  schema: renameEnvironmentSchema,
  authorize: manageEnvironments,
  onUniqueViolation: takenName,
  async run({ tx, input: { environmentId, name } }): Promise<EnvironmentView> {
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
    const last = await tx.environment.findFirst({ orderBy: { position: "desc" }, select: { position: true } });
    return tx.environment.create({ data: { name, position: (last?.position ?? -1) + 1 }, select });
  },
});
