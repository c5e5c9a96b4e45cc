package org.newsanalytics.common.ingest;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What ingest accepts. {@code now} is passed in, never read from the clock here, so a run is
 * reproducible and tests can pin it.
 *
 * @param maxArticleChars longer texts are refused: they are dumps or concatenations, not articles
 * @param maxFileBytes a file is read whole on one executor; larger files are refused
 * @param earliest publication dates before this are refused as impossible for news
 * @param now the ingest time; dates later than now plus {@code futureTolerance} are refused
 */
public record IngestLimits(long maxArticleChars, long maxFileBytes, LocalDate earliest, Instant now,
    Duration futureTolerance) implements Serializable {
  public static final long DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;
  public static final long DEFAULT_MAX_FILE_BYTES = 1L << 30;
  public static final LocalDate DEFAULT_EARLIEST = LocalDate.of(1900, 1, 1);
  // time zones and embargoed wire copy put honest dates up to a day ahead of UTC
  public static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofDays(1);

  public static IngestLimits defaults(Instant now) {
    return new IngestLimits(DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_FILE_BYTES, DEFAULT_EARLIEST, now, DEFAULT_FUTURE_TOLERANCE);
  }
}
