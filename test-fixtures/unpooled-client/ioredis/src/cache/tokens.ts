export const REDIS = Symbol('REDIS');
export const RATE_LIMIT_REDIS = Symbol('RATE_LIMIT_REDIS');
