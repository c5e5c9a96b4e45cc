package org.newsanalytics.common.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication date of a record in the formats news corpora use. Dates without a
 * time are midnight UTC; times without a zone are taken as UTC. Parsing is strict: a day that
 * does not exist in its month is an error, not the last day of the month.
 */
public final class PublicationDates {
  /** A parsed publication instant and whether the input carried a time of day. */
  public record Parsed(Instant instant, boolean hasTime) {
    public LocalDate date() {
      return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
  }

  /** Why a date string was refused; the message is user-facing. */
  public static final class InvalidDateException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidDateException(String message) {
      super(message);
    }
  }

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
  private static final Pattern REUTERS = Pattern.compile(
      "(\\d{1,2})-([A-Za-z]{3})-(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,3}))?)?");

  private static final List<DateTimeFormatter> ZONED = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME);
  private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
      strict("uuuu-MM-dd HH:mm[:ss][.SSS]"),
      strict("uuuu/MM/dd HH:mm[:ss]"));
  private static final List<DateTimeFormatter> LOCAL_DATES = List.of(
      strict("uuuu/MM/dd"),
      strict("dd.MM.uuuu"),
      strict("MMMM d, uuuu"),
      strict("MMM d, uuuu"),
      strict("MMM. d, uuuu"),
      strict("d MMMM uuuu"),
      strict("d MMM uuuu"),
      strict("EEEE, MMMM d, uuuu"),
      strict("EEEE d MMMM uuuu"));

  private PublicationDates() {}

  public static Parsed parse(String raw) throws InvalidDateException {
    if (raw == null || raw.isBlank()) {
      throw new InvalidDateException("missing publication date");
    }
    String s = raw.strip();
    Matcher iso = ISO_DATE.matcher(s);
    if (iso.matches()) {
      return new Parsed(checkedDate(s, iso.group(1), iso.group(2), iso.group(3)).atStartOfDay().toInstant(ZoneOffset.UTC), false);
    }
    if (iso.lookingAt() && (s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' '))) {
      checkedDate(s, iso.group(1), iso.group(2), iso.group(3));
      try {
        return new Parsed(OffsetDateTime.parse(s.replace(' ', 'T')).toInstant(), true);
      } catch (DateTimeParseException e) {
        // no zone: try as local
      }
      try {
        return new Parsed(LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC), true);
      } catch (DateTimeParseException e) {
        // fall through to the other formats
      }
    }
    Matcher reuters = REUTERS.matcher(s);
    if (reuters.matches()) {
      return reuters(s, reuters);
    }
    if (EPOCH.matcher(s).matches()) {
      long value = Long.parseLong(s);
      return new Parsed(s.length() >= 12 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value), true);
    }
    for (DateTimeFormatter f : ZONED) {
      try {
        return new Parsed(ZonedDateTime.parse(s, f).toInstant(), true);
      } catch (DateTimeParseException e) {
        // next
      }
    }
    for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
      try {
        return new Parsed(LocalDateTime.parse(s, f).toInstant(ZoneOffset.UTC), true);
      } catch (DateTimeParseException e) {
        // next
      }
    }
    for (DateTimeFormatter f : LOCAL_DATES) {
      try {
        return new Parsed(LocalDate.parse(s, f).atStartOfDay().toInstant(ZoneOffset.UTC), false);
      } catch (DateTimeParseException e) {
        if (e.getCause() instanceof DateTimeException && e.getMessage().contains("Invalid date")) {
          throw new InvalidDateException("impossible date '" + abbreviate(s) + "'");
        }
      }
    }
    throw new InvalidDateException("unparseable date '" + abbreviate(s) + "'");
  }

  private static Parsed reuters(String s, Matcher m) throws InvalidDateException {
    String month = m.group(2).toUpperCase(Locale.ROOT);
    int monthNumber = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC").indexOf(month) + 1;
    if (monthNumber == 0) {
      throw new InvalidDateException("unparseable date '" + abbreviate(s) + "': unknown month " + m.group(2));
    }
    LocalDate date = checkedDate(s, m.group(3), Integer.toString(monthNumber), m.group(1));
    if (m.group(4) == null) {
      return new Parsed(date.atStartOfDay().toInstant(ZoneOffset.UTC), false);
    }
    try {
      String fraction = m.group(7) == null ? "0" : (m.group(7) + "00").substring(0, 3);
      LocalDateTime t = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          Integer.parseInt(m.group(6)), Integer.parseInt(fraction) * 1_000_000);
      return new Parsed(t.toInstant(ZoneOffset.UTC), true);
    } catch (DateTimeException e) {
      throw new InvalidDateException("impossible time in '" + abbreviate(s) + "'");
    }
  }

  private static LocalDate checkedDate(String s, String year, String month, String day) throws InvalidDateException {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new InvalidDateException("impossible date '" + abbreviate(s) + "'");
    }
  }

  private static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
