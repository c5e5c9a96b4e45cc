package org.newsanalytics.common.quotes.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsanalytics.common.extract.Quote;

/**
 * Scores predicted quotes against gold attributions with the rule of issue 4: a prediction
 * matches a gold attribution when their content spans overlap by at least half of the longer
 * one; it is correctly attributed when, in addition, the speaker is right. Pairs are matched one
 * to one, largest overlap first.
 *
 * <p>Two speaker rules (issue 16), reported side by side; the strict one is the headline figure:
 * <ul>
 *   <li><b>lenient</b> (mention overlap): the predicted speaker mention overlaps the gold source, or
 *       the predicted canonical name names the gold source's person or organisation. The mention
 *       counts even when the finder marks whom it stands for unknown (an unresolved "they" at the
 *       gold's "they"): PolNeAR annotates mentions, not referents.
 *   <li><b>strict</b>: besides, a speaker marked {@link Quote#UNKNOWN_SPEAKER} is wrong, and so is
 *       one resolved to a different person than the gold source names (the mention overlaps, but
 *       the source names someone else). A gold source that names nobody (a pronoun, "officials")
 *       cannot show the referent, so there the overlap of a resolved speaker stands.
 * </ul>
 * In both, canonical names are compared by full name: a predicted "Hillary Clinton" names a gold
 * "Clinton" or "Mrs. Clinton" but not a gold "Bill Clinton". A gold attribution without a source
 * is correctly attributed only by a prediction that marks its speaker unknown.
 *
 * <p>Gold attributions with several content fragments are one relation ("…," he said. "…"), so
 * predicted direct quotes in a row that share one speaker mention are scored as one prediction
 * with several fragments. A partial quote that lies inside another predicted quote's content is
 * the same attribution seen twice and is not scored in the "all" set.
 *
 * <p>Direct quotes: gold attributions whose content starts with a quotation mark, against
 * predictions of kind direct. Besides, "direct, attributed only" scores the same gold against
 * only those direct predictions that name a speaker (not {@link Quote#UNKNOWN_SPEAKER}): how
 * often a speaker the finder commits to is right.
 */
public final class AttributionScorer {
  private AttributionScorer() {}

  /** A prediction as scored: its content fragments and speaker. */
  record Unit(List<Span> content, Quote quote) {
    int length() {
      return content.stream().mapToInt(Span::length).sum();
    }
  }

  public static QuoteScores score(List<GoldArticle> gold, List<List<Quote>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("Cannot score " + predicted.size() + " predictions against " + gold.size()
          + " gold articles");
    }
    return new QuoteScores(gold.size(), scoreSets(gold, predicted, true), scoreSets(gold, predicted, false));
  }

  private static QuoteScores.Sets scoreSets(List<GoldArticle> gold, List<List<Quote>> predicted, boolean strict) {
    Counts all = new Counts(0, 0, 0, 0);
    Counts direct = new Counts(0, 0, 0, 0);
    Counts directAttributedOnly = new Counts(0, 0, 0, 0);
    for (int i = 0; i < gold.size(); i++) {
      GoldArticle g = gold.get(i);
      List<Quote> quotes = predicted.get(i);
      all = all.plus(match(g, g.attributions(), units(quotes, false), strict));
      List<GoldAttribution> directGold = g.attributions().stream().filter(a -> isDirect(g.text(), a)).toList();
      List<Unit> directUnits = units(quotes, true);
      direct = direct.plus(match(g, directGold, directUnits, strict));
      List<Unit> withSpeaker = directUnits.stream().filter(u -> hasSpeaker(u.quote())).toList();
      directAttributedOnly = directAttributedOnly.plus(match(g, directGold, withSpeaker, strict));
    }
    return new QuoteScores.Sets(all, direct, directAttributedOnly);
  }

  /** The prediction commits to a speaker: it is not marked unknown. */
  static boolean hasSpeaker(Quote q) {
    return q.speakerCanonical() != null && !Quote.UNKNOWN_SPEAKER.equals(q.speakerCanonical());
  }

  /** Gold content inside quotation marks: it starts with one (straight, curly or two apostrophes). */
  static boolean isDirect(String text, GoldAttribution a) {
    Span first = a.content().get(0);
    String c = text.substring(first.begin(), first.end()).strip();
    // the NYT texts sometimes lost one apostrophe of the opening pair: 'Maybe the rain will stop …,''
    return c.startsWith("\"") || c.startsWith("“") || c.startsWith("''") || c.startsWith("``")
        || c.startsWith("'") && c.contains("''");
  }

  static List<Unit> units(List<Quote> quotes, boolean directOnly) {
    List<Quote> sorted = new ArrayList<>(quotes);
    sorted.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    List<Unit> out = new ArrayList<>();
    for (Quote q : sorted) {
      boolean isDirect = "direct".equals(q.kind());
      if (directOnly && !isDirect || !directOnly && "partial".equals(q.kind()) && insideAnother(q, sorted)) {
        continue;
      }
      Span span = new Span(q.begin(), q.end());
      Unit last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (isDirect && last != null && "direct".equals(last.quote().kind()) && q.speakerBegin() != null
          && Objects.equals(q.speakerBegin(), last.quote().speakerBegin())
          && Objects.equals(q.speakerEnd(), last.quote().speakerEnd())) {
        List<Span> frags = new ArrayList<>(last.content());
        frags.add(span);
        out.set(out.size() - 1, new Unit(frags, last.quote()));
      } else {
        out.add(new Unit(List.of(span), q));
      }
    }
    return out;
  }

  private static boolean insideAnother(Quote q, List<Quote> all) {
    for (Quote o : all) {
      if (o != q && !"partial".equals(o.kind()) && o.begin() <= q.begin() && q.end() <= o.end()) {
        return true;
      }
    }
    return false;
  }

  static Counts match(GoldArticle article, List<GoldAttribution> gold, List<Unit> predicted, boolean strict) {
    List<int[]> contentPairs = new ArrayList<>();
    List<int[]> attributedPairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      GoldAttribution a = gold.get(g);
      int goldLength = a.content().stream().mapToInt(Span::length).sum();
      for (int p = 0; p < predicted.size(); p++) {
        Unit u = predicted.get(p);
        int overlap = 0;
        for (Span gs : a.content()) {
          for (Span ps : u.content()) {
            overlap += gs.overlap(ps);
          }
        }
        if (overlap > 0 && 2 * overlap >= Math.max(goldLength, u.length())) {
          contentPairs.add(new int[] {g, p, overlap});
          if (rightSpeaker(article.text(), a, u.quote(), strict)) {
            attributedPairs.add(new int[] {g, p, overlap});
          }
        }
      }
    }
    return new Counts(gold.size(), predicted.size(), count(oneToOne(contentPairs, gold.size(), predicted.size())),
        count(oneToOne(attributedPairs, gold.size(), predicted.size())));
  }

  /** Which predictions are correctly attributed, one to one against the gold. */
  static boolean[] attributed(GoldArticle article, List<GoldAttribution> gold, List<Unit> predicted, boolean strict) {
    List<int[]> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      GoldAttribution a = gold.get(g);
      int goldLength = a.content().stream().mapToInt(Span::length).sum();
      for (int p = 0; p < predicted.size(); p++) {
        Unit u = predicted.get(p);
        int overlap = 0;
        for (Span gs : a.content()) {
          for (Span ps : u.content()) {
            overlap += gs.overlap(ps);
          }
        }
        if (overlap > 0 && 2 * overlap >= Math.max(goldLength, u.length()) && rightSpeaker(article.text(), a, u.quote(), strict)) {
          pairs.add(new int[] {g, p, overlap});
        }
      }
    }
    return oneToOne(pairs, gold.size(), predicted.size());
  }

  /**
   * Predictions and correct attributions per attribution rule, strict, over all attributions (the
   * "all" set): how often each rule is right, the precision its confidence should say.
   */
  public static java.util.SortedMap<String, Counts> perRule(List<GoldArticle> gold, List<List<Quote>> predicted) {
    java.util.SortedMap<String, Counts> out = new java.util.TreeMap<>();
    for (int i = 0; i < gold.size(); i++) {
      GoldArticle g = gold.get(i);
      List<Unit> units = units(predicted.get(i), false);
      boolean[] right = attributed(g, g.attributions(), units, true);
      for (int p = 0; p < units.size(); p++) {
        String rule = Objects.requireNonNullElse(units.get(p).quote().attributionRule(), "(none)");
        out.merge(rule, new Counts(0, 1, 0, right[p] ? 1 : 0), Counts::plus);
      }
    }
    return out;
  }

  private static int count(boolean[] used) {
    int n = 0;
    for (boolean b : used) {
      n += b ? 1 : 0;
    }
    return n;
  }

  private static boolean[] oneToOne(List<int[]> pairs, int nGold, int nPredicted) {
    pairs.sort((x, y) -> Integer.compare(y[2], x[2]));
    boolean[] goldUsed = new boolean[nGold];
    boolean[] predUsed = new boolean[nPredicted];
    for (int[] pair : pairs) {
      if (!goldUsed[pair[0]] && !predUsed[pair[1]]) {
        goldUsed[pair[0]] = true;
        predUsed[pair[1]] = true;
      }
    }
    return predUsed;
  }

  /** The lenient rule: the speaker mention overlaps the gold source, or its name names the source. */
  static boolean rightSpeaker(String text, GoldAttribution gold, Quote q) {
    return rightSpeaker(text, gold, q, false);
  }

  static boolean rightSpeaker(String text, GoldAttribution gold, Quote q, boolean strict) {
    boolean unknown = Quote.UNKNOWN_SPEAKER.equals(q.speakerCanonical());
    if (gold.source().isEmpty()) {
      return unknown;
    }
    if (strict && (unknown || q.speakerCanonical() == null)) {
      return false;
    }
    String source = String.join(" ", gold.source().stream().map(s -> text.substring(s.begin(), s.end())).toList());
    boolean person = "PERSON".equals(q.speakerType()) || "PRONOUN_RESOLVED".equals(q.speakerType());
    if (q.speakerBegin() != null && q.speakerEnd() != null) {
      Span speaker = new Span(q.speakerBegin(), q.speakerEnd());
      for (Span s : gold.source()) {
        if (s.overlap(speaker) > 0) {
          // strict: the right mention resolved to someone the source does not name is wrong
          return !strict || !person || !SpeakerNames.namesSomeone(source)
              || SpeakerNames.namesSamePerson(source, q.speakerCanonical());
        }
      }
    }
    if (unknown || q.speakerCanonical() == null) {
      return false;
    }
    if (person) {
      return SpeakerNames.namesSamePerson(source, q.speakerCanonical());
    }
    String canonical = SpeakerNames.normalise(q.speakerCanonical());
    return !canonical.isEmpty() && (" " + SpeakerNames.normalise(source) + " ").contains(" " + canonical + " ");
  }
}
