import { notFound } from "next/navigation";
import { ReleaseNotesPage } from "@/components/release-notes/release-notes-page";
import { leadOnly, may } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { campaignPageTitle } from "@/lib/campaigns/queries";
import { getReleaseNotes } from "@/lib/release-notes/queries";

export function generateMetadata({ params }: { params: Promise<{ campaignId: string }> }) {
  return campaignPageTitle(params, "Users' release notes");
}

export default async function UsersReleaseNotesPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const [member, { campaignId }] = await Promise.all([requireMember(), params]);
  const notes = await getReleaseNotes(campaignId);
  if (!notes) notFound();
  return <ReleaseNotesPage notes={notes} canEdit={may(leadOnly(member, "edit the users' release notes"))} />;
}
