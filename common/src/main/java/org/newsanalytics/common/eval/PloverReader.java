package org.newsanalytics.common.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.txt}: one JSON array). The
 * file's DOCUMENT entries are documentation, not records, and are skipped.
 */
public final class PloverReader {
  private PloverReader() {}

  /** The records of a file, or of the {@code .txt}/{@code .json} files under a directory. */
  public static List<PloverRecord> read(Path path) {
    if (Files.isDirectory(path)) {
      List<PloverRecord> out = new ArrayList<>();
      try (var files = Files.walk(path)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".json")).sorted()
            .toList()) {
          out.addAll(readFile(p));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read PLOVER records under " + path, e);
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("Cannot read PLOVER records: no records under " + path);
      }
      return out;
    }
    return readFile(path);
  }

  private static List<PloverRecord> readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("Cannot read PLOVER records: " + file + " is not a file");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read PLOVER records from " + file + ": not a JSON array of records ("
          + e.getMessage().lines().findFirst().orElse("") + ")", e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("Cannot read PLOVER records from " + file + ": not a JSON array of records");
    }
    List<PloverRecord> out = new ArrayList<>();
    for (JsonNode r : root) {
      String event = r.path("event").asText("");
      String text = r.path("text").asText("");
      if (event.equals("DOCUMENT") || text.isBlank()) {
        continue;
      }
      out.add(new PloverRecord(r.path("id").asText(""), event, text));
    }
    return out;
  }
}
