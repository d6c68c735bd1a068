import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Markdown } from "@/components/ui/markdown";
import { formatMoment } from "@/lib/format";
import type { ReleaseNotesView } from "@/lib/release-notes/queries";
import { ReleaseNotesEditor } from "./release-notes-editor";

/** What the clusters' users must know: the lead writes and publishes it; everyone reads it. */
export function ReleaseNotesPage({ notes, canEdit }: { notes: ReleaseNotesView; canEdit: boolean }) {
  const { published } = notes;
  return (
    <div className="mt-6 space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold">Release notes for the clusters&apos; users</h2>
          <p className="mt-0.5 text-sm text-slate-600">
            What changes, when, and what the teams running workloads must do.{" "}
            {published ? (
              <Badge tone="success">
                Published {formatMoment(published.at)}
                {published.by ? ` by ${published.by.name}` : ""}
              </Badge>
            ) : (
              <Badge tone="warning">Not published yet</Badge>
            )}
          </p>
        </div>
        <a
          href={`/campaigns/${notes.campaignId}/release-notes/download`}
          className={buttonClasses({ variant: "secondary", size: "sm" })}
        >
          Download Markdown
        </a>
      </div>
      {canEdit ? (
        <ReleaseNotesEditor notes={notes} />
      ) : (
        <Card aria-label="Release notes">
          {published ? null : (
            <CardHeader
              title="Draft"
              description="The lead has not published these yet: this is what the inventory says today."
            />
          )}
          <CardBody>
            <Markdown>{published?.text ?? notes.draft}</Markdown>
          </CardBody>
        </Card>
      )}
    </div>
  );
}
