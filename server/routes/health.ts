import type { FastifyInstance } from 'fastify';
import { SCHEMA_VERSION } from '../../src/domain/tables';
import { API_PATHS } from '../../src/domain/wire';
import type { Health } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import { readServerEpoch } from '../db/meta';

export function registerHealthRoute(app: FastifyInstance, database: ServerDatabase): void {
  app.get(API_PATHS.health, async (): Promise<Health> => ({ ok: true, schemaVersion: SCHEMA_VERSION, serverEpoch: await readServerEpoch(database.db) }));
}
