import { breakingView } from "@/lib/campaigns/breaking";
import type { ComponentView, VerificationView } from "@/lib/campaigns/types";
import type { VerificationStatus } from "@/lib/campaigns/vocabulary";

/** A component view for pure tests, with verification statuses given per environment id. */
export function componentFixture(
  overrides: Partial<ComponentView> & { statuses?: Record<string, VerificationStatus> } = {},
): ComponentView {
  const { statuses = {}, ...rest } = overrides;
  const verifications: Record<string, VerificationView> = {};
  for (const [environmentId, status] of Object.entries(statuses)) {
    verifications[environmentId] = {
      status,
      note: "",
      verifiedBy: null,
      updatedAt: new Date(0),
      revision: 1,
      verifiedVersion: rest.targetVersion === undefined ? "1.1.0" : rest.targetVersion,
      stale: false,
    };
  }
  const currentVersion = rest.currentVersion ?? "1.0.0";
  const targetVersion = rest.targetVersion === undefined ? "1.1.0" : rest.targetVersion;
  return {
    id: Math.random().toString(36).slice(2),
    campaignId: "campaign",
    name: "component",
    category: "addon-helm",
    owner: { id: "m1", name: "Aiko" },
    breaking: breakingView(currentVersion, targetVersion, null, ""),
    breakingNotes: "",
    compatibility: "unknown",
    compatibilitySource: "",
    userFacing: false,
    matchRule: null,
    matchRuleSource: "automatic",
    releaseNotes: [],
    revision: 0,
    updatedAt: new Date(0),
    ...rest,
    currentVersion,
    targetVersion,
    verifications,
  };
}
