import "server-only";
import { formatDistanceToNowStrict } from "date-fns";
import type { Transaction } from "@/lib/db";
import { conflict, type Refused } from "@/lib/mutations/define-mutation";

/** Says who saved `subject` last, so the person who lost the race knows whom to talk to. */
export async function conflictFor(
  tx: Pick<Transaction, "activity">,
  subjectId: string,
  subject: string,
): Promise<Refused> {
  const last = await tx.activity.findFirst({
    where: { subjectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { actor: { select: { name: true } } },
  });
  const who = last?.actor?.name ?? "Someone";
  const when = last ? ` ${formatDistanceToNowStrict(last.createdAt, { addSuffix: true })}` : "";
  return conflict(
    `${who} saved ${subject}${when}, after you opened it. Nothing of yours was saved: reload to see their change, then make yours again.`,
  );
}
