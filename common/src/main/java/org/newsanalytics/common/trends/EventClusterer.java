package org.newsanalytics.common.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsanalytics.common.text.Hashes;

/**
 * Groups event mentions of one type into real events. Two mentions report the same event
 * when their resolved dates are within a tolerance that grows with the dates' imprecision,
 * and their locations, modes and actors do not contradict each other (an unknown is
 * compatible with anything). Talk rounds with a known number cluster by that number.
 * Deterministic: the same mentions give the same events and ids in any input order.
 */
public final class EventClusterer {
  // statuses from most to least realised: a cluster reports the first one any mention has
  private static final List<String> STATUS_ORDER = List.of("occurred", "planned", "called_for", "threatened",
      "rejected", "hypothetical", "negated");
  static final int ROUND_WINDOW_DAYS = 120;
  private static final Map<String, Integer> TOLERANCE_DAYS = Map.of(
      "day", 1, "week", 7, "month", 31, "year", 366, "unknown", 2, "recent", 2);
  /** A round told as "recent" (no date) is the same as one of the month before its report. */
  static final String RECENT = "recent";
  static final int RECENT_DAYS = 31;

  public List<EventCluster> cluster(List<MentionRecord> mentions) {
    List<MentionRecord> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparing(MentionRecord::eventDate).thenComparing(MentionRecord::publishedAt)
        .thenComparing(MentionRecord::mentionId));
    List<List<MentionRecord>> groups = new ArrayList<>();
    for (MentionRecord m : sorted) {
      List<MentionRecord> home = null;
      for (int i = groups.size() - 1; i >= 0 && home == null; i--) {
        List<MentionRecord> g = groups.get(i);
        if (compatible(g, m)) {
          home = g;
        } else if (tooFarBack(g, m)) {
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(m);
    }
    return groups.stream().map(EventClusterer::summarise).toList();
  }

  private static boolean tooFarBack(List<MentionRecord> group, MentionRecord m) {
    // groups are in date order; once a group's latest date is out of the widest reach, stop.
    // Mentions arrive sorted by date, so a group's latest date is its last mention's: no scan
    // of the group per look-back (that scan made clustering quadratic in the mentions).
    LocalDate latest = group.get(group.size() - 1).eventDate();
    return ChronoUnit.DAYS.between(latest, m.eventDate()) > 400;
  }

  static boolean compatible(List<MentionRecord> group, MentionRecord m) {
    MentionRecord first = group.get(0);
    if (!first.eventType().equals(m.eventType())) {
      return false;
    }
    if (m.talkRound() != null) {
      // a numbered round joins only its own round: the first mention that names the number
      // may open the group, unnumbered reports of the same meeting may join it later
      if (group.stream().noneMatch(g -> g.talkRound() != null)) {
        return false;
      }
      // a numbered round is one event whatever the dates of its announcements and later recaps,
      // and whether a report names the city or the palace; the same number months apart is
      // another negotiation
      return group.stream().filter(g -> g.talkRound() != null).allMatch(g -> g.talkRound().equals(m.talkRound()))
          && group.stream().anyMatch(g -> Math.abs(ChronoUnit.DAYS.between(g.eventDate(), m.eventDate())) <= ROUND_WINDOW_DAYS);
    }
    for (MentionRecord g : group) {
      long apart = Math.abs(ChronoUnit.DAYS.between(g.eventDate(), m.eventDate()));
      int tolerance = Math.max(tolerance(g.datePrecision()), tolerance(m.datePrecision()));
      if (apart > tolerance && !recentRecall(g, m)) {
        return false;
      }
    }
    // reports of one negotiation round at one venue name different delegates and advisers
    boolean sameVenue = m.location() != null && group.stream().anyMatch(g -> m.location().equalsIgnoreCase(g.location()));
    return locationsAgree(group, m) && agree(group, m, MentionRecord::eventMode) && (sameVenue || actorsAgree(group, m));
  }

  /**
   * The later of the two is a "recent" report (dated by its article) of the other, up to a month
   * earlier, or two such reports of one round.
   */
  private static boolean recentRecall(MentionRecord a, MentionRecord b) {
    MentionRecord later = a.eventDate().isAfter(b.eventDate()) ? a : b;
    MentionRecord earlier = later == a ? b : a;
    return RECENT.equals(later.datePrecision())
        && ChronoUnit.DAYS.between(earlier.eventDate(), later.eventDate()) <= RECENT_DAYS;
  }

  private static int tolerance(String precision) {
    return TOLERANCE_DAYS.getOrDefault(precision == null ? "unknown" : precision.toLowerCase(Locale.ROOT), 2);
  }

  private static boolean locationsAgree(List<MentionRecord> group, MentionRecord m) {
    return agree(group, m, MentionRecord::location);
  }

  private static boolean agree(List<MentionRecord> group, MentionRecord m, java.util.function.Function<MentionRecord, String> field) {
    String mine = field.apply(m);
    if (mine == null) {
      return true;
    }
    return group.stream().map(field).filter(Objects::nonNull).allMatch(v -> v.equalsIgnoreCase(mine));
  }

  private static boolean actorsAgree(List<MentionRecord> group, MentionRecord m) {
    Set<String> mine = parties(m);
    if (mine.isEmpty()) {
      return true;
    }
    Set<String> theirs = new HashSet<>();
    group.forEach(g -> theirs.addAll(parties(g)));
    return theirs.isEmpty() || theirs.stream().anyMatch(mine::contains);
  }

  private static Set<String> parties(MentionRecord m) {
    Set<String> s = new HashSet<>();
    if (m.actor() != null) {
      s.add(m.actor().toLowerCase(Locale.ROOT));
    }
    if (m.target() != null) {
      s.add(m.target().toLowerCase(Locale.ROOT));
    }
    return s;
  }

  private static EventCluster summarise(List<MentionRecord> group) {
    MentionRecord anchor = group.stream().min(Comparator.comparing(MentionRecord::mentionId)).orElseThrow();
    // the date most reports give among the most precise ones (a stray report should not move
    // the event), the earliest of those when tied
    int bestTolerance = group.stream().mapToInt(g -> tolerance(g.datePrecision())).min().orElseThrow();
    Map<LocalDate, Long> votes = new java.util.TreeMap<>();
    group.stream().filter(g -> tolerance(g.datePrecision()) == bestTolerance)
        .forEach(g -> votes.merge(g.eventDate(), 1L, Long::sum));
    LocalDate eventDate = votes.entrySet().stream().max(Map.Entry.<LocalDate, Long>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    MentionRecord dated = group.stream().filter(g -> g.eventDate().equals(eventDate)
        && tolerance(g.datePrecision()) == bestTolerance).findFirst().orElseThrow();
    Set<String> actors = new LinkedHashSet<>();
    group.stream().sorted(Comparator.comparing(MentionRecord::mentionId)).forEach(g -> {
      if (g.actor() != null) {
        actors.add(g.actor());
      }
      if (g.target() != null) {
        actors.add(g.target());
      }
    });
    String status = group.stream().map(MentionRecord::status).filter(Objects::nonNull)
        .min(Comparator.comparingInt(s -> STATUS_ORDER.indexOf(s) < 0 ? STATUS_ORDER.size() : STATUS_ORDER.indexOf(s)))
        .orElse(null);
    Instant first = group.stream().map(MentionRecord::publishedAt).min(Comparator.naturalOrder()).orElseThrow();
    Instant last = group.stream().map(MentionRecord::publishedAt).max(Comparator.naturalOrder()).orElseThrow();
    return new EventCluster(Hashes.id("event", anchor.eventType(), anchor.mentionId()), anchor.eventType(),
        mostCommon(group, MentionRecord::eventMode), dated.eventDate(), dated.datePrecision(),
        mostCommon(group, MentionRecord::location), List.copyOf(actors), status,
        group.stream().map(MentionRecord::talkRound).filter(Objects::nonNull).findFirst().orElse(null),
        first, last, group.size(),
        (int) group.stream().map(MentionRecord::articleId).distinct().count(),
        (int) group.stream().map(MentionRecord::source).filter(Objects::nonNull).distinct().count(),
        group.stream().map(MentionRecord::killed).filter(Objects::nonNull).min(Integer::compare).orElse(null),
        group.stream().map(MentionRecord::injured).filter(Objects::nonNull).min(Integer::compare).orElse(null),
        group.stream().map(MentionRecord::mentionId).sorted().toList());
  }

  private static String mostCommon(List<MentionRecord> group, java.util.function.Function<MentionRecord, String> field) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    group.stream().map(field).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1L, Long::sum));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
