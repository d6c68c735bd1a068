import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;

export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Keep the password under 200 characters.");

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email.")
    .max(200)
    .transform((email) => email.toLowerCase()),
  password: z.string().min(1, "Enter your password.").max(200),
});
export type SignInInput = z.input<typeof signInSchema>;

/** The first start of an empty Stepwise: the person setting it up becomes its lead. */
export const firstLeadSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80),
  email: z.email("Enter an email address.").max(200),
  password: newPassword,
});
export type FirstLeadInput = z.input<typeof firstLeadSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "Enter your current password.").max(200), newPassword: newPassword })
  .refine((input) => input.currentPassword !== input.newPassword, {
    path: ["newPassword"],
    error: "Choose a password different from the current one.",
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
