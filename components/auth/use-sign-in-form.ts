"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import { applyFieldErrors, messageAboveFields } from "@/components/forms/apply-field-errors";
import type { ActionResult } from "@/lib/mutations/result";

/**
 * A form that ends in a new session: field errors beside their fields, anything else above the
 * form, and on success a full page load so every part of the page is rendered for the member.
 */
export function useSignInForm<T extends FieldValues, Parsed>(options: {
  resolver: Resolver<T, unknown, Parsed>;
  defaultValues: DefaultValues<T>;
  action: (values: T) => Promise<ActionResult>;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<T, unknown, Parsed>({ resolver: options.resolver, defaultValues: options.defaultValues });
  const onSubmit = form.handleSubmit(async () => {
    // The action validates again on the server: it gets the raw values, as a forged request would.
    const result = await options.action(form.getValues());
    if (result.ok) {
      window.location.assign("/");
      return;
    }
    setMessage(messageAboveFields(result, applyFieldErrors(result, Object.keys(options.defaultValues), form.setError)));
  });
  return { form, onSubmit, message };
}
