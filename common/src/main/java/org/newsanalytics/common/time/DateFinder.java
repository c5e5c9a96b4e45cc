package org.newsanalytics.common.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsanalytics.common.text.NumberWords;

/**
 * Finds date expressions in English news text and resolves each against the article's own
 * publication date (the anchor, always passed in: nothing here reads the clock).
 *
 * <p>Choices, each because news copy reads that way:
 * <ul>
 *   <li>A bare weekday points the way its clause's tense points ({@link TenseCues}): past →
 *       the latest such day before the anchor, future → the next one after; the anchor's own
 *       weekday is the anchor day itself ("said Tuesday" in a Tuesday paper). No cue → past.</li>
 *   <li>A month and day without a year take the year that puts them nearest the anchor, so
 *       "May 16" in a July article stays in the same year and "Dec. 30" in a January article
 *       goes back one; a past clause never puts them more than a week after the anchor, a future
 *       clause never more than a week before it.</li>
 *   <li>Parts of the day ("Monday night") are kept in the span but not in the value: the day is
 *       what events are dated by, and TempEval-3 mostly annotates the plain day too.</li>
 *   <li>A bare month name goes back for a past clause, forward for a future one, else nearest.</li>
 * </ul>
 * Every pattern is compiled once; each is one linear scan of the text.
 */
public final class DateFinder {
  private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
  private static final String WEEKDAY = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String PART = "(?:\\s+(?<part>morning|afternoon|evening|night))?";
  private static final String NUM = "(?<num>" + NumberWords.REGEX + ")";
  private static final int CI = Pattern.CASE_INSENSITIVE;

  private static final Pattern ISO = Pattern.compile("\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH
      + "\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?!,\\d|\\.\\d)(?:,?\\s+(?<y>\\d{4})\\b)?");
  private static final Pattern DAY_MONTH = Pattern.compile("\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
      + "\\b\\.?(?:,?\\s+(?<y>\\d{4})\\b)?");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?<mod>(?:early|late|mid|the end of|the beginning of"
      + "|the start of)[- ]?\\s*)?" + MONTH + "\\.?,?\\s+(?:of\\s+)?(?<y>(?:1[89]|20)\\d{2})\\b");
  private static final Pattern NUMERIC_US = Pattern.compile("\\b(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4})\\b");
  private static final Pattern NUMERIC_EU = Pattern.compile("\\b(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})\\b");
  /** A month alone; "May" only after a word that makes it a month ("in May", "last May"). */
  private static final Pattern MONTH_ALONE = Pattern.compile("(?:\\b(?<prep>in|since|until|by|from|during|before|after"
      + "|of|through|to|and|or)\\s+)?\\b(?<mod>(?:last|next|this|early|late|mid|the end of|the beginning of)[- ]?\\s*)?"
      + "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\\b"
      + "(?!\\.?\\s*\\d)");
  private static final Pattern WEEKDAY_EXPR = Pattern.compile("\\b(?<mod>(?:last|next|this|early|late)\\s+(?:on\\s+)?)?"
      + WEEKDAY + "(?:'s|’s)?" + PART + "\\b");
  private static final Pattern DEICTIC = Pattern.compile("\\b(?<word>the day before yesterday|the day after tomorrow"
      + "|today|tonight|yesterday|tomorrow)\\b" + PART, CI);
  private static final Pattern AGO = Pattern.compile("\\b" + NUM + "\\s+(?<unit>day|week|month|year|decade)s?"
      + "\\s+(?<dir>ago|from now|before|earlier|later|hence)\\b", CI);
  /** "in 50 days" is a date; "the first in seven weeks" is a span of time, not a date. */
  private static final Pattern IN_UNITS = Pattern.compile("(?<!\\b(?:first|time|largest|biggest|most|highest|lowest"
      + "|worst|best|only|last)\\s)\\b(?:in|within)\\s+" + NUM
      + "\\s+(?<unit>day|week|month|year)s?(?:'|’)?(?:\\s+time)?\\b", CI);
  private static final Pattern RELATIVE_PERIOD = Pattern.compile("\\b(?<mod>last|next|this|coming|previous|current"
      + "|the past|this past"
      + "|earlier this|later this|early this|early next|late last|late this|earlier last|later next|the previous"
      + "|the following|the next|the last|the(?=\\s+weekend))\\s+(?<unit>week|month|year|weekend|quarter|summer|winter|spring|fall"
      + "|autumn)\\b", CI);
  private static final Pattern QUARTER = Pattern.compile("\\b(?:the\\s+)?(?:(?<rel>this|last|next) year(?:'s|’s)\\s+)?"
      + "(?:(?<y1>(?:19|20)\\d{2})\\s+)?"
      + "(?:fiscal[- ])?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b"
      + "(?:\\s+of\\s+(?:fiscal\\s+)?(?<y2>(?:19|20)\\d{2}))?", CI);
  private static final Pattern YEAR = Pattern.compile("(?<![$€£\\d,.])\\b(?<pre>(?:fiscal|the end of|the beginning of"
      + "|early|late|mid|the)[- ]?\\s*)?(?<y>(?:1[89]|20)\\d{2})(?<s>s)?\\b(?![%\\d]|[,.]\\d|-\\d|\\s+(?:percent|people"
      + "|troops|soldiers|shares|tons|tonnes|barrels|dollars|jobs|workers|points|members|cars|units|hours|feet|meters"
      + "|metres|miles|km|kilometers|acres|pounds|euros|yen|employees|students|cases|votes|seats)\\b)");
  /**
   * TimeML's reference values. "previously" and "soon" are left out: TempEval-3 annotates them
   * far less often than they occur, so finding them costs more precision than it gains recall.
   */
  private static final Pattern REFERENCE = Pattern.compile("\\b(?<word>now|currently|current|nowadays|at present"
      + "|these days|at the moment|recently|in the past|the past|in the future|the future|in the near future"
      + "|the near future|in recent years|in coming years)\\b", CI);
  /** A quarter named through the one the text last spoke of: "the quarter", "the year-earlier period". */
  private static final Pattern QUARTER_ANAPHOR = Pattern.compile("\\b(?:the\\s+)?(?<mod>latest|same|year-earlier|year-ago"
      + "|previous|fiscal)?\\s*(?:fiscal\\s+)?(?:quarter|period)\\b(?!\\s+(?:of|ended|ending)\\b)", CI);
  private static final Pattern YEAR_BACK = Pattern.compile("^(?:a|one) year (?:ago|earlier)$|^year-(?:earlier|ago)$",
      CI);
  /** How far back (characters) a quarter mention still sets the context for "the quarter". */
  private static final int QUARTER_CONTEXT = 1500;

  private static final Pattern YEAR_ADJECTIVE = Pattern.compile("\\byear-(?:earlier|ago)\\b(?!\\s+(?:quarter|period))",
      CI);
  /** Beyond this many days from the anchor, the nearest year is a guess and tense decides. */
  private static final int FAR_DAYS = 90;
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(by|until|through|till|since)\\s+(?:\\d{1,2}(?::\\d\\d)? [ap]\\.m\\.\\s+(?:[A-Z]{3}\\s+)?)?$",
      CI);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DateFinder() {}

  /** Every date expression in {@code text}, in text order, resolved against {@code anchor}. */
  public static List<DateExpression> find(String text, LocalDate anchor) {
    AnchorWords anchors = AnchorWords.index(text);
    List<DateExpression> found = new ArrayList<>();
    for (Rule rule : RULES) {
      scan(rule, anchors.offsets(rule.anchor()), text, anchor, found);
    }
    return quartersFromContext(keepLongest(found));
  }

  private interface Resolver {
    Optional<DateExpression> resolve(Matcher m, String text, LocalDate anchor);
  }

  /**
   * A pattern, the kind of word it cannot match without, and how far (characters) a match may
   * reach before and after that word. Running each pattern only around its anchor words keeps
   * the finder fast on long articles: most text has no month, weekday or unit word at all.
   */
  private record Rule(Pattern pattern, AnchorWords.Kind anchor, int before, int after, Resolver resolver) {}

  private static final List<Rule> RULES = List.of(
      new Rule(ISO, AnchorWords.Kind.FOUR_DIGITS, 0, 12, (m, t, a) -> day(m, m.group("y"), m.group("m"), m.group("d"))),
      new Rule(NUMERIC_US, AnchorWords.Kind.FOUR_DIGITS, 8, 6, (m, t, a) -> day(m, m.group("y"), m.group("m"),
          m.group("d"))),
      new Rule(NUMERIC_EU, AnchorWords.Kind.FOUR_DIGITS, 8, 6, (m, t, a) -> day(m, m.group("y"), m.group("m"),
          m.group("d"))),
      new Rule(MONTH_DAY, AnchorWords.Kind.MONTH, 14, 30, DateFinder::monthDay),
      new Rule(DAY_MONTH, AnchorWords.Kind.MONTH, 12, 20, DateFinder::monthDay),
      new Rule(MONTH_YEAR, AnchorWords.Kind.MONTH, 25, 22, (m, t, a) -> monthYear(m)),
      new Rule(MONTH_ALONE, AnchorWords.Kind.MONTH, 35, 15, DateFinder::monthAlone),
      new Rule(WEEKDAY_EXPR, AnchorWords.Kind.WEEKDAY, 20, 25, DateFinder::weekday),
      new Rule(DEICTIC, AnchorWords.Kind.DEICTIC, 25, 25, (m, t, a) -> deictic(m, a)),
      new Rule(AGO, AnchorWords.Kind.UNIT, 45, 20, (m, t, a) -> ago(m, a)),
      new Rule(YEAR_ADJECTIVE, AnchorWords.Kind.UNIT, 2, 15, (m, t, a) -> yearAdjective(m, a)),
      new Rule(IN_UNITS, AnchorWords.Kind.UNIT, 50, 15, (m, t, a) -> inUnits(m, a)),
      new Rule(RELATIVE_PERIOD, AnchorWords.Kind.UNIT, 22, 12, (m, t, a) -> relativePeriod(m, a)),
      new Rule(QUARTER, AnchorWords.Kind.QUARTER, 50, 30, (m, t, a) -> quarter(m, a)),
      new Rule(YEAR, AnchorWords.Kind.FOUR_DIGITS, 25, 10, (m, t, a) -> year(m)),
      new Rule(REFERENCE, AnchorWords.Kind.REFERENCE, 15, 15, (m, t, a) -> reference(m)),
      new Rule(QUARTER_ANAPHOR, AnchorWords.Kind.QUARTER, 30, 12, (m, t, a) -> quarterAnaphor(m, a)));

  private static void scan(Rule rule, int[] offsets, String text, LocalDate anchor, List<DateExpression> out) {
    if (offsets.length == 0) {
      return;
    }
    Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int lastEnd = 0;
    for (int off : offsets) {
      int from = Math.max(lastEnd, off - rule.before());
      int to = Math.min(text.length(), off + rule.after());
      if (from >= to) {
        continue;
      }
      m.region(from, to);
      while (m.find()) {
        lastEnd = m.end();
        try {
          rule.resolver().resolve(m, text, anchor).ifPresent(out::add);
        } catch (DateTimeException impossible) {
          // "February 30": not a date, so not a date expression
        }
      }
    }
  }

  /** Overlapping candidates: the longest wins, then the earliest; the rest are dropped. */
  private static List<DateExpression> keepLongest(List<DateExpression> found) {
    found.sort(Comparator.comparingInt((DateExpression d) -> d.begin() - d.end()).thenComparingInt(DateExpression::begin));
    List<DateExpression> kept = new ArrayList<>();
    int max = 0;
    for (DateExpression d : found) {
      max = Math.max(max, d.end());
    }
    boolean[] taken = new boolean[max + 1];
    for (DateExpression d : found) {
      boolean free = true;
      for (int i = d.begin(); i < d.end() && free; i++) {
        free = !taken[i];
      }
      if (free) {
        for (int i = d.begin(); i < d.end(); i++) {
          taken[i] = true;
        }
        kept.add(d);
      }
    }
    kept.sort(Comparator.comparingInt(DateExpression::begin));
    return kept;
  }

  // ---- resolvers -------------------------------------------------------------------------

  private static Optional<DateExpression> day(Matcher m, String y, String mo, String d) {
    LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    return Optional.of(of(m, m.start(), date, DatePrecision.DAY, date.toString()));
  }

  private static Optional<DateExpression> monthDay(Matcher m, String text, LocalDate anchor) {
    int month = month(m.group("month"));
    int dayOfMonth = Integer.parseInt(m.group("d"));
    if (dayOfMonth < 1 || dayOfMonth > 31) {
      return Optional.empty();
    }
    LocalDate date;
    if (m.group("y") != null) {
      date = LocalDate.of(Integer.parseInt(m.group("y")), month, dayOfMonth);
    } else {
      date = nearestYear(anchor, month, dayOfMonth);
      if (Math.abs(ChronoUnit.DAYS.between(anchor, date)) > FAR_DAYS) {
        Tense tense = prepositionTense(text, m.start()).orElseGet(() -> TenseCues.at(text, m.start()));
        if (tense == Tense.PAST && date.isAfter(anchor)) {
          date = date.minusYears(1);
        } else if (tense == Tense.FUTURE && date.isBefore(anchor)) {
          date = date.plusYears(1);
        }
      }
    }
    return Optional.of(of(m, m.start(), date, DatePrecision.DAY, date.toString()));
  }

  /** The month-day in the year (anchor's, the one before or after) that lies nearest the anchor. */
  static LocalDate nearestYear(LocalDate anchor, int month, int dayOfMonth) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      LocalDate candidate;
      try {
        candidate = LocalDate.of(y, month, dayOfMonth);
      } catch (DateTimeException noSuchDay) {
        continue; // February 29 outside a leap year
      }
      long distance = Math.abs(ChronoUnit.DAYS.between(anchor, candidate));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null) {
      throw new DateTimeException("no such day near " + anchor + ": " + month + "-" + dayOfMonth);
    }
    return best;
  }

  private static Optional<DateExpression> monthYear(Matcher m) {
    LocalDate first = LocalDate.of(Integer.parseInt(m.group("y")), month(m.group("month")), 1);
    return Optional.of(of(m, m.start(), first, DatePrecision.MONTH, monthValue(first)));
  }

  private static Optional<DateExpression> monthAlone(Matcher m, String text, LocalDate anchor) {
    String name = m.group("month");
    String mod = lower(m.group("mod"));
    if (name.equals("May") && m.group("prep") == null && mod.isEmpty()) {
      return Optional.empty(); // "May" the verb
    }
    if (name.equals("March") && m.group("prep") == null && mod.isEmpty()) {
      return Optional.empty(); // "March" the verb or a headline noun
    }
    int month = month(name);
    int begin = m.group("mod") != null ? m.start("mod") : m.start("month");
    LocalDate sameYear = LocalDate.of(anchor.getYear(), month, 1);
    LocalDate thisMonth = anchor.withDayOfMonth(1);
    LocalDate date;
    if (mod.startsWith("last")) {
      date = sameYear.isBefore(thisMonth) ? sameYear : sameYear.minusYears(1);
    } else if (mod.startsWith("next")) {
      date = sameYear.isAfter(thisMonth) ? sameYear : sameYear.plusYears(1);
    } else if (mod.startsWith("this")) {
      date = sameYear;
    } else {
      String prep = lower(m.group("prep"));
      Tense tense = switch (prep) {
        case "by", "until", "through" -> Tense.FUTURE; // deadlines lie ahead
        case "since" -> Tense.PAST;
        default -> TenseCues.at(text, m.start("month"));
      };
      if (tense == Tense.PAST && sameYear.isAfter(thisMonth)) {
        date = sameYear.minusYears(1);
      } else if (tense == Tense.FUTURE && sameYear.isBefore(thisMonth)) {
        date = sameYear.plusYears(1);
      } else if (tense == Tense.NONE) {
        date = nearestYear(anchor, month, 1).withDayOfMonth(1);
      } else {
        date = sameYear;
      }
    }
    return Optional.of(new DateExpression(begin, m.end(), m.group().substring(begin - m.start()), Optional.of(date),
        DatePrecision.MONTH, monthValue(date)));
  }

  private static Optional<DateExpression> weekday(Matcher m, String text, LocalDate anchor) {
    DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
    String mod = lower(m.group("mod"));
    LocalDate date;
    if (mod.startsWith("last")) {
      date = anchor.with(TemporalAdjusters.previous(wd));
    } else if (mod.startsWith("next")) {
      date = anchor.with(TemporalAdjusters.next(wd));
    } else if (m.group().endsWith("'s") || m.group().endsWith("’s")) {
      date = weekdayFrom(anchor, wd, Tense.PAST); // "Wednesday's ruling": a day already reported on
    } else {
      Tense tense = prepositionTense(text, m.start()).orElseGet(() -> TenseCues.at(text, m.start("wd")));
      date = weekdayFrom(anchor, wd, tense);
    }
    return Optional.of(of(m, m.start(), date, DatePrecision.DAY, date.toString()));
  }

  /** The weekday meant by a bare day name in a clause of the given tense. */
  public static LocalDate weekdayFrom(LocalDate anchor, DayOfWeek wd, Tense tense) {
    if (anchor.getDayOfWeek() == wd) {
      return anchor;
    }
    return tense == Tense.FUTURE ? anchor.with(TemporalAdjusters.next(wd)) : anchor.with(TemporalAdjusters.previous(wd));
  }

  private static Optional<DateExpression> deictic(Matcher m, LocalDate anchor) {
    String word = m.group("word").toLowerCase(Locale.ROOT);
    LocalDate date = switch (word) {
      case "yesterday" -> anchor.minusDays(1);
      case "tomorrow" -> anchor.plusDays(1);
      case "the day before yesterday" -> anchor.minusDays(2);
      case "the day after tomorrow" -> anchor.plusDays(2);
      default -> anchor;
    };
    return Optional.of(of(m, m.start(), date, DatePrecision.DAY, date.toString()));
  }

  private static Optional<DateExpression> ago(Matcher m, LocalDate anchor) {
    OptionalInt n = NumberWords.parse(m.group("num"));
    if (n.isEmpty() || n.getAsInt() > 5000) {
      return Optional.empty();
    }
    String dir = m.group("dir").toLowerCase(Locale.ROOT);
    boolean back = dir.equals("ago") || dir.equals("before") || dir.equals("earlier");
    return Optional.of(shifted(m, m.start(), anchor, n.getAsInt() * (back ? -1 : 1), unit(m.group("unit"))));
  }

  private static Optional<DateExpression> yearAdjective(Matcher m, LocalDate anchor) {
    LocalDate d = anchor.minusYears(1).withDayOfYear(1);
    return Optional.of(of(m, m.start(), d, DatePrecision.YEAR, String.valueOf(d.getYear())));
  }

  private static Optional<DateExpression> inUnits(Matcher m, LocalDate anchor) {
    OptionalInt n = NumberWords.parse(m.group("num"));
    if (n.isEmpty() || n.getAsInt() > 5000) {
      return Optional.empty();
    }
    return Optional.of(shifted(m, m.start(), anchor, n.getAsInt(), unit(m.group("unit"))));
  }

  private static DateExpression shifted(Matcher m, int begin, LocalDate anchor, int amount, String unit) {
    return switch (unit) {
      case "day" -> {
        LocalDate d = anchor.plusDays(amount);
        yield of(m, begin, d, DatePrecision.DAY, d.toString());
      }
      case "week" -> {
        LocalDate d = anchor.plusWeeks(amount).with(DayOfWeek.MONDAY);
        yield of(m, begin, d, DatePrecision.WEEK, weekValue(d));
      }
      case "month" -> {
        LocalDate d = anchor.plusMonths(amount).withDayOfMonth(1);
        yield of(m, begin, d, DatePrecision.MONTH, monthValue(d));
      }
      case "decade" -> {
        LocalDate d = anchor.plusYears(10L * amount).withDayOfYear(1);
        yield of(m, begin, d, DatePrecision.YEAR, String.valueOf(d.getYear()));
      }
      default -> {
        LocalDate d = anchor.plusYears(amount).withDayOfYear(1);
        yield of(m, begin, d, DatePrecision.YEAR, String.valueOf(d.getYear()));
      }
    };
  }

  private static Optional<DateExpression> relativePeriod(Matcher m, LocalDate anchor) {
    String mod = m.group("mod").toLowerCase(Locale.ROOT);
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    int step;
    if (mod.contains("last") || mod.contains("previous") || mod.contains("past")) {
      step = -1;
    } else if (mod.contains("next") || mod.contains("coming") || mod.contains("following")) {
      step = 1;
    } else {
      step = 0;
    }
    return Optional.of(switch (unit) {
      case "week" -> shifted(m, m.start(), anchor, step, "week");
      case "month" -> shifted(m, m.start(), anchor, step, "month");
      case "year" -> shifted(m, m.start(), anchor, step, "year");
      case "weekend" -> {
        // the weekend of the current week, or the one before / after
        LocalDate saturday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5)
            .plusWeeks(step);
        if (mod.equals("the") && saturday.isAfter(anchor)) {
          saturday = saturday.minusWeeks(1); // "over the weekend" in a weekday paper: the one just gone
        }
        yield of(m, m.start(), saturday, DatePrecision.WEEK, weekValue(saturday) + "-WE");
      }
      case "quarter" -> {
        LocalDate q = anchor.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3L * step);
        yield of(m, m.start(), q, DatePrecision.QUARTER, q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR));
      }
      default -> season(m, anchor, unit, step);
    });
  }

  private static DateExpression season(Matcher m, LocalDate anchor, String unit, int step) {
    String code;
    int month;
    switch (unit) {
      case "summer" -> {
        code = "SU";
        month = 6;
      }
      case "winter" -> {
        code = "WI";
        month = 12;
      }
      case "spring" -> {
        code = "SP";
        month = 3;
      }
      default -> {
        code = "FA";
        month = 9;
      }
    }
    LocalDate start = LocalDate.of(anchor.getYear(), month, 1);
    if (step < 0 && !start.isBefore(anchor)) {
      start = start.minusYears(1);
    } else if (step > 0 && !start.isAfter(anchor)) {
      start = start.plusYears(1);
    }
    return of(m, m.start(), start, DatePrecision.SEASON, start.getYear() + "-" + code);
  }

  private static Optional<DateExpression> quarter(Matcher m, LocalDate anchor) {
    String q = m.group("q").toLowerCase(Locale.ROOT);
    int n = switch (q.charAt(0)) {
      case 'f' -> q.startsWith("fi") ? 1 : 4;
      case 's' -> 2;
      case 't' -> 3;
      default -> q.charAt(0) - '0';
    };
    String y = m.group("y1") != null ? m.group("y1") : m.group("y2");
    int year = y != null ? Integer.parseInt(y) : anchor.getYear();
    String rel = lower(m.group("rel"));
    if (rel.equals("last")) {
      year = anchor.getYear() - 1; // "last year's third quarter"
    } else if (rel.equals("next")) {
      year = anchor.getYear() + 1;
    }
    LocalDate start = LocalDate.of(year, 3 * n - 2, 1);
    return Optional.of(of(m, m.start(), start, DatePrecision.QUARTER, year + "-Q" + n));
  }

  /** Provisional: the quarter before the anchor's; {@link #quartersFromContext} corrects it. */
  private static Optional<DateExpression> quarterAnaphor(Matcher m, LocalDate anchor) {
    String mod = lower(m.group("mod"));
    String text = m.group().strip().toLowerCase(Locale.ROOT);
    if (!text.startsWith("the") && mod.isEmpty() || text.endsWith("period") && mod.isEmpty()) {
      return Optional.empty(); // a bare "quarter" or "the period" is rarely a date of its own
    }
    LocalDate q = anchor.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
    if (mod.equals("year-earlier") || mod.equals("year-ago")) {
      q = q.minusYears(1);
    }
    return Optional.of(of(m, m.start(), q, DatePrecision.QUARTER, quarterValue(q)));
  }

  /**
   * Financial copy names a quarter once and then says "the quarter", "a year earlier": those
   * take the last explicit quarter before them (a year back for the year-earlier forms).
   */
  private static List<DateExpression> quartersFromContext(List<DateExpression> in) {
    List<DateExpression> out = new ArrayList<>(in.size());
    DateExpression lastQuarter = null;
    for (DateExpression d : in) {
      DateExpression result = d;
      boolean near = lastQuarter != null && d.begin() - lastQuarter.end() < QUARTER_CONTEXT;
      String t = d.text().toLowerCase(Locale.ROOT);
      boolean anaphor = QUARTER_ANAPHOR.matcher(d.text()).matches() && d.precision() == DatePrecision.QUARTER;
      if (near && anaphor) {
        LocalDate q = lastQuarter.start().orElseThrow();
        if (t.contains("year-earlier") || t.contains("year-ago")) {
          q = q.minusYears(1);
        }
        result = new DateExpression(d.begin(), d.end(), d.text(), Optional.of(q), DatePrecision.QUARTER, quarterValue(q));
      } else if (near && YEAR_BACK.matcher(t).matches()) {
        LocalDate q = lastQuarter.start().orElseThrow().minusYears(1);
        result = new DateExpression(d.begin(), d.end(), d.text(), Optional.of(q), DatePrecision.QUARTER, quarterValue(q));
      }
      if (d.precision() == DatePrecision.QUARTER && !anaphor) {
        lastQuarter = d; // only a quarter the text names outright sets the context
      }
      out.add(result);
    }
    return out;
  }

  static String quarterValue(LocalDate q) {
    return q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR);
  }

  private static Optional<DateExpression> year(Matcher m) {
    int y = Integer.parseInt(m.group("y"));
    String pre = lower(m.group("pre"));
    // "the 1996 Olympics": the year alone is the date; "the 1990s": the decade with its article
    int begin = pre.equals("the") && m.group("s") == null ? m.start("y") : m.start();
    if (m.group("s") != null) {
      LocalDate d = LocalDate.of(y - y % 10, 1, 1);
      return Optional.of(of(m, begin, d, DatePrecision.DECADE, (y / 10) + "X"));
    }
    LocalDate d = LocalDate.of(y, 1, 1);
    return Optional.of(of(m, begin, d, DatePrecision.YEAR, String.valueOf(y)));
  }

  private static Optional<DateExpression> reference(Matcher m) {
    String w = m.group("word").toLowerCase(Locale.ROOT);
    String value;
    if (w.contains("future") || w.equals("soon") || w.contains("coming")) {
      value = "FUTURE_REF";
    } else if (w.contains("past") || w.startsWith("recent") || w.equals("previously") || w.contains("recent")) {
      value = "PAST_REF";
    } else {
      value = "PRESENT_REF";
    }
    int begin = w.startsWith("in ") && !w.startsWith("in recent") ? m.start() + 3 : m.start();
    return Optional.of(new DateExpression(begin, m.end(), m.group().substring(begin - m.start()), Optional.empty(),
        DatePrecision.REFERENCE, value));
  }

  /** "by Jan. 14", "until March 6" lie ahead; "since Oct. 23" lies behind. */
  private static Optional<Tense> prepositionTense(String text, int begin) {
    Matcher m = PREPOSITION_BEFORE.matcher(text).region(Math.max(0, begin - 30), begin);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1).equalsIgnoreCase("since") ? Tense.PAST : Tense.FUTURE);
  }

  // ---- helpers ---------------------------------------------------------------------------

  private static DateExpression of(Matcher m, int begin, LocalDate start, DatePrecision p, String value) {
    return new DateExpression(begin, m.end(), m.group().substring(begin - m.start()), Optional.of(start), p, value);
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static String unit(String u) {
    return u.toLowerCase(Locale.ROOT);
  }

  private static String lower(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }

  static String monthValue(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
  }

  static String weekValue(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
