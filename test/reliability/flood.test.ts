import { describe, expect, it } from "vitest";
import { floodVersusBystander } from "../support/flood";
import { suiteApp } from "../support/app-server";

/**
 * One user's MCP batch flood must not starve another user on the embedded database
 * (one connection, one query at a time): the per-user concurrency limit keeps the
 * flooder's calls in their own line, so the bystander's requests go in between
 * instead of after all of them.
 */
describe("flood versus bystander (embedded database)", () => {
  const server = suiteApp({ lane: "pglite" });

  it("serves the bystander throughout another user's flood of 800 tool calls", async () => {
    const report = await floodVersusBystander(server);
    console.log(
      `flood vs bystander: ${report.floodCalls} calls in ${report.floodMs.toFixed(0)} ms; ` +
        `bystander p50 ${report.quietMs.toFixed(1)} ms quiet, ${report.floodedMs.toFixed(1)} ms flooded ` +
        `(×${report.ratio.toFixed(1)}); ${report.servedDuringFlood} requests served during the flood`,
    );
    // Structural, not a stopwatch: without the limit the bystander's first request
    // queues behind every call of the flood and finishes only when the flood does.
    expect(report.servedDuringFlood).toBeGreaterThanOrEqual(5);
    // A sanity bound far above what the limit gives (the attack measured ×30 without it).
    expect(report.ratio).toBeLessThan(50);
  });
});
