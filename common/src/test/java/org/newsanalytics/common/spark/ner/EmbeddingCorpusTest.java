package org.newsanalytics.common.spark.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCorpusTest {
  @TempDir
  Path dir;

  @Test
  void readsArticlesWithIngestsReadersAndSkipsOtherFiles() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "date 2025-07-22\nTalks are planned in Istanbul.\n");
    Files.writeString(dir.resolve("b.csv"), "link,headline,date,body\nhttp://x,H,2022-01-01,Kyiv said so.\n");
    Files.writeString(dir.resolve("README.md"), "# not an article\n");
    Files.writeString(dir.resolve("notes.txt"), "no date header here\n");
    EmbeddingCorpus.Read r = EmbeddingCorpus.read(List.of(dir.toString()));
    assertEquals(List.of("Talks are planned in Istanbul.", "Kyiv said so."), r.texts().stream().map(String::strip).toList());
    assertEquals(4, r.files());
    assertEquals(2, r.filesSkipped());
  }

  @Test
  void aMissingPathIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EmbeddingCorpus.read(List.of(dir.resolve("nope").toString())));
    assertEquals("Cannot read embeddings corpus " + dir.resolve("nope") + ": no such file or directory", e.getMessage());
  }
}
