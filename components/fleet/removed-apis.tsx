import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PlainTableHead } from "@/components/ui/plain-table-head";
import { CATALOG_CHECKED } from "@/lib/apis/catalog";
import { removedBy, replacementOf } from "@/lib/apis/judge";
import type { ClusterDetail } from "@/lib/fleet/types";

/** What on this cluster the way to the target removes: the objects, with who wrote them and who owns them. */
export function RemovedApis({
  removedApis,
  target,
}: {
  removedApis: ClusterDetail["removedApis"];
  target: string | null;
}) {
  if (!removedApis || !target) return null;
  const objects = removedApis.findings.flatMap((finding) =>
    finding.kind === "object" || finding.kind === "unserved" ? [finding] : [],
  );
  const others = removedApis.findings.filter((finding) => finding.kind === "stored" || finding.kind === "requested");
  return (
    <Card id="removed-apis">
      <CardHeader
        title={`Removed APIs on the way to ${target}`}
        description={`Objects last written through a version a hop or an add-on upgrade removes, or a hop of this campaign already removed, from their managedFields (catalog checked ${CATALOG_CHECKED}).`}
      />
      <CardBody className="space-y-4">
        {removedApis.findings.length === 0 ? (
          <p className="text-sm text-emerald-700">
            Nothing on this cluster is written through a version the way removes.
          </p>
        ) : null}
        {objects.length > 0 ? (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <PlainTableHead
                headings={["Object", "Written through", "Removed in", "Use instead", "Written by", "Team"]}
              />
              <tbody>
                {objects.map(({ kind, use, removal }) => (
                  <tr key={`${use.kind}/${use.namespace}/${use.name}`} className="border-t border-slate-100 align-top">
                    <td className="py-1.5 pr-4">
                      <span className="font-medium">{use.kind}</span>{" "}
                      <span className="font-mono text-xs">
                        {use.namespace ? `${use.namespace}/` : ""}
                        {use.name}
                      </span>
                    </td>
                    <td className="py-1.5 pr-4 font-mono text-xs text-red-800">{use.apiVersion}</td>
                    <td className="py-1.5 pr-4 whitespace-nowrap">
                      {removedBy(removal)}
                      {kind === "unserved" ? (
                        <Badge
                          tone="danger"
                          className="ml-1"
                          title="A hop already removed it here: the next apply of the same manifest is refused"
                        >
                          not served here
                        </Badge>
                      ) : null}
                    </td>
                    <td className="py-1.5 pr-4 font-mono text-xs">
                      <a
                        href={removal.source}
                        target="_blank"
                        rel="noreferrer"
                        className="underline decoration-slate-300"
                      >
                        {replacementOf(removal)}
                      </a>
                    </td>
                    <td className="py-1.5 pr-4">
                      {use.manager}
                      {use.evidence === "last-applied" ? (
                        <Badge
                          tone="warning"
                          className="ml-1"
                          title="Only kubectl's last-applied-configuration says so"
                        >
                          weaker evidence
                        </Badge>
                      ) : null}
                    </td>
                    <td className="py-1.5 pr-4">{use.owner ?? <span className="text-slate-400">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {others.length > 0 ? (
          <ul className="space-y-1.5 text-sm" aria-label="Stored versions and requests">
            {others.map((finding) =>
              finding.kind === "stored" ? (
                <li key={`${finding.crd}-${finding.version}`}>
                  CRD <span className="font-mono text-xs">{finding.crd}</span> still stores{" "}
                  <span className="font-mono text-xs text-red-800">{finding.version}</span>, which{" "}
                  {removedBy(finding.removal)} stops serving: migrate its stored objects and trim{" "}
                  <span className="font-mono text-xs">status.storedVersions</span> first.
                </li>
              ) : finding.kind === "requested" ? (
                <li key={`${finding.request.group}/${finding.request.version}/${finding.request.resource}`}>
                  The apiserver counted requests to{" "}
                  <span className="font-mono text-xs text-amber-800">
                    {finding.request.group ? `${finding.request.group}/` : ""}
                    {finding.request.version} {finding.request.resource}
                  </span>{" "}
                  since it started (one replica&apos;s view): a client still calls it.
                </li>
              ) : null,
            )}
          </ul>
        ) : null}
        {removedApis.metrics === "forbidden" ? (
          <p className="text-xs text-slate-500">
            The apiserver refused /metrics (managed control planes usually do): clients calling removed versions are not
            counted here.
          </p>
        ) : null}
      </CardBody>
    </Card>
  );
}
