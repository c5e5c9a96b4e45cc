package org.newsanalytics.common.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.newsanalytics.common.events.EventFinder;
import org.newsanalytics.common.events.EventStatus;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.SentenceSplitter;

/**
 * Scores {@link EventFinder} on CASE 2021 task 2 snippets (ACLED-style subtypes), each snippet
 * read as an article dated 2021-01-15 with no entities, as {@code extract} would read it.
 *
 * <ul>
 *   <li>attack kinds (AIR_STRIKE, ART_MISS_ATTACK, ATTACK, SUIC_BOMB, REM_EXPLOS, GRENADE): right
 *       when the finder gives at least one ATTACK mention;</li>
 *   <li>AGREEMENT: right with at least one AGREEMENT, CEASEFIRE or PRISONER_EXCHANGE mention;</li>
 *   <li>unrelated kinds (protests, disasters, crime, arrests, group changes, new headquarters,
 *       peaceful territory transfers): wrong ("false") with any ATTACK or SANCTION mention;</li>
 *   <li>DISR_WEAP (weapons seized or defused): wrong with an ATTACK mention whose status is
 *       {@code occurred};</li>
 *   <li>other subtypes (armed clashes, chemical weapons, abductions...) are not scored.</li>
 * </ul>
 *
 * <p>Every figure is given for the whole file and for its odd and even ids: rules written from
 * the errors of one half and scored on the other show whether they generalise.
 */
public final class CaseScorer {
  private static final LocalDate SNIPPET_DATE = LocalDate.of(2021, 1, 15);
  static final Set<String> ATTACK_KINDS = Set.of("AIR_STRIKE", "ART_MISS_ATTACK", "ATTACK", "SUIC_BOMB", "REM_EXPLOS",
      "GRENADE");
  static final Set<String> AGREEMENT_KINDS = Set.of("AGREEMENT");
  static final Set<String> UNRELATED_KINDS = Set.of("PEACE_PROTEST", "NATURAL_DISASTER", "MAN_MADE_DISASTER",
      "ORG_CRIME", "ARREST", "HQ_ESTABLISHED", "CHANGE_TO_GROUP_ACT", "NON_VIOL_TERRIT_TRANSFER");
  static final String WEAPONS_DISRUPTED = "DISR_WEAP";
  private static final Set<String> AGREEING_TYPES = Set.of("AGREEMENT", "CEASEFIRE", "PRISONER_EXCHANGE");

  /** Counts {right or wrong, total} of one group of snippets. */
  public record Share(int hits, int total) {
    public double rate() {
      return total == 0 ? 0 : (double) hits / total;
    }

    String json() {
      return String.format(Locale.ROOT, "{\"rate\":%.4f,\"n\":%d,\"of\":%d}", rate(), hits, total);
    }

    String format() {
      return String.format(Locale.ROOT, "%.3f (%d/%d)", rate(), hits, total);
    }
  }

  /** The figures of one set of snippets (all, odd ids or even ids). */
  public record Figures(Share attack, Share agreement, Share mapped, Share unrelatedFalse, Share weaponsOccurred,
      Map<String, Share> errorsBySubtype) {
    public String json() {
      String errs = errorsBySubtype.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue().json())
          .collect(Collectors.joining(","));
      return "{\"attack_accuracy\":" + attack.json() + ",\"agreement_accuracy\":" + agreement.json()
          + ",\"mapped_accuracy\":" + mapped.json() + ",\"unrelated_false_rate\":" + unrelatedFalse.json()
          + ",\"disr_weap_occurred_attack_rate\":" + weaponsOccurred.json() + ",\"errors_by_subtype\":{" + errs
          + "}}";
    }

    public List<String> lines(String indent) {
      List<String> out = new ArrayList<>();
      out.add(indent + "attack accuracy               " + attack.format());
      out.add(indent + "agreement accuracy            " + agreement.format());
      out.add(indent + "mapped accuracy               " + mapped.format());
      out.add(indent + "false rate, unrelated kinds   " + unrelatedFalse.format());
      out.add(indent + "DISR_WEAP occurred-attack     " + weaponsOccurred.format());
      out.add(indent + "subtypes with most errors     " + errorsBySubtype.entrySet().stream().limit(6)
          .map(e -> e.getKey() + " " + e.getValue().hits() + "/" + e.getValue().total())
          .collect(Collectors.joining(", ")));
      return out;
    }
  }

  /** Whole file, odd ids, even ids; plus one TSV line per wrong snippet. */
  public record Result(int snippets, Figures all, Figures odd, Figures even, List<String> errors) {}

  private record Scored(CaseSnippet snippet, boolean scored, boolean right, String found) {}

  private CaseScorer() {}

  public static Result score(List<CaseSnippet> snippets, EventFinder finder) {
    List<Scored> scored = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (CaseSnippet s : snippets) {
      ArticleDoc doc = new ArticleDoc("case-" + s.id(), SNIPPET_DATE, s.text(), SentenceSplitter.split(s.text()),
          List.of());
      List<EventMention> mentions = finder.find(doc);
      Scored r = judge(s, mentions);
      scored.add(r);
      if (r.scored() && !r.right()) {
        errors.add(s.id() + "\t" + s.subType() + "\t" + r.found() + "\t" + s.text());
      }
    }
    return new Result(snippets.size(), figures(scored, id -> true), figures(scored, id -> id % 2 == 1),
        figures(scored, id -> id % 2 == 0), errors);
  }

  /** What the finder wrote, compactly: "ATTACK/occurred k=3, TALKS/planned". */
  public static String describe(List<EventMention> mentions) {
    if (mentions.isEmpty()) {
      return "-";
    }
    return mentions.stream().map(m -> m.eventType() + "/" + m.status() + "[" + m.triggerText() + "]"
            + (m.killed() == null ? "" : " k=" + m.killed()) + (m.injured() == null ? "" : " i=" + m.injured()))
        .collect(Collectors.joining(", "));
  }

  private static Scored judge(CaseSnippet s, List<EventMention> mentions) {
    String found = describe(mentions);
    String kind = s.subType();
    if (ATTACK_KINDS.contains(kind)) {
      return new Scored(s, true, mentions.stream().anyMatch(m -> m.eventType().equals("ATTACK")), found);
    }
    if (AGREEMENT_KINDS.contains(kind)) {
      return new Scored(s, true, mentions.stream().anyMatch(m -> AGREEING_TYPES.contains(m.eventType())), found);
    }
    if (UNRELATED_KINDS.contains(kind)) {
      return new Scored(s, true, mentions.stream()
          .noneMatch(m -> m.eventType().equals("ATTACK") || m.eventType().equals("SANCTION")), found);
    }
    if (kind.equals(WEAPONS_DISRUPTED)) {
      return new Scored(s, true, mentions.stream().noneMatch(m -> m.eventType().equals("ATTACK")
          && m.status().equals(EventStatus.OCCURRED.label())), found);
    }
    return new Scored(s, false, true, found);
  }

  private static Figures figures(List<Scored> all, IntPredicate ids) {
    List<Scored> part = all.stream().filter(r -> ids.test(r.snippet().id())).toList();
    Share attack = share(part, ATTACK_KINDS, true);
    Share agreement = share(part, AGREEMENT_KINDS, true);
    Share mapped = new Share(attack.hits() + agreement.hits(), attack.total() + agreement.total());
    Share unrelated = share(part, UNRELATED_KINDS, false);
    Share weapons = share(part, Set.of(WEAPONS_DISRUPTED), false);
    Map<String, int[]> perKind = new TreeMap<>();
    for (Scored r : part) {
      if (r.scored()) {
        int[] c = perKind.computeIfAbsent(r.snippet().subType(), k -> new int[2]);
        c[0] += r.right() ? 0 : 1;
        c[1]++;
      }
    }
    Map<String, Share> errorsBySubtype = new LinkedHashMap<>();
    perKind.entrySet().stream().filter(e -> e.getValue()[0] > 0)
        .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(e -> errorsBySubtype.put(e.getKey(), new Share(e.getValue()[0], e.getValue()[1])));
    return new Figures(attack, agreement, mapped, unrelated, weapons, errorsBySubtype);
  }

  /** Share of right snippets (wantRight) or of wrong ones among the kinds. */
  private static Share share(List<Scored> part, Set<String> kinds, boolean wantRight) {
    int total = 0;
    int hits = 0;
    for (Scored r : part) {
      if (kinds.contains(r.snippet().subType())) {
        total++;
        hits += r.right() == wantRight ? 1 : 0;
      }
    }
    return new Share(hits, total);
  }
}
