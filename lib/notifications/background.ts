import "server-only";
import { log } from "@/lib/observability/log";
import { deliverDue } from "./delivery";
import { deliveryIntervalMs } from "./settings";
import { noticeGateChanges, noticeStepsDueTomorrow } from "./watch";

/** The gate and the calendar are looked at once a minute; deliveries as often as configured. */
const WATCH_EVERY_MS = 60_000;

/**
 * The process's notification loop (started once by instrumentation.ts): sends what is due and
 * notices changes nobody's action made. A failed round is logged and the next one tries again.
 */
export function startNotifications(): () => void {
  let running = false;
  let watchedAt = 0;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      if (Date.now() - watchedAt >= WATCH_EVERY_MS) {
        watchedAt = Date.now();
        await noticeStepsDueTomorrow();
        await noticeGateChanges();
      }
      await deliverDue();
    } catch (error) {
      log.error("notifications.round-failed", { error: error instanceof Error ? error : String(error) });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(round, deliveryIntervalMs());
  timer.unref();
  return () => clearInterval(timer);
}
