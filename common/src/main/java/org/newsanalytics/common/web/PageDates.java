package org.newsanalytics.common.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds a page's publication date, in the order of trust the issue sets: JSON-LD
 * {@code datePublished}, meta tags ({@code article:published_time} and kin, microdata),
 * {@code <time datetime>}, the URL path, a visible dateline; the caller falls back to the crawl
 * date. The day is kept as the page writes it (no shift to UTC), so "day exact" means the
 * page's own calendar day.
 */
public final class PageDates {
  /** Where a date came from; the code goes into {@code articles.date_source}. */
  public enum Source {
    JSON_LD("json_ld"), META("meta"), TIME_ELEMENT("time_element"), URL("url"), DATELINE("dateline"),
    CRAWL("crawl_date"), FILE_TIME("file_time");

    private final String code;

    Source(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public record Found(LocalDate date, Source source) {}

  private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final Pattern JSON_LD_CREATED = Pattern.compile("\"dateCreated\"\\s*:\\s*\"([^\"]{8,40})\"");
  /** Meta names and properties that carry the first publication, most specific first. */
  private static final List<String> META_NAMES = List.of(
      "article:published_time", "og:published_time", "og:article:published_time", "article:published",
      "datepublished", "published_time", "publishdate", "publish-date", "publish_date", "pubdate", "published-date",
      "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date", "dc.date.issued",
      "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "created",
      "article.published", "og:pubdate");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  /** A time of day followed by a UTC designator. */
  private static final Pattern UTC_MARK = Pattern.compile("\\d:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+\\-]00:?00|GMT|UTC)", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_YMD = Pattern.compile("/((?:19|20)\\d{2})[/\\-_]?(0[1-9]|1[0-2])[/\\-_]?(0[1-9]|[12]\\d|3[01])(?:[/\\-_.]|$)");
  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH_WORDS = String.join("|", MONTHS.keySet().stream()
      .sorted((a, b) -> b.length() - a.length()).toList());
  private static final Pattern DMY_NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern DMY_WORDS = Pattern.compile("(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:de\\s+)?("
      + MONTH_WORDS + ")\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MDY_WORDS = Pattern.compile("(?<![\\p{L}])(" + MONTH_WORDS
      + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern YMD_TEXT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern DMY_SLASH = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)");
  /** Compiled once: jsoup parses a CSS query string on every {@code select(String)} call. */
  private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");
  private static final Evaluator JSON_LD_SCRIPTS = QueryParser.parse("script[type*=ld+json]");
  private static final Evaluator ITEMPROP_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
  private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");
  private static final Set<String> SKIP_TEXT = Set.of("script", "style", "noscript", "template");
  /** Class/id words of an element that shows the publication date (matched anywhere in the names). */
  private static final ClassWords DATE_MARKS = ClassWords.anywhere("date", "datum", "fecha", "publish", "publication",
      "posted", "submitted", "author", "created", "byline", "dateline", "time", "meta", "info", "topline");
  private static final ClassWords UPDATE_MARKS = ClassWords.anywhere("update", "modified", "lastmod", "aktualisiert", "comment",
      "event", "current", "today");
  private static final int MARKED_DATE_MAX_CHARS = 120;
  private static final Pattern DMY_SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
  /** How much visible text after the headline a dateline may sit in. */
  private static final int DATELINE_WINDOW_CHARS = 1500;

  private PageDates() {}

  /** The most trusted date the page states; empty when it states none (the caller uses the crawl date). */
  public static Optional<Found> find(Document doc, String url, String title) {
    for (Element script : doc.select(JSON_LD_SCRIPTS)) {
      String json = script.data();
      Optional<LocalDate> d = firstIso(JSON_LD_PUBLISHED.matcher(json), url);
      if (d.isEmpty()) {
        d = firstIso(JSON_LD_CREATED.matcher(json), url);
      }
      if (d.isPresent()) {
        return Optional.of(new Found(d.get(), Source.JSON_LD));
      }
    }
    List<Element> metas = doc.select(META_WITH_CONTENT);
    for (String name : META_NAMES) {
      for (Element meta : metas) {
        String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
        if (key.equalsIgnoreCase(name)) {
          Optional<LocalDate> d = parseAny(meta.attr("content")).map(day -> siteDay(meta.attr("content"), day, url));
          if (d.isPresent()) {
            return Optional.of(new Found(d.get(), Source.META));
          }
        }
      }
    }
    for (Element e : doc.select(ITEMPROP_PUBLISHED)) {
      Optional<LocalDate> d = parseAny(e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text());
      if (d.isPresent()) {
        return Optional.of(new Found(d.get(), Source.META));
      }
    }
    Optional<LocalDate> time = timeElement(doc);
    if (time.isPresent()) {
      return Optional.of(new Found(time.get(), Source.TIME_ELEMENT));
    }
    if (url != null) {
      Matcher m = URL_YMD.matcher(url);
      if (m.find()) {
        Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
        if (d.isPresent()) {
          return Optional.of(new Found(d.get(), Source.URL));
        }
      }
    }
    Optional<LocalDate> visible = dateline(doc, title);
    if (visible.isEmpty()) {
      visible = markedDate(doc);
    }
    return visible.map(d -> new Found(d, Source.DATELINE));
  }

  /**
   * A short element named as a date ({@code class="date"}, {@code post-created}, {@code publication},
   * {@code datum}, {@code fecha}...) whose text is a date: datelines sit far from the headline on
   * pages with long menus. The first in page order; dates of comments and updates are left out.
   */
  static Optional<LocalDate> markedDate(Document doc) {
    if (doc.body() == null) {
      return Optional.empty();
    }
    for (Element e : doc.body().getAllElements()) {
      String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (marks.isBlank() || !DATE_MARKS.matches(marks) || UPDATE_MARKS.matches(marks) || inComment(e)) {
        continue;
      }
      String text = e.text();
      if (text.length() < 6 || text.length() > MARKED_DATE_MAX_CHARS || holdsUpdateMark(e)) {
        continue;
      }
      Optional<LocalDate> d = firstInText(text);
      if (d.isEmpty()) {
        d = shortYear(text);
      }
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** A short wrapper ("footer-info") whose date sits in a child marked as an update ("footer-info-lastmod"). */
  private static boolean holdsUpdateMark(Element e) {
    for (Element child : e.getAllElements()) {
      if (child != e && UPDATE_MARKS.matches((child.className() + " " + child.id()).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "28.01.22": a day-first numeric date with a two-digit year, read only inside an element named as a date. */
  private static Optional<LocalDate> shortYear(String text) {
    Matcher m = DMY_SHORT_YEAR.matcher(text);
    return m.find() ? date("20" + m.group(3), m.group(2), m.group(1)) : Optional.empty();
  }

  /** A {@code <time>} marked as the publication, else the first one with a datetime. */
  private static Optional<LocalDate> timeElement(Document doc) {
    List<Element> times = doc.select(TIME_WITH_DATETIME);
    for (Element t : times) {
      String marks = (t.className() + " " + t.id() + " " + t.parent().className()).toLowerCase(Locale.ROOT);
      if (t.hasAttr("pubdate") || marks.contains("publish") || marks.contains("entry-date") || marks.contains("post-date")) {
        Optional<LocalDate> d = parseAny(t.attr("datetime"));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (Element t : times) {
      String marks = (t.className() + " " + t.parent().className()).toLowerCase(Locale.ROOT);
      if (marks.contains("updated") || marks.contains("modified") || inComment(t)) {
        continue;
      }
      Optional<LocalDate> d = parseAny(t.attr("datetime"));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static boolean inComment(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String marks = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
      if (marks.contains("comment")) {
        return true;
      }
    }
    return false;
  }

  /** The first date written in the visible text near the headline (from a little before it). */
  static Optional<LocalDate> dateline(Document doc, String title) {
    StringBuilder text = new StringBuilder();
    collectText(doc.body(), text);
    String all = text.toString();
    int start = 0;
    if (title != null && title.length() >= 8) {
      int at = all.indexOf(title.length() > 60 ? title.substring(0, 60) : title);
      if (at >= 0) {
        start = Math.max(0, at - 300);
      }
    }
    String window = all.substring(start, Math.min(all.length(), start + DATELINE_WINDOW_CHARS + 300));
    Optional<LocalDate> found = firstInText(window);
    return found.isPresent() || start == 0 ? found : firstInText(all.substring(0, Math.min(all.length(), DATELINE_WINDOW_CHARS)));
  }

  private static void collectText(Element e, StringBuilder out) {
    if (e == null) {
      return;
    }
    for (var node : e.childNodes()) {
      if (node instanceof org.jsoup.nodes.TextNode t) {
        out.append(t.text());
      } else if (node instanceof Element child && !SKIP_TEXT.contains(child.normalName())) {
        if (child.isBlock()) {
          out.append(' ');
        }
        collectText(child, out);
        if (child.isBlock()) {
          out.append(' ');
        }
      }
    }
  }

  /** The earliest-placed date expression in a text, of any supported form. */
  static Optional<LocalDate> firstInText(String text) {
    int best = Integer.MAX_VALUE;
    LocalDate found = null;
    for (Pattern p : List.of(DMY_NUMERIC, DMY_WORDS, MDY_WORDS, YMD_TEXT, DMY_SLASH)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.start() >= best) {
          break;
        }
        Optional<LocalDate> d = p == MDY_WORDS ? date(m.group(3), month(m.group(1)), m.group(2))
            : p == YMD_TEXT ? date(m.group(1), m.group(2), m.group(3))
            : p == DMY_WORDS ? date(m.group(3), month(m.group(2)), m.group(1))
            : date(m.group(3), m.group(2), m.group(1));
        if (d.isPresent()) {
          best = m.start();
          found = d.get();
          break;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** An ISO date at the start of an attribute value, or a written date. */
  static Optional<LocalDate> parseAny(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(value);
    if (m.find() && m.start() < 3) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    return firstInText(value);
  }

  private static Optional<LocalDate> firstIso(Matcher m, String url) {
    while (m.find()) {
      String value = m.group(1);
      Optional<LocalDate> d = parseAny(value);
      if (d.isPresent()) {
        return Optional.of(siteDay(value, d.get(), url));
      }
    }
    return Optional.empty();
  }

  /**
   * A timestamp written in UTC ({@code Z}, {@code +00:00}, GMT) falls on the next UTC day for an
   * evening publication west of Greenwich; when the page's URL holds a full date exactly one day
   * earlier, that is the site's own calendar day of the same instant, and it is kept. Else the
   * instant is read in the zone of the site's country domain, where {@link SiteZones} knows one.
   */
  static LocalDate siteDay(String value, LocalDate day, String url) {
    if (url == null || !UTC_MARK.matcher(value).find()) {
      return day;
    }
    Matcher m = URL_YMD.matcher(url);
    if (m.find()) {
      Optional<LocalDate> inUrl = date(m.group(1), m.group(2), m.group(3));
      if (inUrl.isPresent() && inUrl.get().equals(day.minusDays(1))) {
        return inUrl.get();
      }
    }
    return SiteZones.localDay(value, day, url);
  }

  private static String month(String word) {
    Integer n = MONTHS.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
    return n == null ? "0" : n.toString();
  }

  private static Optional<LocalDate> date(String y, String m, String d) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return date.getYear() >= 1990 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian and Ukrainian (genitive) month names and common abbreviations. */
  private static Map<String, Integer> months() {
    String[][] names = {
        {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "stycznia", "janeiro", "januari", "января", "січня"},
        {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "lutego", "fevereiro", "februari", "февраля", "лютого"},
        {"march", "mar", "märz", "maerz", "mars", "marzo", "marca", "março", "maart", "марта", "березня"},
        {"april", "apr", "avril", "abril", "aprile", "kwietnia", "апреля", "квітня"},
        {"may", "mai", "mayo", "maggio", "maja", "maio", "mei", "мая", "травня"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "czerwca", "junho", "июня", "червня"},
        {"july", "jul", "juli", "juillet", "julio", "luglio", "lipca", "julho", "июля", "липня"},
        {"august", "aug", "août", "aout", "agosto", "sierpnia", "augustus", "августа", "серпня"},
        {"september", "sep", "sept", "septembre", "septiembre", "settembre", "września", "setembro", "сентября", "вересня"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "października", "outubro", "октября", "жовтня"},
        {"november", "nov", "novembre", "noviembre", "listopada", "novembro", "ноября", "листопада"},
        {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "grudnia", "dezembro", "декабря", "грудня"}};
    Map<String, Integer> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }

  static List<String> metaNames() {
    return new ArrayList<>(META_NAMES);
  }
}
