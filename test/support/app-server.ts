import { createLaneDatabase, LANES, type Lane, type LaneDatabase, type LaneName } from "./lanes";
import { TEST_DATABASE_URL } from "./databases";
import { suiteFakeOpenAI, type FakeOpenAI } from "./fake-openai";
import { startServer, type RunningServer, type StartOptions } from "./server";
import { perSuite } from "./suite";

export interface AppUnderTest {
  server: RunningServer;
  database: LaneDatabase;
  /** The Postgres URL the server uses, when it runs on the test server (for asserting on rows). */
  databaseUrl?: string;
  /** Stops the server, and removes the database when the app made it. */
  stop: () => Promise<void>;
}

export interface StartAppOptions extends StartOptions {
  /** On top of startServer's test defaults. */
  env?: Record<string, string | undefined>;
  /** An existing database (its owner removes it); else a fresh one the app removes. */
  database?: LaneDatabase;
  /**
   * The lane of the fresh database: by default the Postgres server when TEST_DATABASE_URL
   * is set (so tests can also read rows), else PGlite.
   */
  lane?: Lane | LaneName;
}

/** The production server under test, on a lane's database (see StartAppOptions). */
export async function startApp(options: StartAppOptions = {}): Promise<AppUnderTest> {
  const owned = !options.database;
  const database = options.database ?? (await createLaneDatabase(laneOf(options.lane)));
  try {
    const server = await startServer({ ...database.env, ...options.env }, undefined, options);
    return {
      server,
      database,
      databaseUrl: database.url,
      stop: async () => {
        await server.stop();
        if (owned) await database.remove();
      },
    };
  } catch (error) {
    if (owned) await database.remove();
    throw error;
  }
}

function laneOf(lane: StartAppOptions["lane"]): Lane {
  if (typeof lane === "object") return lane;
  const name = lane ?? (TEST_DATABASE_URL ? "pg" : "pglite");
  return LANES.find((candidate) => candidate.name === name)!;
}

/** The running app of a suite: the server's fields, and the database it runs on. */
export interface AppFixture extends RunningServer {
  readonly database: LaneDatabase;
  /**
   * Stops the server (if it still runs) and starts a new one on the same database:
   * with `env` in place of the suite's own when given.
   */
  restart(env?: StartAppOptions["env"]): Promise<void>;
}

type EnvOption = StartAppOptions["env"] | (() => StartAppOptions["env"]);
type SuiteAppOptions = Omit<StartAppOptions, "env" | "database"> & { env?: EnvOption };

/**
 * The suite's server: started in `beforeAll` on a fresh database, stopped and removed in
 * `afterAll`. Its fields are read inside tests and later hooks. `env` may be a function
 * when it depends on an earlier hook (a fake model's URL). Hooks registered after this
 * call run after the server has started (sign-ups, seeding).
 */
export function suiteApp(options: SuiteAppOptions = {}): AppFixture {
  let env: StartAppOptions["env"];
  const running = perSuite(
    "The app",
    () => {
      env = typeof options.env === "function" ? options.env() : options.env;
      return startApp({ ...options, env });
    },
    (app) => app.stop(),
  );
  return {
    get url() {
      return running().server.url;
    },
    get port() {
      return running().server.port;
    },
    get pid() {
      return running().server.pid;
    },
    get database() {
      return running().database;
    },
    output: () => running().server.output(),
    stop: () => running().server.stop(),
    restart: async (replacement) => {
      const current = running();
      await current.server.stop();
      const server = await startServer(
        { ...current.database.env, ...(replacement ?? env) },
        undefined,
        options,
      );
      current.server = server;
      current.stop = async () => {
        await server.stop();
        await current.database.remove();
      };
    },
  };
}

/** `suiteApp` on one lane of `describeEachLane`. */
export function suiteLaneApp(lane: Lane, env?: EnvOption): AppFixture {
  return suiteApp({ lane, env });
}

/**
 * The suite's app with OpenAI's API played by the suite's fake (`model`, started first,
 * so it stops last): OPENAI_API_KEY "sk-test" and OPENAI_BASE_URL the fake's, under `env`.
 */
export function suiteAppOnFakeOpenAI(
  options: Omit<SuiteAppOptions, "env"> & { env?: Record<string, string> } = {},
): { app: AppFixture; model: FakeOpenAI } {
  const model = suiteFakeOpenAI();
  const app = suiteApp({
    ...options,
    env: () => ({ OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: model.url, ...options.env }),
  });
  return { app, model };
}
