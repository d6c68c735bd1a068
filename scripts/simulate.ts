// A simulated fleet on its own, for trying `npx stepwise skew` or pointing Stepwise at it:
//   npm run simulate -- [--kubeconfig FILE] [--tick-ms N] [--clusters N --nodes N --workloads N]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startSimulatedApiServer } from "@/lib/demo/simulator/api-server";
import { demoFleet, largeFleet } from "@/lib/demo/simulator/fleet-model";

const { values } = parseArgs({
  options: {
    kubeconfig: { type: "string", default: ".simulation/kubeconfig" },
    "tick-ms": { type: "string", default: "4000" },
    clusters: { type: "string" },
    nodes: { type: "string", default: "200" },
    workloads: { type: "string", default: "300" },
  },
});
const clusters = values.clusters
  ? largeFleet(Number(values.clusters), Number(values.nodes), new Date(), Number(values.workloads))
  : demoFleet();
const server = await startSimulatedApiServer(clusters, { tickMs: Number(values["tick-ms"]) || undefined });
mkdirSync(path.dirname(values.kubeconfig), { recursive: true });
// The kubeconfig holds the simulated clusters' tokens: readable by this user only.
writeFileSync(values.kubeconfig, server.kubeconfig(), { mode: 0o600 });
console.log(`simulated fleet of ${clusters.length} clusters at ${server.url}; kubeconfig: ${values.kubeconfig}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
