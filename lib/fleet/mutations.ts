import "server-only";
import { leadOnly, type Member } from "@/lib/auth/policy";
import { defineMutation, refuse, refuseField } from "@/lib/mutations/define-mutation";
import { fieldFailure } from "@/lib/mutations/result";
import { availableContexts } from "./queries";
import { addClusterSchema, removeClusterSchema, replayRolloutSchema } from "./schemas";
import { replaySimulatedFleet } from "./simulated-fleet";
import { forgetScans } from "./scans";

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

/** The demo's Stg rollout finishes a few minutes after the first look: the lead can play it again. */
export const replayRollout = defineMutation({
  what: "replay the rollout",
  schema: replayRolloutSchema,
  authorize: (actor) => leadOnly(actor, "replay the simulated rollout"),
  async run() {
    if (!replaySimulatedFleet()) throw refuse("These clusters are real: there is no simulated rollout to replay.");
    // A scan read before the replay (or still reading) would show the old rollout: the next look reads anew.
    forgetScans();
    return null;
  },
});
