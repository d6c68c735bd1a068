import { campaignCalendar } from "@/lib/calendar/feed";
import { calendarByToken } from "@/lib/calendar/queries";
import { publicUrl } from "@/lib/public-url";

/** A campaign's calendar for calendar apps, which cannot sign in: the secret address is the key. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const found = await calendarByToken((await params).token);
  if (!found) return new Response("No calendar at this address: the lead may have rotated it.", { status: 404 });
  const link = publicUrl(`/campaigns/${found.campaign.id}`, new URL(request.url).origin);
  return new Response(campaignCalendar(found.campaign, found.phases, link), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Disposition": 'inline; filename="campaign.ics"',
    },
  });
}
