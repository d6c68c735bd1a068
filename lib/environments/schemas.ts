import { z } from "zod";
import { id, name } from "@/lib/validation/fields";

const environmentName = name("environment name", 32);

export const renameEnvironmentSchema = z.object({ environmentId: id, name: environmentName });
export type RenameEnvironmentInput = z.input<typeof renameEnvironmentSchema>;

export const addEnvironmentSchema = z.object({ name: environmentName });
export type AddEnvironmentInput = z.input<typeof addEnvironmentSchema>;
