package org.newsanalytics.common.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.newsanalytics.common.web.HtmlCharsets;
import org.newsanalytics.common.web.WebPage;
import org.newsanalytics.common.web.WebPageParser;

/** Runs this project's page reader over the gold pages (no Spark) and scores each. */
public final class HtmlExtractionRun {
  private HtmlExtractionRun() {}

  public static List<HtmlExtractionScorer.PageScore> run(List<HtmlGold.Page> pages) {
    List<HtmlExtractionScorer.PageScore> scores = new ArrayList<>();
    for (HtmlGold.Page page : pages) {
      scores.add(HtmlExtractionScorer.score(page, extract(page)));
    }
    return scores;
  }

  static HtmlExtractionScorer.Extraction extract(HtmlGold.Page page) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(page.html());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the gold page " + page.html() + ": " + e.getMessage(), e);
    }
    HtmlCharsets.Decoded decoded = HtmlCharsets.decode(bytes, null);
    if (!decoded.ok()) {
      return new HtmlExtractionScorer.Extraction(null, null, null);
    }
    WebPage web = WebPageParser.read(WebPageParser.parse(decoded.text(), page.url()), page.url());
    return new HtmlExtractionScorer.Extraction(web.text(), web.title(),
        web.published() == null ? null : web.published().toString());
  }
}
