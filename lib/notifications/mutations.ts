import "server-only";
import { leadOnly } from "@/lib/auth/policy";
import { defineMutation, refuse } from "@/lib/mutations/define-mutation";
import { addWebhookSchema, emailEventsSchema, notificationIdSchema, webhookIdSchema } from "./schemas";

/** Each member chooses what they get by e-mail: their own choice, open to every role. */
export const setEmailEvents = defineMutation({
  what: "save your e-mail choices",
  schema: emailEventsSchema,
  authorize: () => null,
  async run({ tx, actor, input }) {
    await tx.teamMember.update({
      where: { id: actor.id },
      data: { emailEvents: [...new Set(input.events)].join(",") },
    });
    return { events: input.events };
  },
});

const manageNotifications = (actor: Parameters<typeof leadOnly>[0]) => leadOnly(actor, "manage the team's webhooks");

export const addWebhook = defineMutation({
  what: "add the webhook",
  schema: addWebhookSchema,
  authorize: manageNotifications,
  async run({ tx, input }) {
    const webhook = await tx.webhook.create({
      data: { name: input.name, url: input.url, format: input.format, events: input.events.join(",") },
    });
    return { id: webhook.id };
  },
});

export const removeWebhook = defineMutation({
  what: "remove the webhook",
  schema: webhookIdSchema,
  authorize: manageNotifications,
  async run({ tx, input }) {
    const { count } = await tx.webhook.deleteMany({ where: { id: input.webhookId } });
    if (count === 0) throw refuse("This webhook was already removed.");
    return { id: input.webhookId };
  },
});

/** Sends a delivery that ran out of attempts once more, from its first attempt. */
export const retryNotification = defineMutation({
  what: "retry the delivery",
  schema: notificationIdSchema,
  authorize: manageNotifications,
  async run({ tx, input }) {
    const { count } = await tx.notification.updateMany({
      where: { id: input.notificationId, status: "failed" },
      data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: "" },
    });
    if (count === 0) throw refuse("This delivery is no longer failed: reload to see where it stands.");
    return { id: input.notificationId };
  },
});
