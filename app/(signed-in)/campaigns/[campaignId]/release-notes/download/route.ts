import { currentMember } from "@/lib/auth/session";
import { getReleaseNotes } from "@/lib/release-notes/queries";
import { markdownDownload, signInToDownload } from "@/lib/reports/download";

/** The published notes, or the draft while nothing is published: what the release-notes page shows. */
export async function GET(_request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  if (!(await currentMember())) return signInToDownload();
  const notes = await getReleaseNotes((await params).campaignId);
  if (!notes) return new Response("Not found", { status: 404 });
  return markdownDownload(notes.published?.text ?? notes.draft, `release-notes-kubernetes-${notes.kubernetesTo}`);
}
