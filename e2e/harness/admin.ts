import { Client } from 'pg';

/** Runs `run` with a connection to the PostgreSQL server that hosts the e2e database. */
export async function withAdmin<T>(url: string, run: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}
