package org.newsanalytics.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IngestResultTest {

  @ParameterizedTest(name = "[{index}] read={0}")
  @CsvSource({
      // read, new, updated, unchanged, duplicates, rejected, sum
      "10, 3, 2, 1, 1, 2, 9",
      "10, 3, 2, 1, 1, 4, 11",
      "0,  0, 0, 0, 0, 1, 1",
      "1,  0, 0, 0, 0, 0, 0"})
  void refusesCountsThatDoNotAddUp(long read, long added, long updated, long unchanged, long duplicates, long rejected,
      long sum) {
    var e = assertThrows(IllegalStateException.class,
        () -> new IngestResult("batch-1", read, added, updated, unchanged, duplicates, rejected, 1, 0));
    assertEquals("Cannot reconcile ingest counts: read " + read + " but new + updated + unchanged + duplicates"
        + " + rejected + skipped = " + sum + "; please report this as a bug", e.getMessage());
  }

  @Test
  void acceptsCountsThatAddUp() {
    IngestResult result = new IngestResult("batch-1", 10, 3, 2, 1, 1, 3, 4, 1);

    assertEquals("read 10, new 3, updated 2, unchanged 1, duplicates 1, rejected 3", result.summary());
    assertEquals(Map.of("read", 10L, "new", 3L, "updated", 2L, "unchanged", 1L, "duplicates", 1L, "rejected", 3L,
        "files_read", 4L, "files_skipped", 1L), result.counts());
    assertEquals(List.of("read", "new", "updated", "unchanged", "duplicates", "rejected", "files_read", "files_skipped"),
        List.copyOf(result.counts().keySet()));
  }

  @Test
  void anEmptyRunIsValid() {
    assertEquals("read 0, new 0, updated 0, unchanged 0, duplicates 0, rejected 0",
        new IngestResult("batch-0", 0, 0, 0, 0, 0, 0, 0, 0).summary());
  }

  @org.junit.jupiter.api.Test
  void skippedArchiveRecordsCountAsReadAndShowInTheSummary() {
    IngestResult result = new IngestResult("batch-2", 12, 3, 0, 0, 0, 2, 7, 2, 0);
    assertEquals("read 12, new 3, updated 0, unchanged 0, duplicates 0, rejected 2, skipped 7", result.summary());
    assertEquals(7L, result.counts().get("skipped"));
  }
}
