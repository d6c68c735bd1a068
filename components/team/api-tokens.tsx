"use client";

import { useState } from "react";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import type { ApiTokenView } from "@/lib/api-tokens/queries";
import { formatDay, timeAgo } from "@/lib/format";

/** Read-only tokens for pipelines (`stepwise gate`): made and revoked by the lead, shown once. */
export function ApiTokens({ tokens }: { tokens: ApiTokenView[] }) {
  const [name, setName] = useState("");
  const [made, setMade] = useState<{ name: string; token: string } | null>(null);
  const { pending, run, reload, fieldError, failureAbove } = useServerAction();
  return (
    <Card>
      <CardHeader
        title="API tokens"
        description="For pipelines: `stepwise gate --server URL --environment Prd` with STEPWISE_TOKEN set. A token reads the gate and nothing else."
      />
      <CardBody className="space-y-4">
        {made ? (
          <div role="status" className="space-y-1 rounded-md bg-emerald-50 p-3 text-xs ring-1 ring-emerald-200">
            <p className="font-medium text-emerald-900">
              Token “{made.name}” made. Copy it now: it is not shown again, and Stepwise keeps only its hash.
            </p>
            <code
              data-testid="new-api-token"
              className="block font-mono text-[13px] break-all text-slate-900 select-all"
            >
              {made.token}
            </code>
          </div>
        ) : null}
        <form
          aria-label="New API token"
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            run(
              () => createApiTokenAction({ name }),
              (data) => {
                setMade({ name: data.name, token: data.token });
                setName("");
              },
            );
          }}
        >
          <Field label="Token name" hint="Where it is used, e.g. “Kubespray pipeline”." error={fieldError("name")}>
            {(control) => (
              <Input {...control} value={name} onChange={(event) => setName(event.target.value)} className="w-64" />
            )}
          </Field>
          <Button type="submit" size="sm" pending={pending} className="mb-5">
            {pending ? "Making…" : "Make token"}
          </Button>
        </form>
        <FailureAlert failure={failureAbove("name")} onReload={reload} />
        {tokens.length === 0 ? (
          <p className="text-xs text-slate-500">No token yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" aria-label="API tokens">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium text-slate-800">{token.name}</span>{" "}
                  <Badge tone={token.revokedAt ? "muted" : "neutral"}>
                    {token.revokedAt ? "revoked" : token.scope}
                  </Badge>
                  <span className="block text-xs text-slate-500">
                    by {token.createdBy ?? "a former member"} on {formatDay(token.createdAt)} ·{" "}
                    {token.lastUsedAt ? `last used ${timeAgo(token.lastUsedAt)}` : "never used"}
                  </span>
                </span>
                {token.revokedAt ? null : (
                  <ConfirmedActionButton
                    variant="danger"
                    label={`Revoke ${token.name}`}
                    confirm={`Revoke “${token.name}”? Pipelines using it are refused from now on.`}
                    action={() => revokeApiTokenAction({ tokenId: token.id })}
                  >
                    Revoke
                  </ConfirmedActionButton>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
