import "server-only";
import { db } from "@/lib/db";
import { enforce, guarded, refusingDuplicates } from "@/lib/mutations/guard";
import { leadOnly } from "@/lib/auth/policy";
import { failure, invalidInput, success, type ActionResult } from "@/lib/mutations/result";
import { availableContexts } from "./queries";
import { addClusterSchema, removeClusterSchema } from "./schemas";
import type { SignedInMember } from "@/lib/auth/member";

const NEEDS_ATTENTION = "Some fields need attention; nothing was saved.";

/** Registers a cluster of an environment by its kubeconfig context; the credentials stay in the kubeconfig. */
export async function addCluster(actor: SignedInMember, input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = addClusterSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { name, context, environmentId } = parsed.data;
  return guarded("add the cluster", async () => {
    enforce(leadOnly(actor, "manage clusters"));
    if (!(await availableContexts()).includes(context)) return failure(NEEDS_ATTENTION, { context: [`The server's kubeconfig has no context named "${context}".`] });
    if (!(await db.environment.findUnique({ where: { id: environmentId }, select: { id: true } }))) {
      return failure(NEEDS_ATTENTION, { environmentId: ["That environment no longer exists."] });
    }
    return refusingDuplicates(
      () => failure(NEEDS_ATTENTION, { name: ["A cluster with this name or context is already registered."] }),
      async () => success({ id: (await db.cluster.create({ data: { name, context, environmentId } })).id }),
    );
  });
}

export async function removeCluster(actor: SignedInMember, input: unknown): Promise<ActionResult> {
  const parsed = removeClusterSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return guarded("remove the cluster", async () => {
    enforce(leadOnly(actor, "manage clusters"));
    await db.cluster.deleteMany({ where: { id: parsed.data.clusterId } });
    return success(null);
  });
}
