package org.newsanalytics.jobs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsanalytics.common.ingest.ColumnMapping;
import org.newsanalytics.common.ingest.DedupSettings;
import org.newsanalytics.common.ingest.IngestLimits;
import org.newsanalytics.common.ingest.IngestOptions;
import org.newsanalytics.common.ingest.InputFormat;
import picocli.CommandLine.Option;

/** The options that say what to ingest; shared by {@code ingest} and {@code run}. */
public final class IngestArgs {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", converter = FormatConverter.class,
      description = "auto (from the file extension), text, jsonl, csv, parquet, reuters-sgml, warc (WARC or ARC, gzipped or not) or html (.html/.htm/.xhtml, .gz too). Default: ${DEFAULT-VALUE}")
  InputFormat format;

  @Option(names = "--source", paramLabel = "NAME",
      description = "Source name for every record without one. Default: the input's folder name.")
  String source;

  @Option(names = "--map", split = ",", paramLabel = "FIELD=COLUMN",
      description = "Input column for an article field (url, title, published, text, source), "
          + "e.g. --map published=date,text=body. Unmapped fields take the usual names (link, headline, body...).")
  Map<String, String> map = new LinkedHashMap<>();

  @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "" + IngestLimits.DEFAULT_MAX_ARTICLE_CHARS,
      description = "Refuse longer article texts. Default: ${DEFAULT-VALUE}")
  long maxArticleChars;

  @Option(names = "--max-file-bytes", paramLabel = "N", defaultValue = "" + IngestLimits.DEFAULT_MAX_FILE_BYTES,
      description = "Refuse larger files (each is read whole by one task). Default: ${DEFAULT-VALUE}")
  long maxFileBytes;

  @Option(names = "--near-duplicate-distance", paramLabel = "D", defaultValue = "0.3",
      description = "Texts within this Jaccard distance of word 5-shingles are copies. Default: ${DEFAULT-VALUE}")
  double nearDuplicateDistance;

  @Option(names = "--dedup-window-days", paramLabel = "DAYS", defaultValue = "14",
      description = "Look for copies among articles this many days apart at most. Default: ${DEFAULT-VALUE}")
  int dedupWindowDays;

  IngestOptions toOptions(List<String> inputs, Instant now) {
    return toOptions(inputs, now, null);
  }

  IngestOptions toOptions(List<String> inputs, Instant now, Instant modifiedSince) {
    return new IngestOptions(inputs, format, source, ColumnMapping.parse(map),
        new IngestLimits(maxArticleChars, maxFileBytes, IngestLimits.DEFAULT_EARLIEST, now, IngestLimits.DEFAULT_FUTURE_TOLERANCE),
        new DedupSettings(nearDuplicateDistance, dedupWindowDays, DedupSettings.defaults().numHashTables()), modifiedSince);
  }

  Map<String, Object> describe(List<String> inputs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", inputs);
    m.put("format", format.cliName());
    m.put("source", source);
    m.put("map", map);
    m.put("max_article_chars", maxArticleChars);
    m.put("max_file_bytes", maxFileBytes);
    m.put("near_duplicate_distance", nearDuplicateDistance);
    m.put("dedup_window_days", dedupWindowDays);
    return m;
  }

  /** Lets users write --format reuters-sgml. */
  public static final class FormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      return InputFormat.fromCliName(value);
    }
  }
}
