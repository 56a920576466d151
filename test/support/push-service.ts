import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";

/**
 * A stand-in for a browser vendor's push service: the receiving side of the Web Push
 * protocol (RFC 8030) over real HTTPS. Each device it makes holds what a browser holds,
 * a P-256 key pair and an auth secret (node:crypto), so the service can check the VAPID
 * signature (RFC 8292) and decrypt the aes128gcm payload (RFC 8188 with RFC 8291's
 * keys) exactly as the browser would.
 */

export interface ReceivedPush {
  /** The decrypted payload, parsed as JSON. */
  payload: unknown;
  ttl: number;
  urgency: string | null;
  topic: string | null;
  /** The VAPID JWT's `sub` (who to contact) and the public key it was signed with. */
  subject: string;
  vapidPublicKey: string;
}

export interface PushDevice {
  /** What `PushSubscription.toJSON()` gives a page: POST it to /api/push/subscriptions. */
  subscription: { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } };
  /** Every push this device accepted, in order. */
  received: ReceivedPush[];
  /** Requests the service refused (bad signature, undecryptable body), with why. */
  refused: string[];
  /** The status the service answers from now on: 201 (accepted), 410 (gone), 500 … */
  answerWith(status: number): void;
}

export interface PushService {
  origin: string;
  /** The self-signed certificate: give it to the app as NODE_EXTRA_CA_CERTS. */
  certificatePath: string;
  certificate: string;
  newDevice(): PushDevice;
  /** Waits until `device` has received `count` pushes (or fails after `timeoutMs`). */
  waitFor(device: PushDevice, count: number, timeoutMs?: number): Promise<ReceivedPush[]>;
  close(): Promise<void>;
}

interface DeviceState extends PushDevice {
  ecdh: crypto.ECDH;
  authSecret: Buffer;
  status: number;
}

export async function startPushService(): Promise<PushService> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "push-service-"));
  const keyPath = path.join(dir, "key.pem");
  const certificatePath = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      keyPath,
      "-out",
      certificatePath,
    ],
    { stdio: "ignore" },
  );
  const certificate = fs.readFileSync(certificatePath, "utf8");
  const devices = new Map<string, DeviceState>();
  let origin = "";

  const server = https.createServer(
    { key: fs.readFileSync(keyPath), cert: certificate },
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const device = devices.get(request.url?.replace(/^\/push\//, "") ?? "");
        if (request.method !== "POST" || !device) {
          response.writeHead(404).end();
          return;
        }
        if (device.status !== 201) {
          response.writeHead(device.status).end();
          return;
        }
        try {
          device.received.push(receive(device, origin, request.headers, Buffer.concat(chunks)));
          response.writeHead(201, { location: `${origin}/message/${crypto.randomUUID()}` }).end();
        } catch (error) {
          device.refused.push(error instanceof Error ? error.message : String(error));
          response.writeHead(400).end();
        }
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  origin = `https://127.0.0.1:${port}`;

  return {
    origin,
    certificatePath,
    certificate,
    newDevice() {
      const ecdh = crypto.createECDH("prime256v1");
      ecdh.generateKeys();
      const authSecret = crypto.randomBytes(16);
      const id = crypto.randomUUID();
      const device: DeviceState = {
        ecdh,
        authSecret,
        status: 201,
        received: [],
        refused: [],
        subscription: {
          endpoint: `${origin}/push/${id}`,
          expirationTime: null,
          keys: {
            p256dh: ecdh.getPublicKey().toString("base64url"),
            auth: authSecret.toString("base64url"),
          },
        },
        answerWith(status) {
          device.status = status;
        },
      };
      devices.set(id, device);
      return device;
    },
    async waitFor(device, count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (device.received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `expected ${count} pushes, got ${device.received.length} (refused: ${device.refused.join("; ") || "none"})`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return device.received;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Checks the request as a push service must, then decrypts it as the browser does. */
function receive(
  device: DeviceState,
  origin: string,
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
): ReceivedPush {
  const ttl = Number(headers["ttl"]);
  if (!Number.isInteger(ttl) || ttl < 0) throw new Error("missing or invalid TTL header");
  if (headers["content-encoding"] !== "aes128gcm") throw new Error("not aes128gcm");
  const vapid = verifyVapid(String(headers["authorization"] ?? ""), origin);
  const plaintext = decryptAes128gcm(body, device.ecdh, device.authSecret);
  return {
    payload: JSON.parse(plaintext.toString("utf8")),
    ttl,
    urgency: (headers["urgency"] as string | undefined) ?? null,
    topic: (headers["topic"] as string | undefined) ?? null,
    ...vapid,
  };
}

/** RFC 8292: `vapid t=<ES256 JWT>, k=<public key>`, the JWT's audience being this origin. */
function verifyVapid(authorization: string, origin: string) {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+),\s*k=([\w-]+)$/.exec(authorization);
  if (!match) throw new Error(`no VAPID authorization: ${authorization}`);
  const [, jwt, k] = match as unknown as [string, string, string];
  const [header, claims, signature] = jwt.split(".") as [string, string, string];
  const raw = Buffer.from(k, "base64url");
  if (raw.length !== 65 || raw[0] !== 4) throw new Error("VAPID key is not a P-256 point");
  const publicKey = crypto.createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: raw.subarray(1, 33).toString("base64url"),
      y: raw.subarray(33).toString("base64url"),
    },
    format: "jwk",
  });
  const valid = crypto.verify(
    "sha256",
    Buffer.from(`${header}.${claims}`),
    { key: publicKey, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!valid) throw new Error("VAPID signature does not verify");
  const { alg } = JSON.parse(Buffer.from(header, "base64url").toString()) as { alg: string };
  const body = JSON.parse(Buffer.from(claims, "base64url").toString()) as {
    aud: string;
    exp: number;
    sub: string;
  };
  if (alg !== "ES256") throw new Error(`VAPID JWT alg ${alg}`);
  if (body.aud !== origin) throw new Error(`VAPID audience ${body.aud}, expected ${origin}`);
  if (!(body.exp * 1000 > Date.now())) throw new Error("VAPID JWT expired");
  if (!/^(mailto:|https:)/.test(body.sub)) throw new Error(`VAPID subject ${body.sub}`);
  return { subject: body.sub, vapidPublicKey: k };
}

const hkdf = (salt: Buffer, ikm: Buffer, info: Buffer, length: number) =>
  Buffer.from(crypto.hkdfSync("sha256", ikm, salt, info, length));

/**
 * RFC 8188's aes128gcm content coding with RFC 8291's key derivation: the header carries
 * the salt, the record size and the sender's public key; one record, padded with a 0x02
 * delimiter (the last record) and zeros.
 */
function decryptAes128gcm(body: Buffer, ecdh: crypto.ECDH, authSecret: Buffer): Buffer {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20]!;
  const senderKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  if (idLength !== 65) throw new Error("the key id is not the sender's P-256 public key");
  if (record.length > recordSize) throw new Error("more than one record");

  const sharedSecret = ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), ecdh.getPublicKey(), senderKey]);
  const ikm = hkdf(authSecret, sharedSecret, keyInfo, 32);
  const contentKey = hkdf(salt, ikm, Buffer.from("Content-Encoding: aes128gcm\0"), 16);
  const nonce = hkdf(salt, ikm, Buffer.from("Content-Encoding: nonce\0"), 12);

  const decipher = crypto.createDecipheriv("aes-128-gcm", contentKey, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([
    decipher.update(record.subarray(0, record.length - 16)),
    decipher.final(),
  ]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error("missing the last record's padding delimiter");
  return padded.subarray(0, end);
}
