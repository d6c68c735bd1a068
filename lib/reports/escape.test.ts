import { describe, expect, it } from "vitest";
import { block, inline, link } from "./escape";

describe("inline", () => {
  it("keeps a name on one line and shows Markdown and HTML syntax as text", () => {
    expect(inline("Loki\n# Injected heading")).toBe("Loki \\# Injected heading");
    expect(inline("<img src=x onerror=alert(1)>")).toBe("\\<img src=x onerror=alert(1)\\>");
    expect(inline("[click](javascript:alert(1))")).toBe("\\[click\\](javascript:alert(1))");
  });
});

describe("block", () => {
  it("keeps emphasis, lists and http links, but not raw HTML, script links or headings", () => {
    const note = [
      "Set **driver.enabled=false**; see [the docs](https://docs.nvidia.com/x).",
      "<script>alert(1)</script>",
      "[free money](javascript:alert(document.cookie))",
      "# Before the upgrade",
      "- keep this list",
    ].join("\n");
    expect(block(note).split("\n")).toEqual([
      "Set **driver.enabled=false**; see [the docs](https://docs.nvidia.com/x).",
      "&lt;script&gt;alert(1)&lt;/script&gt;",
      "[free money](#removed-link)",
      "\\# Before the upgrade",
      "- keep this list",
    ]);
  });

  it("disarms a script link however it is spelled", () => {
    expect(block("[x]( JavaScript:alert(1))")).toBe("[x](#removed-link)");
    expect(block("[x](data:text/html;base64,PHNjcmlwdD4=)")).toBe("[x](#removed-link)");
  });
});

describe("link", () => {
  it("escapes the label and keeps the address one token", () => {
    expect(link("Notes [v2]", "https://example.com/a b)")).toBe("[Notes \\[v2\\]](<https://example.com/a%20b)>)");
  });
});
