import type { EnvironmentView } from "@/lib/environments/types";
import { settles, verificationOf } from "./progress";
import type { ComponentView } from "./types";

/** One kind of unfinished work, with every component it concerns (each one a link in the UI). */
export type UnmetItem = { label: string; components: Pick<ComponentView, "id" | "name" | "owner">[] };

const refs = (components: ComponentView[]) => components.map(({ id, name, owner }) => ({ id, name, owner }));
const PLATFORM = new Set(["kubernetes", "os", "runtime"]);

/** Failed first (the worst news), then what is merely not settled yet. */
export function unverified(components: ComponentView[], environment: EnvironmentView): UnmetItem[] {
  const of = (c: ComponentView) => verificationOf(c, environment.id);
  return [
    { label: `Failed on ${environment.name}`, components: refs(components.filter((c) => of(c).status === "failed")) },
    {
      label: `Not yet settled on ${environment.name}`,
      components: refs(components.filter((c) => of(c).status !== "failed" && !settles(of(c)))),
    },
  ];
}

/**
 * What is still open when the lead marks a step done: the confirmation lists it, so "done" is a
 * decision taken knowing the gaps rather than a click. Pure; empty lists are left out.
 */
export function unmetForStep(step: number, components: ComponentView[], environments: EnvironmentView[]): UnmetItem[] {
  const [dev, stg, prd] = [...environments].sort((a, b) => a.position - b.position);
  const items: UnmetItem[] = (() => {
    switch (step) {
      case 1:
      case 2:
        return [
          { label: "No target version", components: refs(components.filter((c) => c.targetVersion === null)) },
          {
            label: "Incompatible with the target",
            components: refs(components.filter((c) => c.compatibility === "incompatible")),
          },
          {
            label: "Compatibility unknown",
            components: refs(components.filter((c) => c.compatibility === "unknown")),
          },
        ];
      case 3:
        return [{ label: "No owner", components: refs(components.filter((c) => c.owner === null)) }];
      case 4:
        return dev
          ? unverified(
              components.filter((c) => PLATFORM.has(c.category)),
              dev,
            )
          : [];
      case 5:
        return dev ? unverified(components, dev) : [];
      case 6:
        return stg ? unverified(components, stg) : [];
      case 7:
        return prd ? unverified(components, prd) : [];
      default:
        return [];
    }
  })();
  return items.filter((item) => item.components.length > 0);
}
