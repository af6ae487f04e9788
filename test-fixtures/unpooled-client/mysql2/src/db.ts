import mysql from 'mysql2/promise';

export const pool = mysql.createPool({ // ok: unpooled-client -- module top level, created once
  host: process.env.MYSQL_HOST ?? 'localhost',
  user: process.env.MYSQL_USER ?? 'app',
  password: process.env.MYSQL_PASSWORD,
  database: 'shop',
  connectionLimit: 10,
});

export const connectionOptions = {
  host: process.env.MYSQL_HOST ?? 'localhost',
  user: process.env.MYSQL_USER ?? 'app',
  password: process.env.MYSQL_PASSWORD,
  database: 'shop',
};
