import net from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * A WebSocket-to-TCP proxy on 127.0.0.1, the local stand-in for Neon's edge: the
 * app runs with `DATABASE_DRIVER=neon NEON_WS_PROXY=127.0.0.1:<port>`, and Neon's
 * driver opens `ws://127.0.0.1:<port>/v1?address=<host>:<port>` (see db/connect.ts).
 * Each WebSocket is piped, byte for byte, to a TCP connection to that address.
 */
export interface WsProxy {
  /** host:port, the value for NEON_WS_PROXY. */
  address: string;
  /** WebSockets accepted so far: proof that traffic went through the proxy. */
  connections: () => number;
  close: () => Promise<void>;
}

// Test support only: the proxy must not become a way out to anywhere but this machine.
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

export async function startWsProxy(): Promise<WsProxy> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  let connections = 0;
  const sockets = new Set<net.Socket>();
  server.on("connection", (ws, request) => {
    connections++;
    const target = parseAddress(new URL(request.url ?? "/", "http://proxy").searchParams);
    if (!target) {
      ws.close(1008, "address must be a loopback host:port");
      return;
    }
    const socket = net.connect(target);
    sockets.add(socket);
    pipe(ws, socket);
    socket.once("close", () => sockets.delete(socket));
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    connections: () => connections,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function parseAddress(params: URLSearchParams): { host: string; port: number } | undefined {
  const match = /^(.+):(\d{1,5})$/.exec(params.get("address") ?? "");
  if (!match || !LOOPBACK.has(match[1]!)) return undefined;
  return { host: match[1]!, port: Number(match[2]) };
}

function pipe(ws: WebSocket, socket: net.Socket) {
  // Node buffers writes made before the TCP connection is up, so nothing is lost.
  ws.on("message", (data: Buffer | ArrayBuffer | Buffer[]) => {
    socket.write(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer));
  });
  socket.on("data", (chunk) => {
    if (ws.readyState === ws.OPEN) ws.send(chunk);
  });
  ws.once("close", () => socket.end());
  ws.once("error", () => socket.destroy());
  socket.once("close", () => ws.close());
  socket.once("error", () => ws.terminate());
}
