package org.newsanalytics.common.events;

import java.util.List;
import java.util.Locale;

/** The modality of an event mention, as written to {@code event_mentions.status}. */
public enum EventStatus {
  OCCURRED, PLANNED, THREATENED, CALLED_FOR, REJECTED, NEGATED, HYPOTHETICAL,
  /**
   * History or a running total the article recalls, not news it reports: "in 1941", "since
   * 2014", "over the past eight years", an anniversary. Trends count neither the event nor its
   * casualties.
   */
  BACKGROUND;

  public static final List<String> NAMES = java.util.Arrays.stream(values()).map(EventStatus::label).toList();

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * True for statuses that speak of something not done yet (planned, threatened, called for):
   * the event's own date cannot lie before publication.
   */
  public boolean forwardLooking() {
    return this == PLANNED || this == THREATENED || this == CALLED_FOR;
  }
}
