package org.newsanalytics.common.extract;

/**
 * One mention of a named entity, with offsets [begin, end) into the article text.
 *
 * @param entityType PERSON, ORG, LOC, MISC, or a finer type from a gazetteer (COUNTRY, CITY,
 *     NEWS_AGENCY, ...); {@link #coarseType()} maps the finer ones back
 * @param canonicalName the name every alias of the entity resolves to ("Volodymyr Zelenskyy")
 * @param method "model" (the NER model), "gazetteer", or "rule"
 */
public record EntityMention(int sentenceIndex, int begin, int end, String text, String entityType,
    String canonicalName, String method, double confidence) {
  public EntityMention {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("Cannot make an entity mention from offsets [" + begin + ", " + end + ")");
    }
  }

  /** PERSON, ORG, LOC or MISC. */
  public String coarseType() {
    return coarseType(entityType);
  }

  /** PERSON, ORG, LOC or MISC for any entity or gazetteer type. */
  public static String coarseType(String entityType) {
    return switch (entityType) {
      case "PERSON", "PER" -> "PERSON";
      case "ORG", "NEWS_AGENCY", "GOVERNMENT", "COMPANY", "INTERNATIONAL_ORG", "ARMED_FORCES" -> "ORG";
      case "LOC", "COUNTRY", "CITY", "REGION", "GPE" -> "LOC";
      default -> "MISC";
    };
  }

  public EntityMention withCanonical(String type, String canonical, String byMethod, double conf) {
    return new EntityMention(sentenceIndex, begin, end, text, type, canonical, byMethod, conf);
  }
}
