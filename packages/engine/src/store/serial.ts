// Runs async units of work one at a time: a store connection has one transaction open at once.

/**
 * A FIFO lock for async functions.
 *
 * @example
 * const serial = new Serial();
 * await Promise.all([serial.run(a), serial.run(b)]); // b starts after a settles
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
