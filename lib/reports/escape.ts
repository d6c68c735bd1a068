/*
 * What users wrote goes into exports that others paste into wikis and send to tenants: it must
 * read as what it is, never as structure, HTML or a script link. Pure.
 */

/** One line of plain text (a name, a title): no line breaks, no Markdown or HTML syntax. */
export function inline(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_[\]<>|#!~]/g, "\\$&")
    .trim();
}

/** A name read from a cluster, as a code span: nothing in it can end the span or the line. */
export function code(text: string): string {
  return `\`${text.replace(/[`\r\n]+/g, "")}\``;
}

// The address may itself hold one level of parentheses: javascript:alert(1).
const SCRIPT_LINK = /\]\(\s*<?\s*(?:javascript|vbscript|data|file):(?:[^()]|\([^()]*\))*\)/gi;

/**
 * A user's Markdown kept as Markdown (emphasis, lists, code, http links) but with raw HTML shown
 * as text, script links disarmed, and headings demoted to text so a note cannot pose as a section.
 */
export function block(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, "\n")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(SCRIPT_LINK, "](#removed-link)")
    .split("\n")
    .map((line) => line.replace(/^(\s{0,3})(#{1,6}(?=\s|$)|={3,}\s*$|-{3,}\s*$)/, "$1\\$2"))
    .join("\n");
}

/** A link whose address was checked to be http(s) when it was saved: angle brackets keep it one token. */
export function link(label: string, url: string): string {
  return `[${inline(label)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}
