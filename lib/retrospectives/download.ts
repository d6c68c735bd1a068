/** A Markdown file the browser saves, named after what it holds. */
export function markdownDownload(markdown: string, name: string): Response {
  const file = `${name.toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^-|-$/g, "")}.md`;
  return new Response(markdown, {
    headers: { "content-type": "text/markdown; charset=utf-8", "content-disposition": `attachment; filename="${file}"` },
  });
}
