// Delivery latencies in 0.1 ms buckets up to 10 s (beyond: the last bucket): percentiles
// without keeping every sample, and mergeable across worker threads.
const BUCKETS = 100_000;

export class Histogram {
  constructor(counts = new Array(BUCKETS).fill(0)) {
    this.counts = counts;
    this.count = counts.reduce((a, b) => a + b, 0);
  }

  add(ms) {
    const bucket = Math.min(BUCKETS - 1, Math.max(0, Math.round(ms * 10)));
    this.counts[bucket] += 1;
    this.count += 1;
  }

  merge(counts) {
    for (let i = 0; i < BUCKETS; i += 1) this.counts[i] += counts[i];
    this.count += counts.reduce((a, b) => a + b, 0);
  }

  percentile(p) {
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i += 1) {
      seen += this.counts[i];
      if (seen >= rank) return i / 10;
    }
    return NaN;
  }

  summary() {
    return {
      deliveries: this.count,
      p50_ms: this.percentile(50),
      p95_ms: this.percentile(95),
      p99_ms: this.percentile(99),
      max_ms: this.percentile(100),
    };
  }
}
