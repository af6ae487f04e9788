import type { IClock } from './types';

export class SystemClock implements IClock {
  now(): Date {
    return new Date();
  }
}
