import { log } from "@/lib/observability/log";
import { NextResponse } from "next/server";
import { OIDC_FLOW_COOKIE, oidcSettings, startOidcSignIn } from "@/lib/auth/oidc";

export async function GET(request: Request) {
  const settings = oidcSettings();
  if (!settings) return NextResponse.redirect(new URL("/sign-in", request.url));
  try {
    const { url, flow } = await startOidcSignIn(settings);
    const response = NextResponse.redirect(url);
    response.cookies.set(OIDC_FLOW_COOKIE, JSON.stringify(flow), {
      httpOnly: true,
      secure: new URL(settings.redirectUrl).protocol === "https:",
      sameSite: "lax",
      path: "/auth/oidc",
      maxAge: 600,
    });
    return response;
  } catch (error) {
    log.error("oidc.start-failed", { error: error instanceof Error ? error : String(error) });
    return NextResponse.redirect(new URL("/sign-in?error=failed", request.url));
  }
}
