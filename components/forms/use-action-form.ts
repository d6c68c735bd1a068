"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import type { ActionFailure, ActionResult } from "@/lib/mutations/result";
import { applyFieldErrors, messageAboveFields } from "./apply-field-errors";

/**
 * The one way a form talks to its server action: the schema checks as the person types, the
 * action checks again on the server (it gets the raw values, as a forged request would), its
 * field errors land beside their fields, and only what no field shows is said above the form.
 */
export function useActionForm<T extends FieldValues, Parsed, R>(options: {
  resolver: Resolver<T, unknown, Parsed>;
  defaultValues: DefaultValues<T>;
  action: (values: T) => Promise<ActionResult<R>>;
  onSuccess: (data: R, form: UseFormReturn<T, unknown, Parsed>) => void | Promise<void>;
}) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const form = useForm<T, unknown, Parsed>({ resolver: options.resolver, defaultValues: options.defaultValues });
  const onSubmit = form.handleSubmit(async () => {
    setFailure(null);
    const result = await options.action(form.getValues());
    if (result.ok) {
      await options.onSuccess(result.data, form);
      return;
    }
    const above = messageAboveFields(
      result,
      applyFieldErrors(result, Object.keys(options.defaultValues), form.setError),
    );
    setFailure(above === null ? null : { ...result, message: above });
  });
  return { form, onSubmit, failure, clearFailure: () => setFailure(null) };
}
