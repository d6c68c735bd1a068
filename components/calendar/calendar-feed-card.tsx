"use client";

import { useSyncExternalStore } from "react";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { rotateCalendarFeedAction } from "@/lib/calendar/actions";

const noChanges = () => () => {};

/** The campaign's steps and Prd window as a calendar to subscribe to, at a secret address the lead can rotate. */
export function CalendarFeedCard({
  campaignId,
  path,
  canRotate,
}: {
  campaignId: string;
  path: string | null;
  canRotate: boolean;
}) {
  // The address as the browser reaches Stepwise: known only once rendered in the browser.
  const origin = useSyncExternalStore(
    noChanges,
    () => window.location.origin,
    () => "",
  );
  if (!path && !canRotate) return null;
  return (
    <Card aria-label="Calendar">
      <CardHeader
        title="Calendar"
        description="Steps and the Prd window, for any calendar app. Anyone with the address can read it."
      />
      <CardBody className="space-y-2">
        {path ? (
          <Input
            readOnly
            aria-label="Calendar address"
            value={`${origin}${path}`}
            onFocus={(event) => event.target.select()}
            className="font-mono text-xs"
          />
        ) : (
          <p className="text-sm text-slate-600">No calendar address yet.</p>
        )}
        {canRotate ? (
          <ConfirmedActionButton
            variant="secondary"
            confirm={
              path ? "Give the calendar a new address? The old one stops working for everyone subscribed." : null
            }
            action={() => rotateCalendarFeedAction({ campaignId })}
          >
            {path ? "Rotate the address" : "Create a calendar address"}
          </ConfirmedActionButton>
        ) : null}
      </CardBody>
    </Card>
  );
}
