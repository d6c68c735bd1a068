import type { Tone } from "@/components/ui/badge";
import type { Role } from "@/lib/auth/roles";

export const ROLE_TONES: Record<Role, Tone> = { lead: "info", engineer: "neutral", viewer: "muted" };
