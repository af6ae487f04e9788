import mongoose from 'mongoose';

export const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://localhost:27017/app';

/** The analytics database lives on another cluster; its connection is opened once at load. */
export const analyticsConnection = mongoose.createConnection(process.env.ANALYTICS_MONGO_URL ?? MONGO_URL, { maxPoolSize: 5 }); // ok: unpooled-client -- module top level, created once
