package org.newsanalytics.common.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShinglesTest {
  // the settings near-duplicate detection uses: word 5-shingles in a 2^20 index space
  private static final int K = 5;
  private static final int SPACE = 1 << 20;

  private static final String ORIGINAL = """
      Peace talks between Ukraine and Russia, the first in seven weeks, are planned for Wednesday in \
      Turkey, Ukrainian President Volodymyr Zelenskiy quoted a senior Kyiv official as saying on Monday.

      Zelenskiy appealed earlier in the day for greater momentum in negotiations. Russia's state TASS \
      news agency quoted a source in Turkey as saying the talks would take place on Wednesday.

      The RIA news agency, also quoting a source, said they would take place over two days, Thursday \
      and Friday. The Kremlin said it was waiting for confirmation of the date of the talks but said \
      the two sides were diametrically opposed in their positions on how to end the war.

      Zelenskiy said in his nightly video address that he spoke with Rustem Umerov, secretary of \
      Ukraine's National Security and Defence Council, on Monday in preparation for a prisoner \
      exchange and another meeting with Russia in Turkey.""";

  private static final String EXTRA_PARAGRAPH = """

      Umerov, previously defence minister, was appointed to his current role last week and headed \
      the first two rounds of talks with Russia.""";

  private static final String UNRELATED = """
      The central bank left its benchmark interest rate unchanged on Thursday, saying inflation had \
      eased more slowly than expected and that wage growth remained strong. Economists polled before \
      the decision had expected no change, though several now see a first cut in the autumn as \
      energy prices fall and consumer demand weakens across the euro zone.""";

  @Test
  void identicalTextsGiveIdenticalSets() {
    assertArrayEquals(Shingles.hashed(ORIGINAL, K, SPACE), Shingles.hashed(ORIGINAL, K, SPACE));
  }

  @Test
  void typographyAndLayoutDoNotChangeTheSet() {
    String retyped = ORIGINAL.replace("'", "’").replace(",", " ,").replace("\n\n", "\n\n\n").toUpperCase();
    assertArrayEquals(Shingles.hashed(ORIGINAL, K, SPACE), Shingles.hashed(retyped, K, SPACE));
  }

  @Test
  void aCopyWithOneMoreParagraphIsNear() {
    int[] original = Shingles.hashed(ORIGINAL, K, SPACE);
    int[] copy = Shingles.hashed(ORIGINAL + EXTRA_PARAGRAPH, K, SPACE);

    double similarity = jaccard(original, copy);
    assertTrue(similarity >= 0.7, "Jaccard " + similarity + " should be at least 0.7 (distance <= 0.3)");
  }

  @Test
  void aCopyWithANewHeadlineIsNear() {
    int[] original = Shingles.hashed(ORIGINAL, K, SPACE);
    int[] copy = Shingles.hashed("Ukraine, Russia to meet in Istanbul on Wednesday\n\n" + ORIGINAL, K, SPACE);

    double similarity = jaccard(original, copy);
    assertTrue(similarity >= 0.7, "Jaccard " + similarity + " should be at least 0.7");
  }

  @Test
  void unrelatedTextsAreFar() {
    double similarity = jaccard(Shingles.hashed(ORIGINAL, K, SPACE), Shingles.hashed(UNRELATED, K, SPACE));
    assertTrue(similarity < 0.05, "Jaccard " + similarity + " should be near 0");
  }

  @Test
  void indicesAreSortedDistinctAndInRange() {
    int[] indices = Shingles.hashed(ORIGINAL + " " + ORIGINAL, K, SPACE);
    for (int i = 0; i < indices.length; i++) {
      assertTrue(indices[i] >= 0 && indices[i] < SPACE, "index " + indices[i] + " out of range");
      assertTrue(i == 0 || indices[i - 1] < indices[i], "not sorted and distinct at " + i);
    }
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" k={1}")
  @CsvSource(delimiter = '|', textBlock = """
      one two three four five six seven  | 5 | 3
      one two three four five            | 5 | 1
      one two                            | 5 | 1
      one two three                      | 1 | 3
      one one one one one one            | 1 | 1
      ''                                 | 5 | 0
      '  — … !! '                        | 5 | 0
      """)
  void numberOfShingles(String text, int k, int expected) {
    assertEquals(expected, Shingles.hashed(text, k, SPACE).length);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Peace talks begin                    | 3
      Russia’s state-run TASS, on Monday.  | 7
      ''                                   | 0
      '   '                                | 0
      """)
  void wordCount(String text, int expected) {
    assertEquals(expected, Shingles.wordCount(text));
  }

  @ParameterizedTest(name = "[{index}] k={0} space={1}")
  @CsvSource({"0, 10", "-1, 10", "5, 0", "5, -3"})
  void refusesABadShape(int k, int space) {
    var e = assertThrows(IllegalArgumentException.class, () -> Shingles.hashed("some text", k, space));
    assertEquals("Cannot shingle with k=" + k + ", space=" + space, e.getMessage());
  }

  private static double jaccard(int[] a, int[] b) {
    Set<Integer> sa = Arrays.stream(a).boxed().collect(Collectors.toSet());
    Set<Integer> sb = Arrays.stream(b).boxed().collect(Collectors.toSet());
    Set<Integer> union = new HashSet<>(sa);
    union.addAll(sb);
    sa.retainAll(sb);
    return union.isEmpty() ? 1.0 : (double) sa.size() / union.size();
  }
}
