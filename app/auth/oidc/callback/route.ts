import { log } from "@/lib/observability/log";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { completeOidcSignIn, OIDC_FLOW_COOKIE, oidcSettings, type OidcFlow } from "@/lib/auth/oidc";
import { startSession } from "@/lib/auth/session";

export async function GET(request: Request) {
  const settings = oidcSettings();
  const jar = await cookies();
  const flow = jar.get(OIDC_FLOW_COOKIE)?.value;
  jar.delete({ name: OIDC_FLOW_COOKIE, path: "/auth/oidc" });
  const back = (code: string) =>
    NextResponse.redirect(new URL(`/sign-in?error=${code}`, settings?.redirectUrl ?? request.url));
  if (!settings || !flow) return back("failed");
  try {
    // The provider redirected to the configured address; behind a proxy request.url may differ.
    const callbackUrl = new URL(settings.redirectUrl);
    callbackUrl.search = new URL(request.url).search;
    const outcome = await completeOidcSignIn(settings, callbackUrl, JSON.parse(flow) as OidcFlow);
    if ("refused" in outcome) return back(outcome.refused);
    await startSession(outcome.memberId);
    return NextResponse.redirect(new URL("/", settings.redirectUrl));
  } catch (error) {
    log.error("oidc.callback-failed", { error: error instanceof Error ? error : String(error) });
    return back("failed");
  }
}
