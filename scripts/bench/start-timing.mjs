// Timing marks for one server start (docs/performance.md, "Where the first answer's time
// goes"): `NODE_OPTIONS="--import ./scripts/bench/start-timing.mjs" npx next start`. Prints to
// stderr, in ms since the process started: each module load slower than
// START_TIMING_MIN_MS (default 40), when the server listens, and each request's arrival and
// answer. START_TIMING_PROFILE=<folder> also writes a CPU profile of the start, stopped
// 200 ms after the first answer. Code under test can add marks with
// `globalThis.__startTimingMark?.("what")`. A measuring tool only: never loaded by the app.
import fs from "node:fs";
import http from "node:http";
import inspector from "node:inspector";
import Module from "node:module";
import { performance } from "node:perf_hooks";

const mark = (what) =>
  process.stderr.write(`[start-timing ${process.pid}] ${performance.now().toFixed(0)} ${what}\n`);
globalThis.__startTimingMark = mark;

let stopProfile;
if (process.env.START_TIMING_PROFILE) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
  stopProfile = () =>
    session.post("Profiler.stop", (error, result) => {
      if (error) return mark(`profile failed: ${error.message}`);
      const file = `${process.env.START_TIMING_PROFILE}/start-${process.pid}.cpuprofile`;
      fs.writeFileSync(file, JSON.stringify(result.profile));
      mark(`profile written to ${file}`);
    });
}

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
  this.once("listening", () => mark("listening"));
  this.on("request", (request, response) => {
    mark(`request ${request.method} ${request.url}`);
    response.once("finish", () => {
      mark(`answered ${request.method} ${request.url} ${response.statusCode}`);
      if (stopProfile) setTimeout(stopProfile, 200);
      stopProfile = undefined;
    });
  });
  return listen.apply(this, args);
};

const slowMs = Number(process.env.START_TIMING_MIN_MS ?? 40);
const load = Module._load;
Module._load = function (request) {
  const start = performance.now();
  try {
    return load.apply(this, arguments);
  } finally {
    const ms = performance.now() - start;
    if (ms > slowMs) mark(`loaded ${request} in ${ms.toFixed(0)} ms`);
  }
};
