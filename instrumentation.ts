/*
 * Runs once when the server starts. The one place that decides whether the fleet is simulated:
 * with no kubeconfig and no in-cluster account configured, the demo's fleet is served over HTTPS
 * in this process and the live view reads it like any other cluster. It also starts the
 * background delivery of notifications, and the request ids and durations of every HTTP request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { watchHttpRequests } = await import("./lib/observability/http");
  watchHttpRequests();
  const { startNotifications } = await import("./lib/notifications/background");
  startNotifications();
  const [{ fleetSettings }, { registerSimulatedFleet }] = await Promise.all([
    import("./lib/fleet/settings"),
    import("./lib/fleet/simulated-fleet"),
  ]);
  const settings = fleetSettings();
  if (settings.kubeconfigPath || settings.inCluster) return;
  const { startSimulatedFleet } = await import("./lib/demo");
  registerSimulatedFleet(await startSimulatedFleet({ tickMs: settings.simulationTickMs }));
}
