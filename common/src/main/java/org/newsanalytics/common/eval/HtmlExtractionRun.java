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

  /** Scores a peer's output: a JSON object {url: {"text", "title", "date"}} (see tools/trafilatura_peer.py). */
  public static List<HtmlExtractionScorer.PageScore> peer(List<HtmlGold.Page> pages, java.nio.file.Path output) {
    com.fasterxml.jackson.databind.JsonNode root;
    try {
      root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(output.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the peer output " + output + ": " + e.getMessage(), e);
    }
    List<HtmlExtractionScorer.PageScore> scores = new ArrayList<>();
    for (HtmlGold.Page page : pages) {
      var got = root.path(page.url());
      String date = got.path("date").asText(null);
      scores.add(HtmlExtractionScorer.score(page, new HtmlExtractionScorer.Extraction(got.path("text").asText(null),
          got.path("title").asText(null), date == null || date.length() < 10 ? date : date.substring(0, 10))));
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
