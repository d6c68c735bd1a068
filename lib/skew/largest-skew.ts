import { newest, readSnapshot } from "./rules";
import type { SkewSnapshot } from "./types";

export type LargestSkew = { minors: number; nodeName: string; kubeletVersion: string; apiserverVersion: string };

/**
 * The kubelet furthest from the newest apiserver, in minors (negative when it is ahead). What the
 * retrospective asks afterwards: how far apart did we let things get? On a tie, a kubelet ahead (a
 * violation) wins over one behind. Null when nothing can be compared.
 */
export function largestSkew(snapshot: SkewSnapshot): LargestSkew | null {
  const read = readSnapshot(snapshot);
  const apiserver = newest(read.apiservers);
  if (!apiserver) return null;
  let largest: LargestSkew | null = null;
  for (const node of read.nodes) {
    if (!node.kubelet) continue;
    const minors = apiserver.minor - node.kubelet.minor;
    if (
      largest === null ||
      Math.abs(minors) > Math.abs(largest.minors) ||
      (Math.abs(minors) === Math.abs(largest.minors) && minors < largest.minors)
    ) {
      largest = {
        minors,
        nodeName: node.name,
        kubeletVersion: node.kubelet.version,
        apiserverVersion: apiserver.version,
      };
    }
  }
  return largest;
}

export function describeSkew(
  skew: Pick<LargestSkew, "minors" | "nodeName" | "kubeletVersion" | "apiserverVersion">,
): string {
  if (skew.minors === 0) return "none: every kubelet on the apiserver's minor";
  const direction = skew.minors > 0 ? "behind" : "ahead of";
  const count = Math.abs(skew.minors);
  return `${count} minor${count === 1 ? "" : "s"} ${direction} the apiserver (kubelet on ${skew.nodeName} ${skew.kubeletVersion}, apiserver ${skew.apiserverVersion})`;
}
