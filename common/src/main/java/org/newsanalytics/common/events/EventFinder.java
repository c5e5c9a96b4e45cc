package org.newsanalytics.common.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.SentenceSpan;
import org.newsanalytics.common.extract.SentenceSplitter;
import org.newsanalytics.common.time.DateExpression;
import org.newsanalytics.common.time.DatePrecision;
import org.newsanalytics.common.time.DateFinder;

/**
 * Finds event mentions in an article: per sentence and taxonomy type, the first trigger (not
 * inside an excluded phrase) makes one mention, with its modes, status, participants,
 * casualties, talk rounds and date. A sentence naming several rounds ("two rounds of talks in
 * Istanbul, on May 16 and June 2") gives one mention per round, paired in order with the
 * sentence's dates when there are as many dates as rounds.
 *
 * <p>Dating: the mention takes the date expression nearest its trigger within the trigger's
 * clause (clauses split at ", that", ", which", ";", "but", and "and" before a past verb, so
 * "appointed last week and headed the first two rounds" does not date the rounds last week).
 * A date that contradicts the status is skipped: nothing planned, threatened or called for
 * happens before publication (a bare weekday read as past is moved to the coming one first).
 * A mention with no status cue but a day-, week- or month-precise date after publication is
 * planned. No date: the publication date with precision {@code unknown}.
 *
 * <p>Linear in article length: every pattern is compiled once, each sentence is scanned once
 * per type.
 */
public final class EventFinder {
  private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+(?:that|which|who|while|but)\\b|;|\\s+but\\s+"
      + "|\\s+and\\s+(?=(?:also\\s+|then\\s+|later\\s+)?[a-z]+ed\\b)");
  private static final Pattern BARE_WEEKDAY = Pattern.compile("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
      + "|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?");
  /** Dates precise enough that one lying ahead makes an uncued mention planned ("by 2035" does not). */
  private static final Set<DatePrecision> FINE = Set.of(DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH);
  private static final double CONFIDENCE_TRIGGER = 0.7;
  private static final double CONFIDENCE_FOLLOWUP = 0.5;
  private static final String UNKNOWN_PRECISION = "unknown";
  private static final int KIND_WINDOW_WORDS = 5;
  private static final int KIND_FALLBACK_WORDS = 20;
  private static final Pattern WORD = Pattern.compile("[\\w’'-]+");
  private static final int NOT_AFTER_WORDS = 5;
  private static final int NOT_AFTER_CHARS = 120;
  /** The TALKS kind that {@code talk_rounds} keeps, and the kind of negotiations no round of which is told. */
  static final String NEGOTIATION_ROUND = "negotiation_round";
  static final String NEGOTIATIONS = "negotiations";
  /** A venue: "in Geneva", "at the Mariinsky Palace"; not a format ("in the Normandy format") nor a date. */
  private static final Pattern VENUE = Pattern.compile("\\b(?:in|at)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}’'.-]*+(?:\\s+\\p{Lu}[\\p{L}’'-]*+)?)"
      + "(?!\\s+(?:format|[Ff]our|process|framework|[Gg]roup|level))");
  private static final Pattern NOT_A_PLACE = Pattern.compile("(?:January|February|March|April|May|June|July|August"
      + "|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That"
      + "|Normandy)\\b.*|.*\\b(?:Council|Commission|Committee|Organi[sz]ation|Assembly|Parliament|Summit|Forum"
      + "|Group|Format)\\b.*|\\p{Lu}{2,}\\b.*");
  private static final Pattern VENUE_BEFORE_DATE = Pattern.compile("(?:" + VENUE.pattern() + ")\\s*,?\\s*(?:on\\s+)?$");
  /** How far after a talks trigger a venue still belongs to it ("talks of the advisers in Paris"). */
  private static final int VENUE_CHARS = 80;
  /** "the recent talks in Geneva": a round reported before, dated by nothing in the sentence. */
  private static final Pattern RECENT = Pattern.compile("\\b(?:recent|recently|latest|previous|last(?!\\s+(?:week|month|year|night|weekend|spring|summer|autumn|fall|winter)))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final int RECENT_CHARS = 60;
  private static final int RECENT_AFTER_CHARS = 20;
  private static final Pattern SEVERAL_ROUNDS = Pattern.compile("\\brounds\\b", Pattern.CASE_INSENSITIVE);
  /** The date precision written for a "recent" round: the clusterer lets it join a round of the past month. */
  public static final String RECENT_PRECISION = "recent";
  /** "since January", "from 2014": the start of a span, not the date of the event in it. */
  private static final Pattern SPAN_START = Pattern.compile("\\b(?:since|from)\\s+(?:the\\s+)?$",
      Pattern.CASE_INSENSITIVE);

  private final EventTaxonomy taxonomy;
  private final Participants participants;

  public EventFinder(EventTaxonomy taxonomy, ActorAliases aliases) {
    this.taxonomy = taxonomy;
    this.participants = new Participants(aliases);
  }

  /** A finder with the project's bundled taxonomy and aliases. */
  public static EventFinder withBundledRules() {
    return new EventFinder(EventTaxonomy.bundled(), ActorAliases.bundled());
  }

  public EventTaxonomy taxonomy() {
    return taxonomy;
  }

  public List<EventMention> find(ArticleDoc doc) {
    String text = doc.text();
    List<SentenceSpan> sentences = doc.sentences().isEmpty() ? SentenceSplitter.split(text) : doc.sentences();
    List<DateExpression> dates = DateFinder.find(text, doc.publishedDate()).stream()
        .filter(DateExpression::isCalendarDate).toList();
    List<EventMention> out = new ArrayList<>();
    Set<String> previous = Set.of();
    String previousText = "";
    int dateIndex = 0;
    for (SentenceSpan sentence : sentences) {
      String s = sentence.text(text);
      while (dateIndex < dates.size() && dates.get(dateIndex).begin() < sentence.begin()) {
        dateIndex++;
      }
      List<DateExpression> sentenceDates = new ArrayList<>();
      for (int i = dateIndex; i < dates.size() && dates.get(i).begin() < sentence.end(); i++) {
        sentenceDates.add(dates.get(i));
      }
      Set<String> here = new HashSet<>();
      int sentenceStart = out.size();
      for (EventType type : taxonomy.types()) {
        Optional<Hit> hit = firstTrigger(type, s, previousText);
        if (hit.isEmpty() && previous.contains(type.name()) && type.followups().isPresent()) {
          hit = firstMatch(type.followups().get(), s, List.of()).map(h -> new Hit(h.begin, h.end, true));
        }
        if (hit.isEmpty()) {
          continue;
        }
        here.add(type.name());
        List<EventMention> made = mentions(doc, sentence, s, type, hit.get(), sentenceDates);
        out.addAll(made);
        if (type.rounds() && !hit.get().followup()) {
          out.addAll(furtherRounds(doc, sentence, s, type, hit.get(), sentenceDates, made));
        }
      }
      // text order within the sentence: the first trigger is usually the main verb's event
      out.subList(sentenceStart, out.size()).sort(java.util.Comparator.comparingInt(EventMention::begin));
      previous = here;
      previousText = s;
    }
    return out;
  }

  private record Hit(int begin, int end, boolean followup) {}

  /**
   * Further negotiation rounds in a sentence that reported one: "the recent talks in Geneva and
   * a NATO-Russia Council meeting in Brussels" are two rounds. A later trigger makes a mention
   * only when it has a venue of its own, none of the sentence's mentions had.
   */
  private List<EventMention> furtherRounds(ArticleDoc doc, SentenceSpan sentence, String s, EventType type, Hit first,
      List<DateExpression> sentenceDates, List<EventMention> made) {
    Set<String> venues = new HashSet<>();
    made.forEach(m -> {
      if (m.location() != null) {
        venues.add(m.location());
      }
    });
    venue(s, first.end(), s.length()).ifPresent(venues::add);
    List<EventMention> out = new ArrayList<>();
    Matcher m = type.triggers().matcher(s);
    int from = first.end();
    while (from < s.length() && m.find(from)) {
      int next = m.find(m.end()) ? m.start() : s.length();
      m.find(from);
      Hit h = new Hit(m.start(), m.end(), false);
      from = m.end();
      Optional<String> venue = venue(s, h.end(), next);
      if (venue.isEmpty() || venues.contains(venue.get())) {
        continue;
      }
      venues.add(venue.get());
      mentions(doc, sentence, s, type, h, sentenceDates).stream()
          .filter(x -> NEGOTIATION_ROUND.equals(x.eventMode())).forEach(out::add);
    }
    return out;
  }

  /** The first venue named within {@link #VENUE_CHARS} after {@code from} and before {@code to}. */
  private static Optional<String> venue(String s, int from, int to) {
    Matcher v = VENUE.matcher(s).region(from, Math.min(to, Math.min(s.length(), from + VENUE_CHARS)));
    while (v.find()) {
      if (!NOT_A_PLACE.matcher(v.group(1)).matches()) {
        return Optional.of(v.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * The first trigger of the type in sentence {@code s}. A contextual trigger counts only when
   * neither this sentence nor the one before has its group's "unless" phrases: "a blast at a
   * chemical plant. The explosion killed 12" is one accident. The type's own "unless" phrases
   * void every trigger the same way: the airstrikes of a drill are no attack.
   */
  private static Optional<Hit> firstTrigger(EventType type, String s, String previousSentence) {
    if (!type.stems().anyIn(s)) {
      return Optional.empty();
    }
    if (type.unless().isPresent()
        && (type.unless().get().matcher(s).find() || type.unless().get().matcher(previousSentence).find())) {
      return Optional.empty();
    }
    List<int[]> excluded = new ArrayList<>();
    type.exclude().ifPresent(p -> {
      Matcher m = p.matcher(s);
      while (m.find()) {
        excluded.add(new int[] {m.start(), m.end()});
      }
    });
    type.notAfter().ifPresent(p -> excluded.addAll(chargedWith(p, type, s)));
    Optional<Hit> best = firstMatch(type.triggers(), s, excluded);
    for (EventType.Contextual c : type.contextual()) {
      if (c.unless().matcher(s).find() || c.unless().matcher(previousSentence).find()) {
        continue; // "an explosion at a chemical plant", "bombs found and defused": not an attack
      }
      Optional<Hit> h = firstMatch(c.triggers(), s, excluded);
      if (h.isPresent() && (best.isEmpty() || h.get().begin < best.get().begin)) {
        best = h;
      }
    }
    return best.map(h -> new Hit(h.begin, h.end, false));
  }

  /**
   * Trigger spans that a "not after" phrase governs: "arrested over the bombing", "accused of
   * plotting attacks". The event is what someone is charged with or planning, not news reported
   * here; a phrase governs the triggers up to {@link #NOT_AFTER_WORDS} words after it.
   */
  private static List<int[]> chargedWith(Pattern notAfter, EventType type, String s) {
    List<int[]> out = new ArrayList<>();
    List<Pattern> all = new ArrayList<>();
    all.add(type.triggers());
    type.contextual().forEach(c -> all.add(c.triggers()));
    for (Pattern p : all) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        String before = s.substring(Math.max(0, m.start() - NOT_AFTER_CHARS), m.start());
        Matcher cue = notAfter.matcher(before);
        while (cue.find()) {
          if (WORD.matcher(before.substring(cue.end())).results().count() <= NOT_AFTER_WORDS) {
            out.add(new int[] {m.start(), m.end()});
            break;
          }
        }
      }
    }
    return out;
  }

  private static Optional<Hit> firstMatch(Pattern p, String s, List<int[]> excluded) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      int b = m.start();
      int e = m.end();
      boolean inside = excluded.stream().anyMatch(x -> b < x[1] && x[0] < e);
      if (!inside) {
        return Optional.of(new Hit(b, e, false));
      }
    }
    return Optional.empty();
  }

  private List<EventMention> mentions(ArticleDoc doc, SentenceSpan sentence, String s, EventType type, Hit hit,
      List<DateExpression> sentenceDates) {
    int base = sentence.begin();
    EventStatus status = StatusClassifier.classify(s, hit.begin(), hit.end(), type.coercive());
    Participants.Roles roles = participants.find(s, base, hit.begin(), hit.end(), doc.entitiesIn(sentence));
    Casualties casualties = type.casualties() && status != EventStatus.BACKGROUND ? CasualtyParser.parse(s)
        : Casualties.NONE;
    List<Integer> rounds = type.rounds() ? TalkRounds.parse(s) : List.of();
    String mode = modes(type, s, hit);
    List<DateExpression> clauseDates = inClause(s, base, hit, sentenceDates);
    LocalDate published = doc.publishedDate();

    List<Optional<DateExpression>> perMention = new ArrayList<>();
    List<Integer> perRound = new ArrayList<>();
    List<String> perLocation = new ArrayList<>();
    List<int[]> perSpan = new ArrayList<>();
    List<VenueDate> pairs = NEGOTIATION_ROUND.equals(mode) && rounds.size() <= 1
        ? venueDates(s, base, hit, clauseDates, status, published) : List.of();
    if (pairs.size() > 1) {
      // "first in Geneva on January 9-10 and then in Brussels on January 12": one round per venue
      for (VenueDate p : pairs) {
        perRound.add(rounds.isEmpty() ? null : rounds.get(0));
        perMention.add(Optional.of(p.date()));
        perLocation.add(p.venue());
        // the first round keeps the trigger's span; a further one is placed at its venue, so
        // that each round has its own span (and its own mention_id)
        perSpan.add(perSpan.isEmpty() ? new int[] {hit.begin(), hit.end()} : new int[] {p.begin(), p.end()});
      }
    } else if (rounds.size() > 1) {
      List<DateExpression> usable = clauseDates.stream().map(d -> forward(d, status, published))
          .filter(d -> consistent(d, status, published)).toList();
      for (int i = 0; i < rounds.size(); i++) {
        perRound.add(rounds.get(i));
        perMention.add(usable.size() == rounds.size() ? Optional.of(usable.get(i))
            : governing(clauseDates, base + hit.begin(), status, published, s, base));
      }
    } else {
      perRound.add(rounds.isEmpty() ? null : rounds.get(0));
      perMention.add(governing(clauseDates, base + hit.begin(), status, published, s, base));
    }
    List<EventMention> out = new ArrayList<>();
    for (int i = 0; i < perMention.size(); i++) {
      Optional<DateExpression> date = perMention.get(i);
      String location = i < perLocation.size() ? perLocation.get(i) : roles.location().orElse(null);
      String kind = mode;
      String precision = date.map(d -> d.precision().label()).orElse(UNKNOWN_PRECISION);
      if (NEGOTIATION_ROUND.equals(mode) && date.isEmpty()) {
        if (perRound.get(i) == null && (venue(s, hit.end(), s.length()).isEmpty() || SEVERAL_ROUNDS.matcher(
            s.substring(hit.begin(), hit.end())).find())) {
          // "the progress of peace talks", "two rounds were held in Paris and Berlin": negotiations,
          // but no one round the text tells
          kind = NEGOTIATIONS;
        } else if (perRound.get(i) == null && recent(s, hit)) {
          precision = RECENT_PRECISION; // "the recent talks in Geneva" reports an earlier round again
        }
      }
      EventStatus st = status;
      if (st == EventStatus.OCCURRED && date.isPresent() && date.get().start().orElseThrow().isAfter(published)
          && FINE.contains(date.get().precision())) {
        st = EventStatus.PLANNED; // no cue, but a date still ahead
      }
      if (date.isPresent() && olderThanNews(date.get(), published) && st != EventStatus.NEGATED) {
        st = EventStatus.BACKGROUND; // "in 1941", "the 2008 war": history recalled, not reported
      }
      int[] span = i < perSpan.size() ? perSpan.get(i) : new int[] {hit.begin(), hit.end()};
      out.add(new EventMention(sentence.index(), type.name(), kind, s.substring(hit.begin(), hit.end()),
          base + span[0], base + span[1], s, roles.actor().orElse(null), roles.target().orElse(null),
          location, date.flatMap(DateExpression::start).orElse(published),
          date.map(DateExpression::text).orElse(null), precision, st.label(),
          st == EventStatus.BACKGROUND ? null : casualties.killed().orElse(null),
          st == EventStatus.BACKGROUND ? null : casualties.injured().orElse(null), perRound.get(i),
          hit.followup() ? CONFIDENCE_FOLLOWUP : CONFIDENCE_TRIGGER));
    }
    return out;
  }

  /** A venue and the date right after it; {@code begin}, {@code end}: the venue's span in the sentence. */
  private record VenueDate(String venue, DateExpression date, int begin, int end) {}

  /** The clause's dates right after a venue ("in Brussels on January 12"), with distinct venues. */
  private static List<VenueDate> venueDates(String s, int base, Hit hit, List<DateExpression> clauseDates,
      EventStatus status, LocalDate published) {
    List<VenueDate> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DateExpression raw : clauseDates) {
      int at = raw.begin() - base;
      if (at < hit.end()) {
        continue;
      }
      DateExpression d = forward(raw, status, published);
      if (!consistent(d, status, published)) {
        continue;
      }
      int from = Math.max(hit.end(), at - 60);
      Matcher v = VENUE_BEFORE_DATE.matcher(s.substring(from, at));
      if (v.find() && !NOT_A_PLACE.matcher(v.group(1)).matches() && seen.add(v.group(1))) {
        out.add(new VenueDate(v.group(1), d, from + v.start(1), from + v.end(1)));
      }
    }
    return out;
  }

  /** A "recent" cue in the trigger's clause, shortly before it or just after it. */
  private static boolean recent(String s, Hit hit) {
    int from = Math.max(0, hit.begin() - RECENT_CHARS);
    Matcher m = CLAUSE_BREAK.matcher(s).region(from, hit.begin());
    while (m.find()) {
      from = m.end();
    }
    // also right after a verb trigger: "discussed the recent talks in Geneva"
    return RECENT.matcher(s.substring(from, hit.begin())).find()
        || RECENT.matcher(s.substring(hit.end(), Math.min(s.length(), hit.end() + RECENT_AFTER_CHARS))).find();
  }

  /** News reports the recent past: a date whose period ended over a year before publication is history. */
  private static boolean olderThanNews(DateExpression d, LocalDate published) {
    LocalDate start = d.start().orElseThrow();
    LocalDate end = switch (d.precision()) {
      case DAY -> start;
      case WEEK -> start.plusDays(6);
      case MONTH -> start.plusMonths(1).minusDays(1);
      case QUARTER, SEASON -> start.plusMonths(3).minusDays(1);
      case DECADE -> start.plusYears(10).minusDays(1);
      case REFERENCE -> published;
      default -> start.plusYears(1).minusDays(1);
    };
    return end.isBefore(published.minusYears(1));
  }

  /**
   * Every mode of the type found in the sentence, in text order, comma-separated; null if none.
   * A type with kinds gets one: the first kind in file order whose words the sentence has.
   */
  private static String modes(EventType type, String s, Hit hit) {
    if (!type.kinds().isEmpty()) {
      // the trigger's own phrase first, the kind word nearest to it: in "the call touched on the
      // recent security talks in Geneva" the talks are a round, though the sentence is about a call
      int from = windowStart(s, hit.begin(), KIND_WINDOW_WORDS);
      int to = windowEnd(s, hit.end(), KIND_WINDOW_WORDS);
      String nearest = null;
      int best = Integer.MAX_VALUE;
      for (var kind : type.kinds().entrySet()) {
        Matcher m = kind.getValue().matcher(s).region(from, to);
        while (m.find()) {
          // a word right before the trigger ("videoconference talks") counts as much as a phrase
          // the trigger opens ("talks between"); file order breaks the tie
          int distance = m.end() <= hit.begin() ? hit.begin() - m.end() : Math.max(1, m.start() - hit.end());
          if (distance < best) {
            best = distance;
            nearest = kind.getKey();
          }
        }
      }
      if (nearest != null) {
        return nearest;
      }
      // else a kind word of the trigger's part of the sentence: a council named twenty words on,
      // in a clause about something else, does not make a commission's meeting a negotiation
      int wideFrom = windowStart(s, hit.begin(), KIND_FALLBACK_WORDS);
      int wideTo = windowEnd(s, hit.end(), KIND_FALLBACK_WORDS);
      for (var kind : type.kinds().entrySet()) {
        if (kind.getValue().matcher(s).region(wideFrom, wideTo).find()) {
          return kind.getKey();
        }
      }
      return type.defaultKind().orElse(null);
    }
    TreeMap<Integer, String> found = new TreeMap<>();
    type.modes().forEach((name, p) -> {
      Matcher m = p.matcher(s);
      if (m.find()) {
        found.putIfAbsent(m.start(), name);
      }
    });
    return found.isEmpty() ? null : String.join(",", found.values());
  }

  /** Where the words before a trigger that may name its kind begin: up to {@link #KIND_WINDOW_WORDS}. */
  private static int windowStart(String s, int begin, int words) {
    int from = begin;
    for (int n = 0; n < words && from > 0; n++) {
      int space = s.lastIndexOf(' ', Math.max(0, from - 2));
      from = space < 0 ? 0 : space + 1;
    }
    return from;
  }

  /** Where the words after a trigger that may name its kind end: up to {@link #KIND_WINDOW_WORDS}. */
  private static int windowEnd(String s, int end, int words) {
    int to = end;
    for (int n = 0; n < words && to < s.length(); n++) {
      int space = s.indexOf(' ', Math.min(s.length(), to + 1));
      to = space < 0 ? s.length() : space;
    }
    return to;
  }

  /** The dates of the sentence that sit in the same clause as the trigger. */
  private static List<DateExpression> inClause(String s, int base, Hit hit, List<DateExpression> sentenceDates) {
    int from = 0;
    int to = s.length();
    Matcher m = CLAUSE_BREAK.matcher(s);
    while (m.find()) {
      if (m.end() <= hit.begin()) {
        from = m.end();
      } else if (m.start() >= hit.end()) {
        to = m.start();
        break;
      }
    }
    int f = base + from;
    int t = base + to;
    return sentenceDates.stream().filter(d -> d.begin() >= f && d.end() <= t).toList();
  }

  /**
   * A bare weekday the date finder read as past ("proposes talks on Monday": no future cue near
   * the day) names the coming one when the mention is planned, threatened or called for.
   */
  private static DateExpression forward(DateExpression d, EventStatus status, LocalDate published) {
    if (!status.forwardLooking() || d.precision() != DatePrecision.DAY || !BARE_WEEKDAY.matcher(d.text()).matches()) {
      return d;
    }
    LocalDate start = d.start().orElseThrow();
    if (!start.isBefore(published)) {
      return d;
    }
    LocalDate ahead = start.plusWeeks(1);
    return new DateExpression(d.begin(), d.end(), d.text(), Optional.of(ahead), d.precision(), ahead.toString());
  }

  private static Optional<DateExpression> governing(List<DateExpression> clauseDates, int trigger, EventStatus status,
      LocalDate published, String sentenceText, int sentenceBase) {
    DateExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateExpression raw : clauseDates) {
      DateExpression d = forward(raw, status, published);
      if (!consistent(d, status, published) || spanStart(d, sentenceText, sentenceBase)) {
        continue;
      }
      int distance = d.begin() >= trigger ? d.begin() - trigger : trigger - d.end();
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * "since the beginning of 2022": the date opens a span the event falls in, it does not date the
   * event. A possessive date names the event itself: "the toll from Monday's strike".
   */
  private static boolean spanStart(DateExpression d, String sentenceText, int sentenceBase) {
    int at = d.begin() - sentenceBase;
    boolean possessive = d.text().endsWith("'s") || d.text().endsWith("\u2019s");
    return at > 0 && !possessive && SPAN_START.matcher(sentenceText.substring(Math.max(0, at - 12), at)).find();
  }

  /** Something planned or threatened cannot be dated before publication (periods: before its start). */
  private static boolean consistent(DateExpression d, EventStatus status, LocalDate published) {
    if (!status.forwardLooking()) {
      return true;
    }
    LocalDate start = d.start().orElseThrow();
    return switch (d.precision()) {
      case DAY -> !start.isBefore(published);
      case WEEK -> !start.plusDays(6).isBefore(published);
      case MONTH -> !start.plusMonths(1).minusDays(1).isBefore(published);
      default -> start.getYear() >= published.getYear();
    };
  }
}
