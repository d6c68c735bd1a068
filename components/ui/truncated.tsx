import { cn } from "@/lib/utils";

/**
 * Long real-world text (`v1.31.13-eks-7a2b3c4`, a long component name) cut to its column with an
 * ellipsis: the whole text shows on hover (title) and, for keyboard and touch, while it has focus.
 */
/** For elements that are focusable already (a link): cut to the column, whole while focused (app/globals.css). */
export const TRUNCATED = "truncated";

export function Truncated({ text, className }: { text: string; className?: string }) {
  return (
    <span tabIndex={0} title={text} className={cn(TRUNCATED, className)}>
      {text}
    </span>
  );
}
