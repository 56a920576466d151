// `npm run db:migrate`: bring the configured database up to date, then exit.
import { closeDatabase, database } from "@/db";
import { migrateDatabase } from "@/db/ready";

async function main() {
  const { driver } = database();
  await migrateDatabase();
  console.log(`Database is up to date (${driver}).`);
  await closeDatabase();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
