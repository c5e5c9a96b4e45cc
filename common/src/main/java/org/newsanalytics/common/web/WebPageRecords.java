package org.newsanalytics.common.web;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsanalytics.common.ingest.RawRecord;
import org.newsanalytics.common.ingest.Reject;
import org.newsanalytics.common.ingest.RejectReason;

/**
 * One fetched HTML page → one raw record (headline, main text, date and its source) or one
 * reject: unsupported charset, too deep, not an article (error page, section front, video
 * page, link list) or no main text. Never throws for bad content.
 */
public final class WebPageRecords {
  private static final Pattern ERROR_TITLE = Pattern.compile(
      "\\b(?:404|403|410|500|not found|page not found|seite nicht gefunden|nicht gefunden|error|fehler|"
          + "access denied|forbidden)\\b", Pattern.CASE_INSENSITIVE);
  /** This many article teasers on one page with little prose of its own is a section front or tag page. */
  private static final int SECTION_FRONT_TEASERS = 5;

  private final WebLimits limits;

  public WebPageRecords(WebLimits limits) {
    this.limits = limits;
  }

  /**
   * @param contentType the HTTP Content-Type, or null for a page read from a file
   * @param fallbackDate the crawl (or file) time used when the page states no date; may be null
   */
  public void read(String inputFile, String recordRef, String source, String url, String contentType, byte[] bytes,
      Instant fallbackDate, PageDates.Source fallbackSource, WebSink sink) {
    if (bytes.length > limits.maxPageBytes()) {
      sink.reject(new Reject(inputFile, recordRef, RejectReason.PAGE_TOO_LARGE, String.format(Locale.ROOT,
          "page has %,d bytes, over the limit of %,d", bytes.length, limits.maxPageBytes()), null));
      return;
    }
    HtmlCharsets.Decoded decoded = HtmlCharsets.decode(bytes, contentType);
    if (!decoded.ok()) {
      sink.reject(new Reject(inputFile, recordRef, RejectReason.UNSUPPORTED_CHARSET, decoded.unsupported(), null));
      return;
    }
    String excerpt = decoded.text();
    Document doc = WebPageParser.parse(decoded.text(), url);
    int depth = depth(doc);
    if (depth > limits.maxDepth()) {
      sink.reject(new Reject(inputFile, recordRef, RejectReason.NESTING_TOO_DEEP, "elements nested " + depth
          + " deep, over the limit of " + limits.maxDepth(), excerpt));
      return;
    }
    WebPage page;
    try {
      page = WebPageParser.read(doc, url);
    } catch (StackOverflowError e) {
      sink.reject(new Reject(inputFile, recordRef, RejectReason.NESTING_TOO_DEEP, "elements nested too deep to read", excerpt));
      return;
    }
    String notArticle = notArticle(doc, page);
    if (notArticle != null) {
      sink.reject(new Reject(inputFile, recordRef, RejectReason.NOT_ARTICLE, notArticle, excerpt));
      return;
    }
    if (page.text().length() < limits.minMainTextChars()) {
      sink.reject(new Reject(inputFile, recordRef, RejectReason.NO_MAIN_TEXT, page.text().isEmpty()
          ? "no main text found" : "main text has " + page.text().length() + " characters, under "
          + limits.minMainTextChars(), excerpt));
      return;
    }
    String published;
    String dateSource;
    if (page.published() != null) {
      published = page.published().toString();
      dateSource = page.dateSource().code();
    } else if (fallbackDate != null) {
      published = fallbackDate.toString();
      dateSource = fallbackSource.code();
    } else {
      published = null;
      dateSource = null;
    }
    String id = url != null ? url : page.canonicalUrl();
    sink.accept(new RawRecord(inputFile, recordRef, source, id, page.title(), published, page.text(), dateSource));
  }

  /** Why a page that parsed is no article, or null when it may be one. */
  static String notArticle(Document doc, WebPage page) {
    String title = page.title() == null ? doc.title() : page.title();
    String ogType = meta(doc, "og:type");
    if (ogType != null && ogType.toLowerCase(Locale.ROOT).startsWith("video")) {
      return "a video page (og:type " + ogType + ")";
    }
    int text = page.text().length();
    if (text < 1000 && title != null && ERROR_TITLE.matcher(title).find()) {
      return "an error page (title '" + abbreviate(title) + "')";
    }
    int teasers = doc.select("article").size();
    if (teasers >= SECTION_FRONT_TEASERS && text < 1500) {
      return "a section front or tag page (" + teasers + " article teasers, " + text + " characters of main text)";
    }
    Element body = doc.body();
    if (body != null && text < 500 && MainTextExtractor.linkDensity(body) > 0.5) {
      return "a list of links (" + Math.round(100 * MainTextExtractor.linkDensity(body)) + "% of the text is links)";
    }
    return null;
  }

  private static String meta(Document doc, String property) {
    Element m = doc.selectFirst("meta[property=" + property + "][content]");
    return m == null ? null : m.attr("content");
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  /** The deepest element nesting, counted without recursion. */
  static int depth(Document doc) {
    int[] max = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(org.jsoup.nodes.Node node, int d) {
        if (d > max[0]) {
          max[0] = d;
        }
      }
    }, doc);
    return max[0];
  }
}
