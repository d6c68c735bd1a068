import "server-only";
import { leadOnly, type Member } from "@/lib/auth/policy";
import { defineMutation, refuseField } from "@/lib/mutations/define-mutation";
import { fieldFailure } from "@/lib/mutations/result";
import { availableContexts } from "./queries";
import { addClusterSchema, removeClusterSchema } from "./schemas";

const manageClusters = (actor: Member) => leadOnly(actor, "manage clusters");

/** Registers a cluster of an environment by its kubeconfig context; the credentials stay in the kubeconfig. */
export const addCluster = defineMutation({
  what: "add the cluster",
  schema: addClusterSchema,
  prepare: () => availableContexts(),
  authorize: manageClusters,
  onUniqueViolation: () => fieldFailure("name", "A cluster with this name or context is already registered."),
  async run({ tx, input: { name, context, environmentId }, prepared: contexts }) {
    if (!contexts.includes(context))
      throw refuseField("context", `The server's kubeconfig has no context named "${context}".`);
    if (!(await tx.environment.findUnique({ where: { id: environmentId }, select: { id: true } }))) {
      throw refuseField("environmentId", "That environment no longer exists.");
    }
    return { id: (await tx.cluster.create({ data: { name, context, environmentId } })).id };
  },
});

export const removeCluster = defineMutation({
  what: "remove the cluster",
  schema: removeClusterSchema,
  authorize: manageClusters,
  async run({ tx, input: { clusterId } }) {
    await tx.cluster.deleteMany({ where: { id: clusterId } });
    return null;
  },
});
