import { isMap, isSeq, LineCounter, parseAllDocuments } from "yaml";
import type { TypeRef } from "./judge";

/*
 * The objects in a YAML text as `stepwise apis` reads them: every document of a multi-document
 * file, the items of a `List`, rendered Helm output (its `# Source:` comment names the template),
 * comments and empty documents skipped. Pure: text in, objects with their line out.
 */

export type ManifestObject = TypeRef & {
  name: string | null;
  namespace: string | null;
  /** 1-based line of the object's document (or list item) in the file. */
  line: number;
  /** The Helm template it was rendered from (`# Source: chart/templates/x.yaml`), when the output says. */
  template: string | null;
};

export type ManifestParse = { objects: ManifestObject[]; errors: { line: number; message: string }[] };

type Plain = Record<string, unknown>;
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

function objectOf(value: Plain, line: number, template: string | null): ManifestObject | null {
  const [apiVersion, kind] = [text(value.apiVersion), text(value.kind)];
  if (!apiVersion || !kind) return null;
  const metadata = (typeof value.metadata === "object" && value.metadata ? value.metadata : {}) as Plain;
  return { apiVersion, kind, name: text(metadata.name), namespace: text(metadata.namespace), line, template };
}

export function parseManifests(source: string): ManifestParse {
  const lines = new LineCounter();
  const objects: ManifestObject[] = [];
  const errors: ManifestParse["errors"] = [];
  for (const document of parseAllDocuments(source, { lineCounter: lines, uniqueKeys: false })) {
    const start = document.contents?.range?.[0] ?? document.range[0];
    const line = lines.linePos(start).line;
    if (document.errors.length > 0) {
      // The document's own line: a parser's error position can fall after the document's end.
      for (const error of document.errors) errors.push({ line, message: error.message });
      continue;
    }
    const root = document.contents;
    // Helm writes `# Source:` above each document; the parser hangs it on the document or its map.
    const comment = `${document.commentBefore ?? ""}\n${root?.commentBefore ?? ""}`;
    const template = /#?\s*Source:\s*(\S+)/.exec(comment)?.[1] ?? null;
    if (!isMap(root)) continue;
    const value = root.toJSON() as Plain;
    const items =
      value.kind === "List" || (typeof value.kind === "string" && value.kind.endsWith("List"))
        ? root.get("items", true)
        : null;
    if (isSeq(items)) {
      for (const item of items.items) {
        if (!isMap(item)) continue;
        const itemLine = lines.linePos(item.range?.[0] ?? start).line;
        const object = objectOf(item.toJSON() as Plain, itemLine, template);
        if (object) objects.push(object);
      }
      continue;
    }
    const object = objectOf(value, line, template);
    if (object) objects.push(object);
  }
  return { objects, errors };
}
