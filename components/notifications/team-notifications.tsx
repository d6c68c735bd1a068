"use client";

import { useState } from "react";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { formatMoment } from "@/lib/format";
import { addWebhookAction, removeWebhookAction, retryNotificationAction } from "@/lib/notifications/actions";
import {
  NOTIFICATION_EVENT_TEAM_LABELS,
  WEBHOOK_FORMAT_LABELS,
  WEBHOOK_FORMATS,
  type NotificationEvent,
  type WebhookFormat,
} from "@/lib/notifications/events";
import type { NotificationSettings } from "@/lib/notifications/queries";
import { EventCheckboxes } from "./event-checkboxes";

/** The lead's notifications: the team's webhooks, and every delivery that ran out of attempts. */
export function TeamNotifications({ settings }: { settings: NotificationSettings }) {
  return (
    <Card aria-label="Notifications">
      <CardHeader
        title="Notifications"
        description={`Webhooks for the team's channels; members choose their own e-mail on their account page${settings.mail ? "" : " (e-mail is not set up: STEPWISE_SMTP_URL)"}. ${settings.pending} waiting to be sent.`}
      />
      <CardBody className="space-y-5">
        {settings.failed.length > 0 ? <FailedDeliveries failed={settings.failed} /> : null}
        <ul className="divide-y divide-slate-100 text-sm" aria-label="Webhooks">
          {settings.webhooks.map((webhook) => (
            <li key={webhook.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
              <span className="min-w-0">
                <span className="font-medium">{webhook.name}</span>{" "}
                <span className="font-mono text-xs text-slate-500">{webhook.host}</span>{" "}
                <Badge>{WEBHOOK_FORMAT_LABELS[webhook.format]}</Badge>
                <span className="block text-xs text-slate-500">
                  {webhook.events.map((event) => NOTIFICATION_EVENT_TEAM_LABELS[event]).join(" · ")}
                </span>
              </span>
              <ConfirmedActionButton
                confirm={`Remove the webhook ${webhook.name}? Its pending deliveries go with it.`}
                action={() => removeWebhookAction({ webhookId: webhook.id })}
                label={`Remove ${webhook.name}`}
              >
                Remove
              </ConfirmedActionButton>
            </li>
          ))}
          {settings.webhooks.length === 0 ? <li className="py-2 text-slate-500">No webhook yet.</li> : null}
        </ul>
        <AddWebhookForm />
      </CardBody>
    </Card>
  );
}

function FailedDeliveries({ failed }: { failed: NotificationSettings["failed"] }) {
  return (
    <section aria-label="Failed deliveries" className="rounded-md bg-red-50 p-3 ring-1 ring-red-200">
      <h3 className="text-sm font-semibold text-red-900">Not delivered ({failed.length})</h3>
      <ul className="mt-1 space-y-1.5 text-xs text-red-900">
        {failed.map((delivery) => (
          <li key={delivery.id} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              <span className="font-medium">{delivery.subject}</span> to {delivery.recipient}: {delivery.lastError} (
              {delivery.attempts} attempts since {formatMoment(delivery.createdAt)})
            </span>
            <ConfirmedActionButton
              confirm={null}
              variant="secondary"
              action={() => retryNotificationAction({ notificationId: delivery.id })}
            >
              Retry
            </ConfirmedActionButton>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AddWebhookForm() {
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [format, setFormat] = useState<WebhookFormat>("slack");
  const [events, setEvents] = useState<NotificationEvent[]>(["verification-failed", "gate-changed"]);
  const { pending, run, reload, failureAbove, fieldError } = useServerAction();
  return (
    <form
      aria-label="Add a webhook"
      className="space-y-3 border-t border-slate-100 pt-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () => addWebhookAction({ name, url, format, events }),
          () => {
            setName("");
            setUrl("");
          },
        );
      }}
    >
      <FailureAlert failure={failureAbove("name", "url", "format", "events")} onReload={reload} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Name" error={fieldError("name")}>
          {(control) => <Input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Body" error={fieldError("format")}>
          {(control) => (
            <Select {...control} value={format} onChange={(e) => setFormat(e.target.value as WebhookFormat)}>
              {WEBHOOK_FORMATS.map((option) => (
                <option key={option} value={option}>
                  {WEBHOOK_FORMAT_LABELS[option]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field label="Address" error={fieldError("url")} hint="Kept secret: after saving, only its host is shown.">
        {(control) => (
          <Input
            {...control}
            type="url"
            autoComplete="off"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            className="font-mono text-xs"
          />
        )}
      </Field>
      <EventCheckboxes
        legend="Send"
        labels={NOTIFICATION_EVENT_TEAM_LABELS}
        chosen={events}
        onChange={setEvents}
        error={fieldError("events")}
      />
      <div className="flex justify-end">
        <Button type="submit" pending={pending}>
          {pending ? "Adding…" : "Add webhook"}
        </Button>
      </div>
    </form>
  );
}
