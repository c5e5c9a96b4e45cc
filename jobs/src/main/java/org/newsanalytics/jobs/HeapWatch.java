package org.newsanalytics.jobs;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The driver heap's high-water mark while a benchmark runs, sampled every 50 ms. It is bounded by
 * -Xmx and is as high as the collector lets garbage pile up, so the memory a job really needs is
 * found by running it under a smaller -Xmx (NEWS_ANALYTICS_HEAP). Summing each pool's own peak,
 * as the pools report it, would overstate it: the pools peak at different moments.
 */
final class HeapWatch implements AutoCloseable {
  private final AtomicLong peakUsed = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  HeapWatch() {
    sampler = new Thread(() -> {
      while (running) {
        peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts a new measurement: collects first, so one run's garbage is not charged to the next. */
  void reset() {
    System.gc();
    peakUsed.set(0);
  }

  double peakUsedMb() {
    return peakUsed.get() / 1048576.0;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
