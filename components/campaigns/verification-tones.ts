import type { Tone } from "@/components/ui/badge";
import type { VerificationStatus } from "@/lib/campaigns/vocabulary";

export const VERIFICATION_TONES: Record<VerificationStatus, Tone> = {
  pending: "muted",
  "in-progress": "info",
  verified: "success",
  failed: "danger",
  skipped: "neutral",
};
