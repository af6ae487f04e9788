/** A tiny pool of CPU workers for image resizing; nothing to do with Postgres. */
export class Pool {
  private busy = 0;

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    while (this.busy >= this.size) await new Promise((resolve) => setTimeout(resolve, 10));
    this.busy += 1;
    try {
      return await task();
    } finally {
      this.busy -= 1;
    }
  }
}
