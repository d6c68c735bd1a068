import { addDays } from "date-fns";
import { unverified } from "@/lib/campaigns/step-readiness";
import type { ComponentView } from "@/lib/campaigns/types";
import type { EnvironmentView } from "@/lib/environments/types";
import { formatMoment, formatRange } from "@/lib/format";
import { compatibilityOf, minorsPassedThrough } from "@/lib/support/addon-compatibility";
import { MANUAL_CHECKS, type ManualTick } from "@/lib/preflight/manual";
import { count } from "./compose";
import type { GateCheck, GateItem } from "./types";

/** A lead's "let it pass" for a check that would block, with the reason, until a time. */
export type GateOverrideView = { id: string; checkId: string; reason: string; by: string; until: Date };

/** What the campaign checks read for one environment: the campaign as the team recorded it. */
export type CampaignGateInput = {
  campaignId: string;
  environment: EnvironmentView;
  /** The environment verified before this one (Dev before Stg); null for the first. */
  previous: EnvironmentView | null;
  /** The last environment (Prd) moves only inside the maintenance window. */
  isLast: boolean;
  components: ComponentView[];
  window: { start: Date | null; end: Date | null };
  overrides: GateOverrideView[];
  now: Date;
  /** The campaign's Kubernetes versions: the add-ons must work on every minor in between. */
  kubernetes: { from: string; to: string };
  /** The checks no API shows, as ticked for this environment (absent: none ticked). */
  manualTicks?: ManualTick[];
};

/** Each component linked, with its owner: who to ask is half of what a blocked gate needs. */
const componentItems = (campaignId: string, components: Pick<ComponentView, "id" | "name" | "owner">[]): GateItem[] =>
  components.map((c) => ({
    label: c.name,
    href: `/campaigns/${campaignId}/components/${c.id}`,
    detail: c.owner?.name ?? "no owner",
  }));

const inventory = (campaignId: string, filter: string, label: string) => ({
  href: `/campaigns/${campaignId}/components?filter=${filter}`,
  label,
});

/**
 * The shape every record check shares: pass when no component is held, else block, naming each
 * one and linking to the inventory filtered to them.
 */
function componentsCheck(
  campaignId: string,
  check: {
    id: string;
    name: string;
    held: Pick<ComponentView, "id" | "name" | "owner">[];
    pass: string;
    block: (n: number) => string;
    link: { filter: string; label: string };
  },
): GateCheck {
  const items = componentItems(campaignId, check.held);
  const base = { id: check.id, name: check.name, items };
  return items.length === 0
    ? { ...base, verdict: "pass", sentence: check.pass, link: null }
    : {
        ...base,
        verdict: "block",
        sentence: check.block(items.length),
        link: inventory(campaignId, check.link.filter, check.link.label),
      };
}

/** Before the first environment nothing was verified, so there is nothing to wait for. */
function firstEnvironment(id: string, name: string): GateCheck {
  return {
    id,
    name,
    verdict: "pass",
    sentence: "The first environment: nothing to verify before it.",
    link: null,
    items: [],
  };
}

/** Failed first: a failure on the previous environment is the worst news a gate can give. */
export function failedInPreviousCheck({ campaignId, previous, components }: CampaignGateInput): GateCheck {
  const id = "failed-in-previous";
  const name = `Nothing failed on ${previous?.name ?? "an earlier environment"}`;
  if (!previous) return firstEnvironment(id, name);
  return componentsCheck(campaignId, {
    id,
    name,
    held: unverified(components, previous)[0]!.components,
    pass: `No component failed on ${previous.name}.`,
    block: (n) => `${count(n, "component")} failed verification on ${previous.name}.`,
    link: { filter: "failed", label: "Failed verifications" },
  });
}

export function settledInPreviousCheck({ campaignId, previous, components }: CampaignGateInput): GateCheck {
  const id = "settled-in-previous";
  const name = `Verified on ${previous?.name ?? "an earlier environment"}`;
  if (!previous) return firstEnvironment(id, name);
  return componentsCheck(campaignId, {
    id,
    name,
    held: unverified(components, previous)[1]!.components,
    pass: `Every component is verified or skipped on ${previous.name}.`,
    block: (n) => `${count(n, "component")} not yet verified or skipped on ${previous.name}.`,
    link: { filter: "blocking", label: "Open in inventory" },
  });
}

/** A breaking change the major-bump rule flagged stays open until a person confirms or clears it. */
export function breakingDecidedCheck({ campaignId, components }: CampaignGateInput): GateCheck {
  return componentsCheck(campaignId, {
    id: "breaking-decided",
    name: "Breaking changes decided",
    held: components.filter((c) => c.breaking.detected && c.breaking.override === null),
    pass: "Every flagged breaking change has a decision.",
    block: (n) => `${count(n, "major upgrade")} not yet confirmed or cleared as breaking.`,
    link: { filter: "undecided", label: "Undecided breaking changes" },
  });
}

export function compatibilityKnownCheck({ campaignId, components }: CampaignGateInput): GateCheck {
  return componentsCheck(campaignId, {
    id: "compatibility-known",
    name: "Compatibility with the target known",
    held: components.filter((c) => c.compatibility === "unknown"),
    pass: "Every component's compatibility with the target is known.",
    block: (n) => `${count(n, "component")} not yet checked against the target Kubernetes version.`,
    link: { filter: "compatibility-unknown", label: "Compatibility unknown" },
  });
}

export function noIncompatibleCheck({ campaignId, components }: CampaignGateInput): GateCheck {
  return componentsCheck(campaignId, {
    id: "no-incompatible",
    name: "Nothing incompatible with the target",
    held: components.filter((c) => c.compatibility === "incompatible"),
    pass: "No component is marked incompatible with the target.",
    block: (n) =>
      `${count(n, "component")} marked incompatible with the target: upgrade or replace ${n === 1 ? "it" : "them"} first.`,
    link: { filter: "incompatible", label: "Incompatible" },
  });
}

/** Calendar days, inclusive: the window "27–28 Oct" runs from the 27th 00:00 to the 29th 00:00 UTC. */
export function insideWindow(window: CampaignGateInput["window"], now: Date): boolean {
  if (!window.start) return false;
  const end = addDays(window.end ?? window.start, 1);
  return now >= window.start && now < end;
}

export function maintenanceWindowCheck(input: CampaignGateInput): GateCheck | null {
  const { campaignId, environment, isLast, window, overrides, now } = input;
  if (!isLast) return null;
  const base = { id: "maintenance-window", name: `${environment.name} maintenance window`, items: [] };
  const planLink = { href: `/campaigns/${campaignId}/plan`, label: "Edit the plan" };
  if (insideWindow(window, now))
    return {
      ...base,
      verdict: "pass",
      sentence: `Inside the ${environment.name} maintenance window (${formatRange(window.start, window.end)}).`,
      link: null,
    };
  const override = overrides.find((o) => o.checkId === "maintenance-window" && o.until > now);
  const outside = window.start
    ? `Outside the ${environment.name} maintenance window (${formatRange(window.start, window.end)})`
    : `No ${environment.name} maintenance window is set`;
  const check: GateCheck = { ...base, verdict: "block", sentence: `${outside}.`, link: planLink };
  return override ? letPass(check, override) : check;
}

/** A blocking check the lead let pass: a warning that says who, until when and why. */
export function letPass(check: GateCheck, override: GateOverrideView): GateCheck {
  return {
    ...check,
    verdict: "warn",
    sentence: `${check.sentence.replace(/\.$/, "")}; ${override.by} let it pass until ${formatMoment(override.until)}: ${override.reason}`,
  };
}

/**
 * Every add-on's target on every minor the hops pass through (1.31 → 1.34: 1.31, 1.32, 1.33,
 * 1.34), from the cited table shipped with the app: outside a project's published range blocks,
 * a retired project or a release line the table does not list warns, a project it does not know
 * says nothing, and one that publishes no table is not judged (its item says what it publishes).
 * What kubeadm upgrades with each hop (etcd) is judged on the target minor only.
 */
export function addonCompatibilityCheck({ campaignId, components, kubernetes }: CampaignGateInput): GateCheck {
  const minors = minorsPassedThrough(kubernetes.from, kubernetes.to);
  const findings = components.flatMap((component) => {
    const finding = component.targetVersion ? compatibilityOf(component.name, component.targetVersion, minors) : null;
    return finding ? [{ component, finding }] : [];
  });
  const item = ({ component, finding }: (typeof findings)[number]): GateItem => ({
    label: component.name,
    href: `/campaigns/${campaignId}/components/${component.id}`,
    detail:
      finding.kind === "outside"
        ? `${finding.project} ${finding.line} supports ${finding.listed}, not ${finding.minors.join(", ")}`
        : finding.kind === "untested"
          ? `${finding.project} ${finding.line} is tested on ${finding.listed}; ${finding.minors.join(", ")} not listed as tested`
          : finding.kind === "retired"
            ? `${finding.project} was retired upstream (${finding.date}): no more fixes`
            : finding.kind === "not-listed"
              ? `${finding.project} ${finding.line ?? component.targetVersion} is not listed as tested`
              : finding.kind === "unpublished"
                ? `Not judged: ${finding.says}`
                : `${finding.project} ${finding.line} supports ${finding.listed}`,
  });
  const outside = findings.filter(({ finding }) => finding.kind === "outside");
  const doubtful = findings.filter(({ finding }) => ["retired", "not-listed", "untested"].includes(finding.kind));
  const base = { id: "addon-compatibility", name: "Add-ons support every minor on the way", link: null };
  if (outside.length > 0)
    return {
      ...base,
      verdict: "block",
      sentence: `${count(outside.length, "add-on")} not supported on a minor the hops pass through (${minors.join(", ")}), by its project's own table.`,
      items: [...outside, ...doubtful].map(item),
    };
  if (doubtful.length > 0)
    return {
      ...base,
      verdict: "warn",
      sentence: `${count(doubtful.length, "add-on")} retired upstream or not listed as tested for ${minors.join(", ")}.`,
      items: doubtful.map(item),
    };
  return {
    ...base,
    verdict: "pass",
    sentence: findings.some(({ finding }) => finding.kind === "within")
      ? `Every add-on the shipped table judges supports ${minors.join(", ")}.`
      : "No add-on of this inventory is in the shipped compatibility table.",
    items: findings.map(item),
  };
}

/** "1.29–1.33", or the one minor. */

/** The checks no API shows (etcd snapshot restore-tested, ...): each ticked with evidence before the hop. */
export function manualChecksCheck({ campaignId, environment, manualTicks = [] }: CampaignGateInput): GateCheck {
  const ticked = new Map(manualTicks.map((tick) => [tick.item, tick]));
  const open = MANUAL_CHECKS.filter((check) => !ticked.has(check.id));
  const base = {
    id: "manual-checks",
    name: "Checks no API shows",
    link: { href: `/campaigns/${campaignId}#manual-${environment.id}`, label: "Tick them" },
  };
  const items = MANUAL_CHECKS.map((check) => {
    const tick = ticked.get(check.id);
    return {
      label: check.title,
      href: `/campaigns/${campaignId}#manual-${environment.id}`,
      detail: tick ? `${tick.by}, ${formatMoment(tick.at)}: ${tick.evidence}` : "not ticked",
    };
  });
  if (open.length === 0)
    return {
      ...base,
      verdict: "pass",
      sentence: `All ${MANUAL_CHECKS.length} ticked on ${environment.name}, with evidence.`,
      items,
    };
  return {
    ...base,
    verdict: "block",
    sentence: `${count(open.length, "check")} not yet ticked on ${environment.name}: ${open.map((check) => check.title).join("; ")}.`,
    items,
  };
}

/** The checks the campaign record answers, in the order they are shown. */
export function campaignChecks(input: CampaignGateInput): GateCheck[] {
  return [
    failedInPreviousCheck(input),
    settledInPreviousCheck(input),
    breakingDecidedCheck(input),
    compatibilityKnownCheck(input),
    noIncompatibleCheck(input),
    addonCompatibilityCheck(input),
    manualChecksCheck(input),
    maintenanceWindowCheck(input),
  ].filter((check): check is GateCheck => check !== null);
}
