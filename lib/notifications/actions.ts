"use server";

import { asServerAction } from "@/lib/auth/with-member";
import { addWebhook, removeWebhook, retryNotification, setEmailEvents } from "./mutations";

export const setEmailEventsAction = asServerAction(setEmailEvents);
export const addWebhookAction = asServerAction(addWebhook);
export const removeWebhookAction = asServerAction(removeWebhook);
export const retryNotificationAction = asServerAction(retryNotification);
