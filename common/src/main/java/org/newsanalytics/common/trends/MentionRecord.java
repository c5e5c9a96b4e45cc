package org.newsanalytics.common.trends;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An event mention as the clusterer sees it: what, when (resolved), where, who, and who
 * reported it. {@code eventDate} falls back to the publication date when nothing resolved it.
 */
public record MentionRecord(String mentionId, String articleId, String source, Instant publishedAt, String eventType,
    String eventMode, LocalDate eventDate, String datePrecision, String location, String actor, String target,
    String status, Integer killed, Integer injured, Integer talkRound) implements Serializable {}
