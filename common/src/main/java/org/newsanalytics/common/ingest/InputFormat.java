package org.newsanalytics.common.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats ingest reads; {@code AUTO} picks one from the file name. */
public enum InputFormat {
  AUTO, TEXT, JSONL, CSV, PARQUET, REUTERS_SGML, WARC, HTML;

  /** The format for a file name in auto mode, or empty when the extension says nothing. */
  public static Optional<InputFormat> fromFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    // web archives are gzipped record by record; a page file may be gzipped whole
    if (n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".arc") || n.endsWith(".arc.gz")) {
      return Optional.of(WARC);
    }
    for (String ext : new String[] {".html", ".htm", ".xhtml"}) {
      if (n.endsWith(ext) || n.endsWith(ext + ".gz")) {
        return Optional.of(HTML);
      }
    }
    if (n.endsWith(".gz") || n.endsWith(".bz2") || n.endsWith(".zip")) {
      return Optional.empty();
    }
    if (n.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    if (n.endsWith(".sgm") || n.endsWith(".sgml")) {
      return Optional.of(REUTERS_SGML);
    }
    return Optional.empty();
  }

  /** The CLI spelling: lower case with dashes (reuters-sgml). */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static InputFormat fromCliName(String value) {
    for (InputFormat f : values()) {
      if (f.cliName().equals(value.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("Cannot use format '" + value + "': expected one of auto, text, jsonl, csv, parquet, reuters-sgml, warc, html");
  }
}
