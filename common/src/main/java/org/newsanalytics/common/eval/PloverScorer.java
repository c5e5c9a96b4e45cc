package org.newsanalytics.common.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsanalytics.common.events.EventFinder;
import org.newsanalytics.common.events.EventTaxonomy;
import org.newsanalytics.common.events.EventType;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.SentenceSplitter;

/**
 * Scores {@link EventFinder} on PLOVER gold records, each record's sentence read as an article
 * of its own (no entities, dated 2000-01-01 as the records are).
 *
 * <p>Mapping, from the taxonomy file: a record is <em>mapped</em> when its gold category is one
 * a taxonomy type covers whole ({@code plover_covers: true}: ASSAULT and FIGHT → ATTACK,
 * CONSULT → TALKS, SANCTION → SANCTION, AGREE → AGREEMENT). A mention stands for the PLOVER
 * category {@link EventTaxonomy#ploverCode} gives it: its status's category where PLOVER codes
 * the modality as an event (threatened → THREATEN, called_for → DEMAND, rejected → REJECT),
 * none for negated and hypothetical mentions, else its type's.
 *
 * <p>PLOVER codes one event per record, the sentence's main one, so each record gets at most
 * one predicted category: that of its first mention outside a background clause ("after 12
 * days of battles", "where 28 people were killed"); a record whose mentions are all in the
 * background gets none, since its main event is not one the taxonomy covers.
 *
 * <ul>
 *   <li>Per type (any mention counts): a record is predicted as the type when a mention of it
 *       stands for one of the type's own categories; precision over those records, recall over
 *       the records whose gold is one of the type's categories (for the partly-covering types,
 *       CEASEFIRE and PRISONER_EXCHANGE, recall is reported but measures little).</li>
 *   <li>Mapped-type accuracy: the share of mapped records whose predicted category is the gold
 *       one (ASSAULT and FIGHT count as one: ATTACK stands for both).</li>
 *   <li>False types: the share of unmapped records given a category other than their gold (a
 *       CEASEFIRE mention on a RETREAT record, or a threatened SANCTION on a THREATEN record, is
 *       not false).</li>
 * </ul>
 */
public final class PloverScorer {
  private static final LocalDate RECORD_DATE = LocalDate.of(2000, 1, 1);

  /** Scores, plus the misclassified records for inspection. */
  public record Result(int records, Map<String, Prf> perType, int mapped, int mappedCorrect, int unmapped,
      int unmappedWithFalseType, Set<String> outOfScope, List<String> errors) {
    public double mappedAccuracy() {
      return mapped == 0 ? 0 : (double) mappedCorrect / mapped;
    }

    public double falseTypeShare() {
      return unmapped == 0 ? 0 : (double) unmappedWithFalseType / unmapped;
    }
  }

  /** Words that put an event in the background of a sentence: "after 12 days of battles". */
  private static final Pattern BACKGROUND = Pattern.compile("\\b(?:after|following|since|where|which|before|during"
      + "|amid|despite|in the wake of|caused by|over|that (?:was|were|had been|has been))\\b[^,;]*$", Pattern.CASE_INSENSITIVE);

  private PloverScorer() {}

  /** True when the trigger at {@code at} sits in a background clause or phrase of its sentence. */
  static boolean background(String text, int at) {
    int from = Math.max(Math.max(text.lastIndexOf(',', at - 1), text.lastIndexOf(';', at - 1)) + 1, 0);
    return BACKGROUND.matcher(text.substring(from, at)).find();
  }

  public static Result score(List<PloverRecord> records, EventFinder finder) {
    EventTaxonomy taxonomy = finder.taxonomy();
    Map<String, String> mappedTo = new HashMap<>();
    Set<String> known = new TreeSet<>(taxonomy.statusCategories());
    for (EventType t : taxonomy.types()) {
      known.addAll(t.plover());
      if (t.ploverCovers()) {
        t.plover().forEach(p -> mappedTo.putIfAbsent(p, t.name()));
      }
    }
    Map<String, int[]> counts = new LinkedHashMap<>(); // type -> {tp, predicted, gold}
    taxonomy.types().forEach(t -> counts.put(t.name(), new int[3]));
    int mapped = 0;
    int mappedCorrect = 0;
    int unmapped = 0;
    int falseTypes = 0;
    Set<String> outOfScope = new TreeSet<>();
    List<String> errors = new ArrayList<>();
    for (PloverRecord r : records) {
      ArticleDoc doc = new ArticleDoc(r.id(), RECORD_DATE, r.text(), SentenceSplitter.split(r.text()), List.of());
      List<EventMention> mentions = finder.find(doc);
      Set<String> predictedTypes = new TreeSet<>();
      Optional<String> primaryCode = Optional.empty();
      EventType primaryType = null;
      for (EventMention m : mentions) {
        EventType type = taxonomy.type(m.eventType()).orElseThrow();
        Optional<String> code = taxonomy.ploverCode(type, m.status());
        if (code.isEmpty()) {
          continue;
        }
        if (type.plover().contains(code.get())) {
          predictedTypes.add(type.name());
        }
        if (primaryCode.isEmpty() && !background(r.text(), m.begin())) {
          primaryCode = code;
          primaryType = type;
        }
      }
      boolean agrees = primaryCode.isPresent() && (primaryCode.get().equals(r.event())
          || primaryType.plover().contains(primaryCode.get()) && primaryType.plover().contains(r.event()));
      for (EventType t : taxonomy.types()) {
        int[] c = counts.get(t.name());
        boolean gold = t.plover().contains(r.event());
        boolean predicted = predictedTypes.contains(t.name());
        c[0] += gold && predicted ? 1 : 0;
        c[1] += predicted ? 1 : 0;
        c[2] += gold ? 1 : 0;
      }
      String target = mappedTo.get(r.event());
      if (target != null) {
        mapped++;
        if (agrees) {
          mappedCorrect++;
        } else {
          errors.add(r.id() + "\tMISSED " + r.event() + "\tgot " + primaryCode.orElse("-") + "\t" + r.text());
        }
      } else {
        unmapped++;
        if (!known.contains(r.event())) {
          outOfScope.add(r.event());
        }
        if (primaryCode.isPresent() && !agrees) {
          falseTypes++;
          errors.add(r.id() + "\tFALSE " + r.event() + "\tgot " + primaryCode.get() + "\t" + r.text());
        }
      }
    }
    Map<String, Prf> perType = new LinkedHashMap<>();
    counts.forEach((t, c) -> perType.put(t, new Prf(c[0], c[1], c[2])));
    return new Result(records.size(), perType, mapped, mappedCorrect, unmapped, falseTypes, outOfScope, errors);
  }
}
