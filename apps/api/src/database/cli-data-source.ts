// Entry for the TypeORM CLI (migration:generate / migration:show), which needs a default export.
import { createDataSource } from './data-source';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set for the TypeORM CLI');
export default createDataSource({ url, poolSize: 2, applicationName: 'oip-typeorm-cli' });
