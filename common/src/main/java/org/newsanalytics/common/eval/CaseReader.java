package org.newsanalytics.common.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CASE 2021 task 2 snippets: a tab-separated file with the header {@code id, EventSnippet,
 * SubType}. A malformed line is an error naming the line, not a skipped record: the scores are
 * only comparable when every snippet is read.
 */
public final class CaseReader {
  /** The header that marks the format. */
  public static final String HEADER = "id\tEventSnippet\tSubType";

  private CaseReader() {}

  /** True when the file starts with the CASE 2021 header. */
  public static boolean looksLikeCase(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.findFirst().map(l -> l.strip().equals(HEADER)).orElse(false);
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  public static List<CaseSnippet> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read CASE 2021 snippets from " + file, e);
    }
    if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
      throw new IllegalArgumentException("Not a CASE 2021 task 2 file (header '" + HEADER.replace("\t", ",")
          + "' expected): " + file);
    }
    List<CaseSnippet> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": 3 tab-separated fields expected, got "
            + f.length);
      }
      try {
        out.add(new CaseSnippet(Integer.parseInt(f[0].strip()), f[1].strip(), f[2].strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": id is not a number: " + f[0], e);
      }
    }
    return out;
  }
}
