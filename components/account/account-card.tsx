import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ROLE_TONES } from "@/components/team/role-tones";
import type { AccountView } from "@/lib/auth/account";
import { ChangePasswordForm } from "./change-password-form";
import { ROLE_LABELS } from "@/lib/auth/roles";

export function AccountCard({ account }: { account: AccountView }) {
  return (
    <Card className="mx-auto max-w-xl">
      <CardHeader title="Your account" description={account.email} />
      <CardBody className="space-y-5">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium">{account.name}</span>
          <Badge tone={ROLE_TONES[account.role]}>{ROLE_LABELS[account.role]}</Badge>
          <span className="text-slate-500">· signs in with {signInMethods(account)}</span>
        </p>
        {account.localPassword ? (
          <ChangePasswordForm />
        ) : (
          <p className="text-sm text-slate-600">Your role and password are managed by your identity provider.</p>
        )}
      </CardBody>
    </Card>
  );
}

function signInMethods(account: AccountView): string {
  const methods = [
    account.oidc ? "the identity provider" : null,
    account.localPassword ? "a Stepwise password" : null,
  ].filter(Boolean);
  return methods.length > 0 ? methods.join(" or ") : "no method yet";
}
