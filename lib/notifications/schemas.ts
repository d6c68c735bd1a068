import { z } from "zod";
import { id, name } from "@/lib/validation/fields";
import { NOTIFICATION_EVENTS, WEBHOOK_FORMATS } from "./events";

const events = z.array(z.enum(NOTIFICATION_EVENTS)).max(NOTIFICATION_EVENTS.length);

export const emailEventsSchema = z.object({ events });

export const addWebhookSchema = z.object({
  name: name("webhook name", 80),
  url: z
    .string()
    .trim()
    .max(2000, "Keep the address under 2,000 characters.")
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      error: "Enter the webhook's full http(s) address.",
    }),
  format: z.enum(WEBHOOK_FORMATS, { error: "Choose the body the receiver expects." }),
  events: events.min(1, "Choose at least one event to send."),
});
export type AddWebhookInput = z.input<typeof addWebhookSchema>;

export const webhookIdSchema = z.object({ webhookId: id });
export const notificationIdSchema = z.object({ notificationId: id });
