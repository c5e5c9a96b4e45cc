package org.newsanalytics.common.ingest;

import java.io.Serializable;

/**
 * Near-duplicate detection settings; the defaults suit wire copy.
 *
 * @param maxJaccardDistance pairs of texts at most this far apart (1 - Jaccard similarity of
 *     their word 5-shingles) are copies; 0.3 keeps a copy with one paragraph more or less
 * @param dateWindowDays copies are looked for only among articles this close in date
 * @param numHashTables MinHash tables; more find more pairs at more cost
 */
public record DedupSettings(double maxJaccardDistance, int dateWindowDays, int numHashTables) implements Serializable {
  public DedupSettings {
    if (maxJaccardDistance < 0 || maxJaccardDistance >= 1) {
      throw new IllegalArgumentException("Cannot use near-duplicate distance " + maxJaccardDistance + ": expected 0 <= d < 1");
    }
    if (dateWindowDays < 0 || numHashTables < 1) {
      throw new IllegalArgumentException("Cannot use a date window of " + dateWindowDays + " days with "
          + numHashTables + " hash tables");
    }
  }

  public static DedupSettings defaults() {
    return new DedupSettings(0.3, 14, 5);
  }
}
