import { allowedNodeSkew, newest, readSnapshot } from "./rules";
import type { SkewSnapshot } from "./types";

export type LargestSkew = {
  minors: number;
  nodeName: string;
  kubeletVersion: string;
  apiserverVersion: string;
  /** Outside the policy: a kubelet ahead of the apiserver, or further behind than allowed. */
  violation: boolean;
};

/**
 * Which of two skews the retrospective remembers: a violation outranks any legal lag, then the
 * larger distance, then (on a tie) a kubelet ahead. Positive when `a` outranks `b`.
 */
export function compareSkew(
  a: Pick<LargestSkew, "minors" | "violation">,
  b: Pick<LargestSkew, "minors" | "violation">,
) {
  return Number(a.violation) - Number(b.violation) || Math.abs(a.minors) - Math.abs(b.minors) || b.minors - a.minors;
}

/**
 * The kubelet furthest from the newest apiserver, in minors (negative when it is ahead), a
 * violation first. What the retrospective asks afterwards: how far apart did we let things get?
 * Null when nothing can be compared.
 */
export function largestSkew(snapshot: SkewSnapshot): LargestSkew | null {
  const read = readSnapshot(snapshot);
  const apiserver = newest(read.apiservers);
  if (!apiserver) return null;
  let largest: LargestSkew | null = null;
  for (const node of read.nodes) {
    if (!node.kubelet) continue;
    const minors = apiserver.minor - node.kubelet.minor;
    const skew = {
      minors,
      nodeName: node.name,
      kubeletVersion: node.kubelet.version,
      apiserverVersion: apiserver.version,
      violation: minors < 0 || minors > allowedNodeSkew(node.kubelet.minor),
    };
    if (largest === null || compareSkew(skew, largest) > 0) largest = skew;
  }
  return largest;
}

export function describeSkew(skew: LargestSkew): string {
  if (skew.minors === 0) return "none: every kubelet on the apiserver's minor";
  const outside = skew.violation ? "outside the skew policy: " : "";
  const direction = skew.minors > 0 ? "behind" : "ahead of";
  const count = Math.abs(skew.minors);
  return `${outside}${count} minor${count === 1 ? "" : "s"} ${direction} the apiserver (kubelet on ${skew.nodeName} ${skew.kubeletVersion}, apiserver ${skew.apiserverVersion})`;
}
