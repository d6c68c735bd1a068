/** A Markdown file the browser saves, named after what it holds. */
export function markdownDownload(markdown: string, name: string): Response {
  const file = `${name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-|-$/g, "")}.md`;
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${file}"`,
    },
  });
}

/** A download asked for without a session: no data, and the reason in plain words. */
export function signInToDownload(): Response {
  return new Response("Sign in to Stepwise to download this.", {
    status: 401,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
