package org.newsanalytics.common.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.text.Shingles;

class PerturbationTest {
  private static final String TEXT = String.join(" ", java.util.Collections.nCopies(3,
      "Russian forces launched missiles and hundreds of drones on Monday night that killed two people and injured 15 "
          + "in the capital, officials said, as delegations prepared for a third round of talks in Istanbul."));

  @Test
  void replicaZeroIsTheOriginal() {
    assertEquals(TEXT, Perturbation.replica(TEXT, "a1", 0));
  }

  @Test
  void replicasKeepTheWordsButNotTheShingles() {
    String copy = Perturbation.replica(TEXT, "a1", 1);
    assertNotEquals(TEXT, copy);
    String[] a = TEXT.split(" ");
    String[] b = copy.split(" ");
    Arrays.sort(a);
    Arrays.sort(b);
    assertEquals(Arrays.asList(a), Arrays.asList(b), "same multiset of words");
    Set<Integer> x = new HashSet<>();
    for (int h : Shingles.hashed(TEXT, 5, 1 << 20)) {
      x.add(h);
    }
    int shared = 0;
    int[] y = Shingles.hashed(copy, 5, 1 << 20);
    for (int h : y) {
      if (x.contains(h)) {
        shared++;
      }
    }
    double jaccard = shared / (double) (x.size() + y.length - shared);
    assertTrue(jaccard < 0.5, "replica must not look like a near copy: " + jaccard);
  }

  @Test
  void replicasAreDeterministic() {
    assertEquals(Perturbation.replica(TEXT, "a1", 2), Perturbation.replica(TEXT, "a1", 2));
    assertNotEquals(Perturbation.replica(TEXT, "a1", 1), Perturbation.replica(TEXT, "a1", 2));
  }
}
