import type { ReactNode } from "react";
import { KeyRound } from "lucide-react";
import { StepwiseMark } from "@/components/layout/stepwise-mark";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import type { DemoAccount } from "@/lib/demo";
import { cn } from "@/lib/utils";
import { FirstLeadForm } from "./first-lead-form";
import { SignInForm } from "./sign-in-form";

export type SignInScreenProps = {
  /** Nobody on the team yet: the first visitor creates the lead's account. */
  firstStart: boolean;
  /** The identity provider's name when OIDC is configured. */
  oidcProvider: string | null;
  localAccounts: boolean;
  demoAccounts: DemoAccount[];
  error: string | null;
};

export function SignInScreen({ firstStart, oidcProvider, localAccounts, demoAccounts, error }: SignInScreenProps) {
  return (
    <div className="flex min-h-screen items-start justify-center bg-slate-100 px-6 pt-[12vh]">
      <div className="w-full max-w-md">
        <div className="mb-6 flex items-center justify-center gap-2.5">
          <StepwiseMark className="size-8" />
          <span className="text-xl font-semibold tracking-tight">Stepwise</span>
        </div>
        <div className="rounded-lg bg-white p-7 shadow-sm ring-1 ring-slate-200">
          {firstStart && localAccounts ? (
            <Section
              title="Set up Stepwise"
              description="Nobody has an account yet. Create the team lead's account; the lead then adds the team."
            >
              <FirstLeadForm />
            </Section>
          ) : (
            <Section title="Sign in" description="Kubernetes upgrade campaigns for your platform team.">
              {error ? <Alert tone="error">{error}</Alert> : null}
              {oidcProvider ? (
                <a
                  href="/auth/oidc/start"
                  className={cn(buttonClasses({ variant: localAccounts ? "secondary" : "primary" }), "w-full")}
                >
                  <KeyRound aria-hidden className="size-4" />
                  Sign in with {oidcProvider}
                </a>
              ) : null}
              {oidcProvider && localAccounts ? <Divider /> : null}
              {localAccounts ? <SignInForm demoAccounts={demoAccounts} /> : null}
            </Section>
          )}
        </div>
      </div>
    </div>
  );
}

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <section className="space-y-5">
      <header>
        <h1 className="text-lg font-semibold">{title}</h1>
        <p className="mt-1 text-sm text-slate-600">{description}</p>
      </header>
      {children}
    </section>
  );
}

function Divider() {
  return (
    <div className="flex items-center gap-3 text-xs text-slate-400" aria-hidden>
      <span className="h-px flex-1 bg-slate-200" />
      or with your Stepwise account
      <span className="h-px flex-1 bg-slate-200" />
    </div>
  );
}
