import { AccountCard } from "@/components/account/account-card";
import { getAccount } from "@/lib/auth/account";
import { requireMember } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata = { title: "Your account" };

export default async function AccountPage() {
  return <AccountCard account={await getAccount(await requireMember())} />;
}
