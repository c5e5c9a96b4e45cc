package org.newsanalytics.common.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanTest {
  private static List<String> tags(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void iob2ChunksStartAtBAndRunWhileITheSameTypeFollows() {
    assertEquals(List.of(new Span(0, 2, "PER"), new Span(3, 4, "LOC")),
        Span.fromTags(tags("B-PER I-PER O B-LOC O")));
  }

  @Test
  void twoAdjacentBTagsAreTwoEntities() {
    assertEquals(List.of(new Span(0, 1, "LOC"), new Span(1, 2, "LOC")), Span.fromTags(tags("B-LOC B-LOC")));
  }

  @Test
  void iob1StartsAChunkAtIAfterOOrAnotherType() {
    // conlleval: I-X after O, or after a chunk of another type, opens a new chunk
    assertEquals(List.of(new Span(1, 3, "ORG"), new Span(3, 4, "PER")), Span.fromTags(tags("O I-ORG I-ORG I-PER")));
  }

  @Test
  void chunkAtTheEndOfTheSentenceIsClosed() {
    assertEquals(List.of(new Span(2, 4, "MISC")), Span.fromTags(tags("O O B-MISC I-MISC")));
  }

  @Test
  void iobesEndAndSingleCloseTheirChunk() {
    assertEquals(List.of(new Span(0, 2, "PER"), new Span(2, 3, "LOC")), Span.fromTags(tags("B-PER E-PER S-LOC")));
  }

  @Test
  void noEntitiesInAllO() {
    assertEquals(List.of(), Span.fromTags(tags("O O O")));
  }

  @ParameterizedTest
  @CsvSource({"-1,2", "3,3", "4,2"})
  void emptyOrNegativeSpansAreRefused(int begin, int end) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(begin, end, "PER"));
    assertEquals("Cannot make a span from offsets [" + begin + ", " + end + ")", e.getMessage());
  }
}
