package org.newsanalytics.common.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import org.junit.jupiter.api.Test;

/** The one line a damaged table gives: which table, what is wrong, what to do. */
class DamagedTableTest {
  private static final String ROOT = "/data/warehouse";

  @Test
  void aMissingDataFileNamesTheTableTheFileAndTheFix() {
    RuntimeException e = new RuntimeException("Job aborted due to stage failure",
        new FileNotFoundException("File file:/data/warehouse/entities/published_date=2025-05-26/part-00000-1.c000.snappy.parquet does not exist"));
    DamagedTable d = DamagedTable.in(e, ROOT).orElseThrow();
    assertEquals("entities", d.table());
    assertEquals("Cannot read table entities at /data/warehouse/entities: its data file "
        + "published_date=2025-05-26/part-00000-1.c000.snappy.parquet is missing (deleted outside Delta); restore it "
        + "from a backup, or delete /data/warehouse/entities and rebuild the table (`extract --full` analyses every "
        + "article again; delete entities, quotes, event_mentions and extracted together); the other tables are untouched",
        d.getMessage());
  }

  @Test
  void aDamagedLogNamesTheTableAndSaysHowToRebuildIt() {
    RuntimeException e = new IllegalStateException(
        "Failed to parse file:/data/warehouse/articles/_delta_log/00000000000000000001.json at line 2");
    DamagedTable d = DamagedTable.in(e, "file:///data/warehouse/").orElseThrow();
    assertEquals("articles", d.table());
    assertTrue(d.getMessage().startsWith("Cannot read table articles at /data/warehouse/articles: its Delta log is damaged "
        + "(Failed to parse _delta_log/00000000000000000001.json at line 2); restore /data/warehouse/articles from a backup"),
        d.getMessage());
    assertTrue(d.getMessage().contains("`run --since all` reads the input again"), d.getMessage());
  }

  @Test
  void otherFailuresAndOtherFoldersAreNoDamage() {
    assertTrue(DamagedTable.in(new IllegalStateException("Concurrent update to the log"), ROOT).isEmpty());
    assertTrue(DamagedTable.in(new FileNotFoundException("/data/input/news.csv does not exist"), ROOT).isEmpty());
    assertTrue(DamagedTable.in(new FileNotFoundException("/data/warehouse2/entities/x.parquet does not exist"), ROOT).isEmpty());
  }
}
