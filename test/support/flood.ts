import { createApiKey, postMcp } from "./mcp";
import type { RunningServer } from "./server";
import { apiAs, signUp } from "./users";

export interface FloodReport {
  /** The bystander's task-list latency, alone (median). */
  quietMs: number;
  /** The same, while another user floods MCP with batches (median). */
  floodedMs: number;
  /** floodedMs / quietMs. */
  ratio: number;
  /** Bystander requests that finished while the flood was still running. */
  servedDuringFlood: number;
  /** Tool calls the flood made, and how long it ran. */
  floodCalls: number;
  floodMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * One user floods MCP with JSON-RPC batches of `add_task` from several keys at once
 * (as an attacker did: four batch floods); another user lists their tasks over and
 * over meanwhile. Used by the reliability suite (which asserts on the order things
 * finish in) and by `npm run bench` (which prints the ratio).
 */
export async function floodVersusBystander(
  server: RunningServer,
  { keys = 4, batchesPerKey = 2, batchSize = 100 } = {},
): Promise<FloodReport> {
  const [flooder, bystander] = [await signUp(server.url), await signUp(server.url)];
  const bystanderApi = apiAs(server.url, bystander);
  for (let i = 0; i < 5; i++) await bystanderApi("POST", "/api/tasks", { title: `mine ${i}` });
  const listOnce = async () => {
    const start = performance.now();
    const response = await bystanderApi("GET", "/api/tasks");
    if (response.status !== 200) throw new Error(`bystander got ${response.status}`);
    return performance.now() - start;
  };

  const quiet: number[] = [];
  for (let i = 0; i < 20; i++) quiet.push(await listOnce());

  const floodKeys = await Promise.all(
    Array.from({ length: keys }, (_, i) => createApiKey(server.url, flooder, `flood ${i}`)),
  );
  const batch = (from: number) =>
    Array.from({ length: batchSize }, (_, i) => ({
      jsonrpc: "2.0",
      id: from + i,
      method: "tools/call",
      params: { name: "add_task", arguments: { title: `flood ${from + i}` } },
    }));
  let floodRunning = true;
  const floodStart = performance.now();
  const flood = Promise.all(
    floodKeys.flatMap(({ key }, k) =>
      Array.from({ length: batchesPerKey }, async (_, b) => {
        const response = await postMcp(
          server.url,
          { authorization: `Bearer ${key}` },
          batch((k * batchesPerKey + b) * batchSize),
        );
        if (response.status !== 200) throw new Error(`flood batch got ${response.status}`);
        await response.json();
      }),
    ),
  ).finally(() => (floodRunning = false));

  const flooded: number[] = [];
  let servedDuringFlood = 0;
  while (floodRunning) {
    const took = await listOnce();
    flooded.push(took);
    if (floodRunning) servedDuringFlood += 1;
  }
  await flood;
  const floodMs = performance.now() - floodStart;
  const quietMs = median(quiet);
  const floodedMs = median(flooded);
  return {
    quietMs,
    floodedMs,
    ratio: floodedMs / quietMs,
    servedDuringFlood,
    floodCalls: keys * batchesPerKey * batchSize,
    floodMs,
  };
}
