import fs from "node:fs";

/** The pids of a process and its descendants, from /proc. */
function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // Exited meanwhile.
    }
  }
  const inTree = (pid: number): boolean =>
    pid === root || (pid > 1 && parentOf.has(pid) && inTree(parentOf.get(pid)!));
  return [...parentOf.keys()].filter(inTree);
}

/** Resident memory of a process tree (`next start` and its children), in MB; NaN without /proc. */
export function treeRssMb(root: number): number {
  try {
    let kb = 0;
    for (const pid of processTree(root)) {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      kb += Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    }
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/** CPU time (user + system) a process tree has used so far, in ms; NaN without /proc. */
export function treeCpuMs(root: number): number {
  try {
    let ticks = 0;
    for (const pid of processTree(root)) {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name).
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    // Linux reports CPU time in clock ticks of 1/100 s.
    return ticks * 10;
  } catch {
    return NaN;
  }
}
