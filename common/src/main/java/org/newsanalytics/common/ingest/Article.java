package org.newsanalytics.common.ingest;

import java.time.Instant;
import java.time.LocalDate;

/** A validated, normalised article, ready for the {@code articles} table. */
public record Article(
    String articleId,
    String source,
    String url,
    String title,
    Instant publishedAt,
    LocalDate publishedDate,
    String language,
    String text,
    String contentHash,
    String inputFile,
    String recordRef,
    String dateSource) {}
