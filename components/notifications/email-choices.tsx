"use client";

import { useState } from "react";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { setEmailEventsAction } from "@/lib/notifications/actions";
import { NOTIFICATION_EVENT_LABELS } from "@/lib/notifications/events";
import type { EmailChoices as EmailChoicesView } from "@/lib/notifications/queries";
import { EventCheckboxes } from "./event-checkboxes";

/** What this member gets by e-mail. */
export function EmailChoices({ choices }: { choices: EmailChoicesView }) {
  const [events, setEvents] = useState(choices.events);
  const { pending, failure, run, reload } = useServerAction();
  const changed = [...events].sort().join() !== [...choices.events].sort().join();
  return (
    <Card className="mx-auto max-w-xl" aria-label="E-mail notifications">
      <CardHeader
        title="E-mail notifications"
        description={
          choices.mail
            ? "What Stepwise e-mails you about."
            : "E-mail is not set up on this server (STEPWISE_SMTP_URL): your choices apply once it is."
        }
      />
      <CardBody className="space-y-3">
        <FailureAlert failure={failure} onReload={reload} />
        <EventCheckboxes
          legend="E-mail me when"
          labels={NOTIFICATION_EVENT_LABELS}
          chosen={events}
          onChange={setEvents}
        />
        <div className="flex justify-end">
          <Button pending={pending} disabled={!changed} onClick={() => run(() => setEmailEventsAction({ events }))}>
            {pending ? "Saving…" : "Save choices"}
          </Button>
        </div>
      </CardBody>
    </Card>
  );
}
