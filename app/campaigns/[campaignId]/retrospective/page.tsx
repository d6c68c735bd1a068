import { RetrospectivePage } from "@/components/retrospective/retrospective-page";

export const metadata = { title: "Retrospective" };

export default async function Page({ params }: { params: Promise<{ campaignId: string }> }) {
  return <RetrospectivePage campaignId={(await params).campaignId} />;
}
