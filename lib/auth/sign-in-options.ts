import "server-only";
import { log } from "@/lib/observability/log";
import { DEMO_ACCOUNTS } from "@/lib/demo";
import { getTeamSettings } from "@/lib/team/settings";
import { localAccountsEnabled, needsFirstLead } from "./local-accounts";
import { oidcRefusalText } from "./oidc-settings";
import { oidcSettings } from "./oidc";

/** What the sign-in page offers: OIDC, local accounts, the first start, the demo's accounts. */
export async function getSignInOptions(errorCode: string | undefined) {
  const [firstStart, settings] = await Promise.all([needsFirstLead(), getTeamSettings()]);
  let oidcProvider: string | null = null;
  let error = oidcRefusalText(errorCode);
  try {
    oidcProvider = oidcSettings()?.providerName ?? null;
  } catch (misconfigured) {
    // The operator's mistake is logged in full; the page says only that single sign-on is unavailable.
    log.error("oidc.misconfigured", { error: misconfigured instanceof Error ? misconfigured : String(misconfigured) });
    error ??= "Single sign-on is misconfigured on this server; the server log says what is missing.";
  }
  return {
    firstStart,
    oidcProvider,
    localAccounts: localAccountsEnabled(),
    demoAccounts: settings.demoAccounts ? DEMO_ACCOUNTS : [],
    error,
  };
}
