import { AccountCard } from "@/components/account/account-card";
import { EmailChoices } from "@/components/notifications/email-choices";
import { getAccount } from "@/lib/auth/account";
import { requireMember } from "@/lib/auth/session";
import { getEmailChoices } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const member = await requireMember();
  const [account, choices] = await Promise.all([getAccount(member), getEmailChoices(member.id)]);
  return (
    <div className="space-y-6">
      <AccountCard account={account} />
      <EmailChoices choices={choices} />
    </div>
  );
}
