"use client";

import { ExternalLink } from "lucide-react";
import { useState } from "react";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Markdown } from "@/components/ui/markdown";
import { addCommentAction } from "@/lib/comments/actions";
import type { CommentView } from "@/lib/comments/queries";
import { formatMoment } from "@/lib/format";

/** A component's conversation: what was tried, the PR, the test run; @mentions reach the named member. */
export function CommentThread({
  componentId,
  comments,
  canComment,
}: {
  componentId: string;
  comments: CommentView[];
  canComment: boolean;
}) {
  const [body, setBody] = useState("");
  const [pullRequestUrl, setPullRequestUrl] = useState("");
  const [testRunUrl, setTestRunUrl] = useState("");
  const { pending, run, reload, fieldError, failureAbove } = useServerAction();
  return (
    <div className="space-y-4">
      {comments.length === 0 ? <p className="text-sm text-slate-500">No comments yet.</p> : null}
      <ol className="space-y-3" aria-label="Comments">
        {comments.map((comment) => (
          <li key={comment.id} className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
            <p className="text-xs text-slate-500">
              <span className="font-medium text-slate-700">{comment.author?.name ?? "A former member"}</span>,{" "}
              {formatMoment(comment.createdAt)}
              {comment.mentioned.length > 0 ? ` · to ${comment.mentioned.map((m) => m.name).join(", ")}` : ""}
            </p>
            <Markdown className="text-sm">{comment.body}</Markdown>
            {comment.pullRequestUrl || comment.testRunUrl ? (
              <p className="mt-1 flex flex-wrap gap-3 text-xs">
                {comment.pullRequestUrl ? <LinkOut href={comment.pullRequestUrl}>Pull request</LinkOut> : null}
                {comment.testRunUrl ? <LinkOut href={comment.testRunUrl}>Test run</LinkOut> : null}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {canComment ? (
        <form
          aria-label="New comment"
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            run(
              () => addCommentAction({ componentId, body, pullRequestUrl, testRunUrl }),
              () => {
                setBody("");
                setPullRequestUrl("");
                setTestRunUrl("");
              },
            );
          }}
        >
          <FailureAlert failure={failureAbove("body", "pullRequestUrl", "testRunUrl")} onReload={reload} />
          <Field
            label="Comment"
            hint="Markdown. Mention someone with @ and their name (@Kenji Sato) or email name (@kenji.sato)."
            error={fieldError("body")}
          >
            {(control) => (
              <Textarea
                {...control}
                value={body}
                onChange={(event) => setBody(event.target.value)}
                className="min-h-20 font-sans"
              />
            )}
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label="Pull request (optional)" error={fieldError("pullRequestUrl")}>
              {(control) => (
                <Input
                  {...control}
                  value={pullRequestUrl}
                  onChange={(event) => setPullRequestUrl(event.target.value)}
                  placeholder="https://"
                />
              )}
            </Field>
            <Field label="Test run (optional)" error={fieldError("testRunUrl")}>
              {(control) => (
                <Input
                  {...control}
                  value={testRunUrl}
                  onChange={(event) => setTestRunUrl(event.target.value)}
                  placeholder="https://"
                />
              )}
            </Field>
          </div>
          <Button type="submit" size="sm" pending={pending} disabled={body.trim() === ""}>
            {pending ? "Posting…" : "Post comment"}
          </Button>
        </form>
      ) : null}
    </div>
  );
}

function LinkOut({ href, children }: { href: string; children: string }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer"
      className="inline-flex items-center gap-1 text-indigo-700 hover:underline"
    >
      {children} <ExternalLink className="size-3" aria-hidden />
    </a>
  );
}
