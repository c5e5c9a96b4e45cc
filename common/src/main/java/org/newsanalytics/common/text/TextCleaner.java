package org.newsanalytics.common.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Turns raw article text into the form stored in {@code articles.text} and into the
 * normalised form used for identity and duplicate detection. Pure Java, no Spark.
 */
public final class TextCleaner {
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");
  private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032`´]");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033«»]");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6])\\s*/?\\s*>");
  // known lower-case HTML tags only: wire copy writes company names as <AMERICAN EXPRESS CO>
  private static final Pattern TAG = Pattern.compile("</?(p|br|div|span|a|b|i|u|em|strong|li|ul|ol|h[1-6]|table|tr|td|th"
      + "|tbody|thead|img|font|figure|figcaption|blockquote|section|article|header|footer|small|sup|sub|hr)"
      + "(\\s[^<>]{0,300})?/?>");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#x[0-9a-fA-F]{1,5}|amp|lt|gt|quot|apos|nbsp|mdash|ndash|rsquo|lsquo|rdquo|ldquo|hellip);");
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");

  private TextCleaner() {}

  /**
   * The stored text: Unicode NFC, Unix line ends, no BOM, zero-width or control characters,
   * no trailing spaces, at most one blank line between paragraphs. Words and punctuation are
   * kept as written so that offsets computed later point at what the author wrote.
   */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.replace("\r\n", "\n").replace('\r', '\n');
    s = stripHtml(s);
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    s = ZERO_WIDTH.matcher(s).replaceAll("");
    s = CONTROL.matcher(s).replaceAll("");
    s = s.replace('\u00A0', ' ').replace('\t', ' ');
    s = TRAILING_SPACE.matcher(s).replaceAll("\n");
    s = MANY_BLANK_LINES.matcher(s).replaceAll("\n\n");
    return s.strip();
  }

  /**
   * Removes remnants of HTML that scrapers leave in article text: block tags become line
   * breaks, other tags vanish, the common entities are decoded. Text without tags or entities
   * is returned as it is.
   */
  static String stripHtml(String s) {
    if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
      return s;
    }
    String out = BLOCK_TAG.matcher(s).replaceAll("\n\n");
    out = TAG.matcher(out).replaceAll("");
    java.util.regex.Matcher m = ENTITY.matcher(out);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r = switch (e) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        case "nbsp" -> " ";
        case "mdash" -> "\u2014";
        case "ndash" -> "\u2013";
        case "rsquo" -> "\u2019";
        case "lsquo" -> "\u2018";
        case "rdquo" -> "\u201D";
        case "ldquo" -> "\u201C";
        case "hellip" -> "\u2026";
        default -> {
          int code = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
          yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : m.group();
        }
      };
      m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(r));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * The identity form: case-folded, quotes and dashes unified, whitespace collapsed. Two
   * copies of a story that differ only in typography normalise to the same string.
   */
  public static String normalizeForIdentity(String text) {
    String s = Normalizer.normalize(clean(text), Normalizer.Form.NFKC);
    s = QUOTES.matcher(s).replaceAll("'");
    s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
    s = DASHES.matcher(s).replaceAll("-");
    s = WHITESPACE.matcher(s).replaceAll(" ");
    return s.toLowerCase(java.util.Locale.ROOT).strip();
  }

  /** True when the text has no letter or digit at all. */
  public static boolean isBlank(String text) {
    if (text == null) {
      return true;
    }
    return text.codePoints().noneMatch(Character::isLetterOrDigit);
  }
}
