package org.newsanalytics.common.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The exact distance that decides a candidate pair, on sorted index sets. */
class NearDuplicatesTest {
  @Test
  void jaccardDistanceIsOneMinusSharedOverAll() {
    assertEquals(0.5, NearDuplicates.jaccardDistance(new int[] {1, 2, 3}, new int[] {2, 3, 4}), 0.0);
    assertEquals(0.0, NearDuplicates.jaccardDistance(new int[] {5, 9}, new int[] {5, 9}), 0.0);
    assertEquals(1.0, NearDuplicates.jaccardDistance(new int[] {1, 2}, new int[] {3, 4}), 0.0);
    // one set inside the other: 2 shared of 5 in all
    assertEquals(0.6, NearDuplicates.jaccardDistance(new int[] {1, 4, 7, 8, 10}, new int[] {4, 8}), 1e-12);
  }

  @Test
  void anEmptySetIsFarFromEverything() {
    assertEquals(1.0, NearDuplicates.jaccardDistance(new int[0], new int[] {1}), 0.0);
  }
}
