"use client";

import { useState } from "react";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Textarea } from "@/components/ui/field";
import { Markdown } from "@/components/ui/markdown";
import { saveReleaseNotesAction } from "@/lib/release-notes/actions";
import type { ReleaseNotesView } from "@/lib/release-notes/queries";

/** The lead's editor: Markdown beside its preview; save a draft, or save and publish to the readers. */
export function ReleaseNotesEditor({ notes }: { notes: ReleaseNotesView }) {
  const [draft, setDraft] = useState(notes.draft);
  const { pending, run, reload, failureAbove, fieldError } = useServerAction();
  // Which of the two saves is on the way: only that button says so.
  const [publishing, setPublishing] = useState(false);
  const save = (publish: boolean) => {
    setPublishing(publish);
    run(() => saveReleaseNotesAction({ campaignId: notes.campaignId, revision: notes.revision, draft, publish }));
  };
  const changed = draft !== notes.draft;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card aria-label="Edit the release notes" className="min-w-0">
        <CardHeader
          title="Edit"
          description={
            notes.published === null
              ? "Nothing is published yet: readers see this draft, marked as a draft."
              : notes.unpublishedChanges || changed
                ? "Readers see the published text until you publish again."
                : "Readers see exactly this text."
          }
        />
        <CardBody className="space-y-3">
          <FailureAlert failure={failureAbove("draft")} onReload={reload} />
          <Field label="Markdown" error={fieldError("draft")}>
            {(control) => (
              <Textarea
                {...control}
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
                className="min-h-[28rem] font-mono text-xs"
              />
            )}
          </Field>
          <div className="flex flex-wrap justify-end gap-2">
            <Button
              type="button"
              variant="ghost"
              disabled={pending || draft === notes.generated}
              onClick={() => setDraft(notes.generated)}
              title="Replace the text with what the inventory and the plan say today"
            >
              Start again from the inventory
            </Button>
            <Button
              type="button"
              variant="secondary"
              pending={pending && !publishing}
              disabled={pending || !changed}
              onClick={() => save(false)}
            >
              {pending && !publishing ? "Saving…" : "Save draft"}
            </Button>
            <Button
              type="button"
              pending={pending && publishing}
              disabled={pending || (!changed && !notes.unpublishedChanges)}
              onClick={() => save(true)}
            >
              {pending && publishing ? "Publishing…" : "Save and publish"}
            </Button>
          </div>
        </CardBody>
      </Card>
      <Card aria-label="Preview" className="min-w-0">
        <CardHeader title="Preview" description="As the clusters' users will read it." />
        <CardBody>
          <Markdown>{draft}</Markdown>
        </CardBody>
      </Card>
    </div>
  );
}
