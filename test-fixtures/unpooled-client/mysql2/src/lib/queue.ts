export interface Job<T> {
  id: string;
  data: T;
}

/** A small in-process job queue: handlers run once per job. */
export class JobQueue<T> {
  private handler?: (job: Job<T>) => Promise<void>;

  constructor(readonly name: string) {}

  process(handler: (job: Job<T>) => Promise<void>): void {
    this.handler = handler;
  }

  async add(data: T): Promise<void> {
    await this.handler?.({ id: `${this.name}-${Date.now()}`, data });
  }
}
