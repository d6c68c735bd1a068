import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { assignOwner } from "@/lib/campaigns/component-mutations";
import { setVerification } from "@/lib/campaigns/verification-mutations";
import { db } from "@/lib/db";
import { createScenario, expectOk, type Scenario } from "@/lib/testing/scenario";
import { deliverDue } from "./delivery";
import { MAX_ATTEMPTS, retryDelayMs } from "./events";
import { addWebhook, removeWebhook, retryNotification } from "./mutations";
import { getNotificationSettings } from "./queries";
import { noticeGateChanges, noticeStepsDueTomorrow } from "./watch";

/* Real deliveries on loopback: an SMTP server and an HTTP receiver, both local to the test. */

const mails: ParsedMail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, done) {
    simpleParser(stream)
      .then((mail) => mails.push(mail))
      .then(() => done(), done);
  },
});
const hooks: { path: string; body: unknown }[] = [];
/** What the receiver answers next, per path: a status to fail with, else 200. */
const failNext = new Map<string, number[]>();
const receiver: Server = createServer((request: IncomingMessage, response) => {
  let text = "";
  request.on("data", (chunk) => (text += chunk));
  request.on("end", () => {
    const status = failNext.get(request.url!)?.shift() ?? 200;
    if (status === 200) hooks.push({ path: request.url!, body: JSON.parse(text) });
    response.writeHead(status).end();
  });
});
let hookBase = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  process.env.STEPWISE_SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env.STEPWISE_URL = "https://stepwise.example";
  hookBase = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  delete process.env.STEPWISE_SMTP_URL;
  delete process.env.STEPWISE_URL;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise((resolve) => receiver.close(resolve));
});

let world: Scenario;
beforeEach(async () => {
  world = await createScenario();
  mails.length = 0;
  hooks.length = 0;
  await db.webhook.deleteMany();
  await db.notification.deleteMany();
  await db.webhook.createMany({
    data: [
      { name: "Slack", url: `${hookBase}/slack`, format: "slack", events: "verification-failed,assigned" },
      { name: "Automation", url: `${hookBase}/generic`, format: "generic", events: "verification-failed" },
    ],
  });
});

const failArgo = (note: string) =>
  setVerification(world.lead, {
    componentId: world.argocd.id,
    environmentId: world.environments.dev,
    status: "failed",
    note,
    revision: 0,
  });

describe("notifications", () => {
  it("a failed verification reaches its owner by e-mail and both webhooks, with the reason and a link", async () => {
    expectOk(await failArgo("Repo server crashes on start"));
    expect(await deliverDue()).toEqual({ delivered: 3, failed: 0 });

    expect(mails).toHaveLength(1);
    const owner = await db.teamMember.findUniqueOrThrow({ where: { id: world.engineer.id } });
    expect(mails[0]!.to).toMatchObject({ value: [{ address: owner.email }] });
    expect(mails[0]!.subject).toBe("ArgoCD on Dev: verification failed");
    expect(mails[0]!.text).toContain("Repo server crashes on start");
    expect(mails[0]!.text).toContain(
      `https://stepwise.example/campaigns/${world.campaignId}/components/${world.argocd.id}`,
    );

    const slack = hooks.find((hook) => hook.path === "/slack")!.body as { text: string };
    expect(slack.text).toMatch(/^\*ArgoCD on Dev: verification failed\*\n/);
    expect(slack.text).toContain(`|Open in Stepwise>`);
    expect(hooks.find((hook) => hook.path === "/generic")!.body).toMatchObject({
      event: "verification-failed",
      subject: "ArgoCD on Dev: verification failed",
      url: `https://stepwise.example/campaigns/${world.campaignId}/components/${world.argocd.id}`,
    });
    // Sent once: the next round has nothing left.
    expect(await deliverDue()).toEqual({ delivered: 0, failed: 0 });
  });

  it("e-mail goes only to members who chose the event", async () => {
    await db.teamMember.update({ where: { id: world.engineer.id }, data: { emailEvents: "assigned" } });
    expectOk(await failArgo("Broken"));
    await deliverDue();
    expect(mails).toHaveLength(0);
    expect(hooks).toHaveLength(2);
  });

  it("a refused receiver is retried with back-off, then delivered; out of attempts it is marked failed", async () => {
    failNext.set("/slack", [500]);
    failNext.set("/generic", Array(MAX_ATTEMPTS).fill(503));
    expectOk(await failArgo("Broken"));
    const start = new Date();
    expect(await deliverDue(start)).toEqual({ delivered: 1, failed: 2 });
    const slack = await db.notification.findFirstOrThrow({ where: { webhook: { name: "Slack" } } });
    expect(slack).toMatchObject({ status: "pending", attempts: 1, lastError: "HTTP 500" });
    expect(slack.nextAttemptAt.getTime()).toBe(start.getTime() + retryDelayMs(1));
    // Not due yet: nothing is sent before the back-off has passed.
    expect(await deliverDue(new Date(start.getTime() + 1_000))).toEqual({ delivered: 0, failed: 0 });

    let at = start.getTime();
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      at += retryDelayMs(attempt);
      await deliverDue(new Date(at));
    }
    expect(hooks.filter((hook) => hook.path === "/slack")).toHaveLength(1);
    const generic = await db.notification.findFirstOrThrow({ where: { webhook: { name: "Automation" } } });
    expect(generic).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "HTTP 503" });
    expect(generic.lastError).not.toContain("127.0.0.1");

    // The lead sees it, by the webhook's name; the address (its secret) never leaves the server.
    const settings = await getNotificationSettings();
    expect(settings.failed).toEqual([
      expect.objectContaining({ recipient: "Automation (webhook)", lastError: "HTTP 503", attempts: MAX_ATTEMPTS }),
    ]);
    expect(JSON.stringify(settings)).not.toContain("/generic");
    expectOk(await retryNotification(world.lead, { notificationId: generic.id }));
    expect(await retryNotification(world.engineer, { notificationId: generic.id })).toMatchObject({ ok: false });
    await deliverDue(new Date(at + 1));
    expect(hooks.filter((hook) => hook.path === "/generic")).toHaveLength(1);
  });

  it("the action never waits for delivery: an unreachable SMTP server fails the delivery, not the tick", async () => {
    const saved = process.env.STEPWISE_SMTP_URL;
    process.env.STEPWISE_SMTP_URL = "smtp://127.0.0.1:9";
    try {
      expectOk(await failArgo("Broken"));
      expect(await deliverDue()).toMatchObject({ failed: 1 });
      const mail = await db.notification.findFirstOrThrow({ where: { channel: "email" } });
      expect(mail.status).toBe("pending");
      expect(mail.lastError).toContain("ECONNREFUSED");
    } finally {
      process.env.STEPWISE_SMTP_URL = saved;
    }
  });

  it("assigning a component tells its new owner, but not a lead who takes it themselves", async () => {
    expectOk(await assignOwner(world.lead, { componentIds: [world.argocd.id], ownerId: world.lead.id }));
    expectOk(await assignOwner(world.lead, { componentIds: [world.argocd.id], ownerId: world.engineer.id }));
    await deliverDue();
    expect(mails.map((mail) => mail.subject)).toEqual(["You own ArgoCD now"]);
    expect(hooks.map((hook) => hook.path)).toEqual(["/slack"]);
  });

  it("a step due tomorrow is told once, however often the loop looks", async () => {
    await db.campaign.update({ where: { id: world.campaignId }, data: { status: "running" } });
    const now = new Date("2026-12-04T09:00:00.000Z");
    await db.campaignPhase.update({
      where: { campaignId_step: { campaignId: world.campaignId, step: 6 } },
      data: { plannedEnd: new Date("2026-12-05T00:00:00.000Z"), completedAt: null },
    });
    await db.webhook.updateMany({ where: { name: "Slack" }, data: { events: "step-due" } });
    expect(await noticeStepsDueTomorrow(now)).toBeGreaterThanOrEqual(1);
    await noticeStepsDueTomorrow(new Date("2026-12-04T10:00:00.000Z"));
    while ((await deliverDue(now)).delivered > 0);
    const told = hooks.filter((hook) => JSON.stringify(hook.body).includes(`step 6 of 2026 upgrade`));
    expect(told).toHaveLength(1);
    // Every member who chose it (the file's earlier worlds included) gets it by e-mail, each once.
    const recipients = mails
      .filter((mail) => mail.subject?.startsWith("Due tomorrow: step 6"))
      .map((mail) => (mail.to as AddressObject).value[0]!.address);
    const choosing = await db.teamMember.count({
      where: { deactivatedAt: null, emailEvents: { contains: "step-due" } },
    });
    expect(recipients.length).toBe(choosing);
    expect(new Set(recipients).size).toBe(recipients.length);
  });

  it("a gate turning open or blocked is told once: the first look only remembers, a repeat tells nothing", async () => {
    await db.campaign.updateMany({ where: { status: "running" }, data: { status: "planned" } });
    await db.campaign.update({ where: { id: world.campaignId }, data: { status: "running" } });
    await db.webhook.updateMany({ where: { name: "Slack" }, data: { events: "gate-changed" } });
    expect(await noticeGateChanges()).toBe(0);
    const seen = await db.gateState.findMany({ where: { campaignId: world.campaignId } });
    expect(seen).toHaveLength(3);
    // What the clusters and records say now differs from what was last seen: each environment flips.
    for (const state of seen) {
      await db.gateState.update({
        where: { campaignId_environmentId: { campaignId: world.campaignId, environmentId: state.environmentId } },
        data: { verdict: state.verdict === "open" ? "blocked" : "open" },
      });
    }
    expect(await noticeGateChanges()).toBe(3);
    expect(await noticeGateChanges()).toBe(0);
    // Every member's e-mail too: a round sends at most 25, so send until nothing is left.
    while ((await deliverDue()).delivered > 0);
    const told = hooks.map((hook) => (hook.body as { text: string }).text);
    expect(told).toHaveLength(3);
    expect(told.every((text) => /gate (open|blocked)/.test(text))).toBe(true);
  });

  it("only the lead adds webhooks; a bad address is refused beside its field; the saved address stays on the server", async () => {
    const hook = { name: "Platform channel", format: "slack" as const, events: ["gate-changed" as const] };
    const secret = "https://hooks.slack.example/services/T000/B000/SECRET";
    expect(await addWebhook(world.engineer, { ...hook, url: secret })).toMatchObject({ ok: false });
    expect(await addWebhook(world.lead, { ...hook, url: "ftp://example.com" })).toMatchObject({
      ok: false,
      fieldErrors: { url: [expect.stringContaining("http(s)")] },
    });
    expect(await addWebhook(world.lead, { ...hook, url: secret, events: [] })).toMatchObject({
      ok: false,
      fieldErrors: { events: [expect.any(String)] },
    });
    const { id } = expectOk(await addWebhook(world.lead, { ...hook, url: secret }));
    const settings = await getNotificationSettings();
    expect(settings.webhooks.find((webhook) => webhook.id === id)).toMatchObject({ host: "hooks.slack.example" });
    expect(JSON.stringify(settings)).not.toContain("SECRET");
    expectOk(await removeWebhook(world.lead, { webhookId: id }));
    expect(await removeWebhook(world.lead, { webhookId: id })).toMatchObject({ ok: false });
  });
});
