import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInScreen } from "@/components/auth/sign-in-screen";
import { currentMember } from "@/lib/auth/session";
import { getSignInOptions } from "@/lib/auth/sign-in-options";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await currentMember()) redirect("/");
  return <SignInScreen {...await getSignInOptions((await searchParams).error)} />;
}
