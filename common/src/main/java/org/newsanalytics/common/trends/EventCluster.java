package org.newsanalytics.common.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One real event as several mentions report it. Casualties are conservative, as ACLED counts
 * them: the smallest figure any report gives, never a sum over reports.
 *
 * @param status the most realised status among its mentions (occurred before planned before
 *     threatened ...), so a planned round that later took place reads occurred
 */
public record EventCluster(String eventId, String eventType, String eventMode, LocalDate eventDate,
    String datePrecision, String location, List<String> actors, String status, Integer talkRound,
    Instant firstReportedAt, Instant lastReportedAt, int mentionCount, int articleCount, int sourceCount,
    Integer killed, Integer injured, List<String> mentionIds) {
  public EventCluster {
    actors = List.copyOf(actors);
    mentionIds = List.copyOf(mentionIds);
  }
}
