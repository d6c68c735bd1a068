import { ActionItemsCard } from "@/components/campaigns/action-items-card";
import { CampaignList } from "@/components/campaigns/campaign-list";
import { MyWorkCard } from "@/components/campaigns/my-work-card";
import { MentionsCard } from "@/components/comments/mentions-card";
import { requireMember } from "@/lib/auth/session";
import { getHome } from "@/lib/campaigns/queries";
import { unreadMentions } from "@/lib/comments/queries";
import { openActionItemsOwnedBy } from "@/lib/retrospectives/queries";

// Campaign data changes with every verification: always render from the database.
export const dynamic = "force-dynamic";
export const metadata = { title: "Campaigns" };

export default async function CampaignsPage() {
  const member = await requireMember();
  const [{ cards, myWork }, actionItems, mentions] = await Promise.all([
    getHome(member.id),
    openActionItemsOwnedBy(member.id),
    unreadMentions(member.id),
  ]);
  return (
    <div className="space-y-8">
      {myWork.map((work) => (
        <MyWorkCard key={work.campaign.id} work={work} />
      ))}
      {mentions.length > 0 ? <MentionsCard mentions={mentions} /> : null}
      {actionItems.length > 0 ? (
        <ActionItemsCard
          title="Your open action items"
          description="From the retrospectives: close them here, in their retrospective, or on a campaign's overview."
          items={actionItems}
          member={member}
        />
      ) : null}
      <CampaignList member={member} cards={cards} />
    </div>
  );
}
