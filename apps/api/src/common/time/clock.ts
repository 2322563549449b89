import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The server's notion of "now". Rules that depend on time (deadlines, expiry) ask the clock
 * instead of `new Date()`, so tests can move time without waiting for it.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: from now on the clock reads `at` (and keeps running from there). */
  travelTo(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  /** Tests only: back to real time. */
  reset(): void {
    this.offsetMs = 0;
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
