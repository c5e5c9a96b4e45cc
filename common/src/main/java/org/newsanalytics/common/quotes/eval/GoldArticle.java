package org.newsanalytics.common.quotes.eval;

import java.util.List;

/** An article of a gold split: its name (file stem), text and attributions. */
public record GoldArticle(String name, String text, List<GoldAttribution> attributions) {
  public GoldArticle {
    attributions = List.copyOf(attributions);
  }
}
