/** Who a comment mentions: "@Kenji Sato" (the full name) or "@kenji.sato" (the email's name part). Pure. */
export function mentionedMembers<M extends { id: string; name: string; email: string }>(body: string, team: M[]): M[] {
  const text = body.toLowerCase();
  return team.filter((member) => {
    const handles = [member.name.toLowerCase(), member.email.split("@")[0]!.toLowerCase()];
    // The handle must end at a word boundary: "@ryo" is not "@ryota".
    return handles.some((handle) => new RegExp(`(^|[^\\w@])@${escape(handle)}(?![\\w.-]*\\w)`).test(text));
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
