package org.newsanalytics.common.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverReaderTest {
  @Test
  void readsRecordsAndSkipsDocumentation(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gsr.txt");
    Files.writeString(f, """
        [{"id": "D", "event": "DOCUMENT", "eventText": "docs"},
         {"id": "A1", "event": "ASSAULT", "text": "Rebels attacked a camp."}]
        """);
    assertEquals(List.of(new PloverRecord("A1", "ASSAULT", "Rebels attacked a camp.")), PloverReader.read(f));
  }

  @Test
  void notJsonIsRefusedWithTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.writeString(f, "{not json");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PloverReader.read(f));
    assertTrue(e.getMessage().startsWith("Cannot read PLOVER records from " + f + ": not a JSON array of records"),
        e.getMessage());
  }
}
