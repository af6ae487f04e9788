import { createPool } from 'mysql2/promise';

export const reporting = createPool(process.env.MYSQL_REPORTING_URL ?? 'mysql://reporting@reporting-db/shop');
