package org.newsanalytics.common.extract;

import java.time.LocalDate;

/**
 * One mention of an event in one sentence. {@code begin}/{@code end} are the trigger's offsets
 * into the article text; {@code eventDate} is resolved against the article's publication date.
 *
 * @param status occurred, planned, threatened, called_for, rejected, negated or hypothetical
 * @param datePrecision day, week, month, year or unknown (no date expression governs the mention)
 * @param talkRound the round number for TALKS when the text gives one
 */
public record EventMention(int sentenceIndex, String eventType, String eventMode, String triggerText, int begin,
    int end, String sentenceText, String actor, String target, String location, LocalDate eventDate, String dateText,
    String datePrecision, String status, Integer killed, Integer injured, Integer talkRound, double confidence) {}
