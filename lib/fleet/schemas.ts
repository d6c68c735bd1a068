import { z } from "zod";

export const addClusterSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the cluster's name.")
    .max(63, "Keep the name under 64 characters.")
    .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, "Use lower-case letters, digits, '-' and '.', like a Kubernetes name."),
  context: z.string().trim().min(1, "Choose the kubeconfig context to read it through.").max(253),
  environmentId: z.string().min(1, "Choose an environment.").max(64),
});
export type AddClusterInput = z.input<typeof addClusterSchema>;

export const removeClusterSchema = z.object({ clusterId: z.string().min(1).max(64) });

export const replayRolloutSchema = z.object({});
