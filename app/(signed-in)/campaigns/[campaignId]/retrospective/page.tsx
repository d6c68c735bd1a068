import { RetrospectivePage } from "@/components/retrospective/retrospective-page";
import { requireMember } from "@/lib/auth/session";

export const metadata = { title: "Retrospective" };

export default async function Page({ params }: { params: Promise<{ campaignId: string }> }) {
  const [me, { campaignId }] = await Promise.all([requireMember(), params]);
  return <RetrospectivePage campaignId={campaignId} me={me} />;
}
