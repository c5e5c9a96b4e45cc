package org.newsanalytics.common.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EntityMention;

/**
 * Turns the model's raw mentions of one article into the final ones: titles trimmed off
 * ("Kremlin spokesman Dmitry Peskov" → "Dmitry Peskov"), types PERSON/ORG/LOC/MISC or the
 * gazetteer's finer type, gazetteer names the model missed added, overlaps resolved, and a
 * canonical name on every mention: the gazetteer's, else the full name the article gives a bare
 * surname ("Umerov" → "Rustem Umerov"), else a normalised form of the text. Pure and stateless.
 */
public final class EntityResolver {
  public static final String METHOD_MODEL = "model";
  public static final String METHOD_GAZETTEER = "gazetteer";
  /** A curated alias found without the model: right name, but context never checked. */
  public static final double GAZETTEER_CONFIDENCE = 0.9;

  private static final String EDGE_PUNCTUATION = "\"'“”‘’«»()[]{},.;:!?*";

  private final Gazetteer gazetteer;

  public EntityResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** @param doc an article whose {@code entities} are the model's raw mentions (labels PER, ORG, LOC, MISC) */
  public List<EntityMention> resolve(ArticleDoc doc) {
    String text = doc.text();
    List<EntityMention> mentions = new ArrayList<>();
    for (EntityMention raw : doc.entities()) {
      trim(doc, raw).ifPresent(mentions::add);
    }
    addGazetteerMatches(doc, mentions);
    mentions.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end));
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      out.add(m.canonicalName() != null ? m : m.withCanonical(m.entityType(), canonical(m, mentions),
          m.method(), m.confidence()));
    }
    return out;
  }

  /** The model's label as the project's coarse type. */
  static String coarse(String label) {
    String l = label == null ? "" : label.toUpperCase(Locale.ROOT).replaceFirst("^[BIES]-", "");
    return switch (l) {
      case "PER", "PERSON" -> "PERSON";
      case "ORG", "ORGANIZATION", "ORGANISATION" -> "ORG";
      case "LOC", "LOCATION", "GPE" -> "LOC";
      default -> "MISC";
    };
  }

  /** Cuts punctuation, possessives and (for people) titles and descriptors off a model mention. */
  private Optional<EntityMention> trim(ArticleDoc doc, EntityMention raw) {
    String text = doc.text();
    String type = coarse(raw.entityType());
    int begin = raw.begin();
    int end = Math.min(raw.end(), text.length());
    while (begin < end && (Character.isWhitespace(text.charAt(begin)) || EDGE_PUNCTUATION.indexOf(text.charAt(begin)) >= 0)) {
      begin++;
    }
    end = trimEnd(text, begin, end);
    // leading words that describe rather than name: "the", "spokesman", "Kremlin", "Russian"
    while (begin < end) {
      int space = indexOfSpace(text, begin, end);
      if (space < 0) {
        break;
      }
      String word = text.substring(begin, space);
      boolean describes = Character.isLowerCase(word.charAt(0))
          || type.equals("PERSON") && (gazetteer.isTitle(word) || isNonPersonAlias(word));
      if (!describes) {
        break;
      }
      begin = space;
      while (begin < end && Character.isWhitespace(text.charAt(begin))) {
        begin++;
      }
    }
    if (end <= begin) {
      return Optional.empty();
    }
    String surface = text.substring(begin, end);
    Optional<Gazetteer.Entry> known = gazetteer.lookup(surface);
    String finalType = known.map(Gazetteer.Entry::type).orElse(type);
    // the sentence is looked up again: trimming may have moved the start
    return Optional.of(new EntityMention(sentenceIndex(doc, begin), begin, end, surface, finalType,
        known.map(Gazetteer.Entry::canonical).orElse(null), METHOD_MODEL, raw.confidence()));
  }

  private static int sentenceIndex(ArticleDoc doc, int offset) {
    return doc.sentences().isEmpty() ? 0 : doc.sentenceAt(offset).index();
  }

  private boolean isNonPersonAlias(String word) {
    return gazetteer.lookup(word).filter(e -> !e.type().equals("PERSON")).isPresent();
  }

  private static int trimEnd(String text, int begin, int end) {
    boolean changed = true;
    while (changed && end > begin) {
      changed = false;
      while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || EDGE_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0)
          && !isAbbreviationDot(text, begin, end)) {
        end--;
        changed = true;
      }
      String tail = text.substring(begin, end);
      for (String possessive : List.of("'s", "’s", "'S", "’S")) {
        if (tail.endsWith(possessive) && tail.length() > possessive.length()) {
          end -= possessive.length();
          changed = true;
        }
      }
    }
    return end;
  }

  /** The dot ending "U.S." or "J." belongs to the name: the last word has another dot or is one letter. */
  private static boolean isAbbreviationDot(String text, int begin, int end) {
    if (text.charAt(end - 1) != '.') {
      return false;
    }
    int wordStart = end - 1;
    while (wordStart > begin && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, end - 1);
    return word.indexOf('.') >= 0 || word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }

  private static int indexOfSpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Adds the gazetteer's matches the model missed. A match overlapping a model mention is
   * dropped (the model saw the context), unless it strictly contains it: then the longer,
   * curated name replaces the model's fragment ("Defence Council" inside "National Security
   * and Defence Council").
   */
  private void addGazetteerMatches(ArticleDoc doc, List<EntityMention> mentions) {
    for (Gazetteer.Match g : gazetteer.find(doc.text())) {
      List<EntityMention> overlapping = mentions.stream().filter(m -> m.begin() < g.end() && g.begin() < m.end()).toList();
      boolean containsAll = overlapping.stream().allMatch(m -> g.begin() <= m.begin() && m.end() <= g.end()
          && (m.end() - m.begin()) < (g.end() - g.begin()));
      if (!overlapping.isEmpty() && !containsAll) {
        continue;
      }
      double confidence = overlapping.stream().mapToDouble(EntityMention::confidence).max().orElse(GAZETTEER_CONFIDENCE);
      mentions.removeAll(overlapping);
      mentions.add(new EntityMention(sentenceIndex(doc, g.begin()), g.begin(), g.end(),
          doc.text().substring(g.begin(), g.end()), g.entry().type(), g.entry().canonical(), METHOD_GAZETTEER,
          Math.max(confidence, GAZETTEER_CONFIDENCE)));
    }
  }

  /**
   * A person named by one word takes the full name of the first person in the article whose
   * name ends with that word; anything else unknown gets a normalised form of its text.
   */
  private static String canonical(EntityMention m, List<EntityMention> all) {
    String name = normalise(m.text());
    if (m.coarseType().equals("PERSON") && !name.contains(" ")) {
      for (EntityMention other : all) {
        if (other != m && other.coarseType().equals("PERSON")) {
          String full = other.canonicalName() != null ? other.canonicalName() : normalise(other.text());
          if (full.contains(" ") && lastWord(full).equalsIgnoreCase(name)) {
            return full;
          }
        }
      }
    }
    return name;
  }

  private static String lastWord(String s) {
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  /** Straight apostrophes, single spaces, no leading "the"; letters and case as written. */
  static String normalise(String text) {
    String s = text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
        .replaceAll("\\s+", " ").strip();
    if (s.regionMatches(true, 0, "the ", 0, 4) && s.length() > 4) {
      s = s.substring(4);
    }
    return s;
  }
}
