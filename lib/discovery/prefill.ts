import { isOneOf } from "@/lib/is-one-of";
import { MATCH_KINDS, type MatchKind } from "./match";

/** Where "Add to the campaign" sends the lead: the new-component form, filled in from what runs. */
export function addComponentHref(
  campaignId: string,
  found: { kind: MatchKind; key: string; version: string | null },
): string {
  const name = found.kind === "image" ? (found.key.split("/").pop() ?? found.key) : found.key;
  const query = new URLSearchParams({ name, matchKind: found.kind, matchValue: found.key });
  if (found.version) query.set("currentVersion", found.version);
  return `/campaigns/${campaignId}/components/new?${query}`;
}

/** The form's prefill from that address; anything else in it is ignored (the form validates the rest). */
export function componentPrefill(query: Record<string, string | string[] | undefined>) {
  const text = (key: string) => {
    const value = query[key];
    return typeof value === "string" ? value.slice(0, 200) : undefined;
  };
  const matchKind = text("matchKind");
  const prefill: { name?: string; currentVersion?: string; matchKind?: MatchKind; matchValue?: string } = {};
  // Only what the address gives: an absent key keeps the form's own default.
  if (text("name")) prefill.name = text("name");
  if (text("currentVersion")) prefill.currentVersion = text("currentVersion");
  if (matchKind && isOneOf(MATCH_KINDS, matchKind)) prefill.matchKind = matchKind;
  if (text("matchValue")) prefill.matchValue = text("matchValue");
  return prefill;
}
