package org.newsanalytics.common.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reuters-21578 SGML ({@code reut2-*.sgm}): one {@code <REUTERS>} element per story, dated
 * like {@code 26-FEB-1987 15:01:01.79}. The dateline is kept at the start of the text, as the
 * wire printed it; the closing "Reuter" signature is dropped. Stories without a body (TYPE
 * BRIEF: headline only; TYPE UNPROC: unformatted tables) are refused as {@code no_body}.
 */
public final class ReutersSgmlReader implements RecordReader {
  private static final Pattern STORY = Pattern.compile("<REUTERS\\b([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern TEXT_TYPE = Pattern.compile("<TEXT\\s+TYPE=\"(\\w+)\"");
  private static final Pattern SIGNATURE = Pattern.compile("\\n[ \\t]*Reuters?\\s*(&#3;)?\\s*$");
  // wire framing after the time (&#5;&#5;&#5;RM) is not part of the date
  private static final Pattern DATE_PREFIX = Pattern.compile(
      "^\\s*(\\d{1,2}-[A-Za-z]{3}-\\d{4})(?:\\s+((\\d{1,2}):\\d{2}:\\d{2}(?:\\.\\d+)?))?");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot|apos);");

  @Override
  public void read(String inputFile, String content, String defaultSource, RecordSink sink) {
    Matcher story = STORY.matcher(content);
    int stories = 0;
    while (story.find()) {
      stories++;
      Matcher id = NEWID.matcher(story.group(1));
      String ref = id.find() ? "NEWID=" + id.group(1) : "story " + stories;
      String body = story.group(2);
      String date = element(body, "DATE");
      String title = element(body, "TITLE");
      String text = element(body, "BODY");
      if (text == null) {
        Matcher type = TEXT_TYPE.matcher(body);
        String kind = type.find() ? type.group(1) : "none";
        String what = switch (kind) {
          case "BRIEF" -> "headline only";
          case "UNPROC" -> "unformatted table text";
          default -> "no text";
        };
        sink.reject(new Reject(inputFile, ref, RejectReason.NO_BODY,
            "Reuters story " + ref + " has no <BODY> (TYPE=" + kind + ": " + what + ")", story.group()));
        continue;
      }
      String dateline = element(body, "DATELINE");
      String cleaned = unescape(SIGNATURE.matcher(text).replaceAll(""));
      String full = dateline == null ? cleaned : unescape(dateline).strip() + " " + cleaned.stripLeading();
      sink.accept(new RawRecord(inputFile, ref, defaultSource, null,
          title == null ? null : unescape(title).strip(), date == null ? null : wireDate(date), full));
    }
    if (stories == 0) {
      sink.reject(new Reject(inputFile, "file", RejectReason.MALFORMED_RECORD,
          "no <REUTERS> story found; is this Reuters-21578 SGML?", content));
    }
  }

  /**
   * The date as the wire sent it, without trailing framing. A garbled time ("605:12:19.12")
   * keeps the date: the day is what the analytics need.
   */
  static String wireDate(String raw) {
    Matcher m = DATE_PREFIX.matcher(unescape(raw));
    if (!m.find()) {
      return raw.strip();
    }
    boolean timeValid = m.group(2) != null && Integer.parseInt(m.group(3)) < 24;
    return timeValid ? m.group(1) + " " + m.group(2) : m.group(1);
  }

  private static String element(String body, String tag) {
    int open = body.indexOf("<" + tag + ">");
    if (open < 0) {
      return null;
    }
    int start = open + tag.length() + 2;
    int close = body.indexOf("</" + tag + ">", start);
    return close < 0 ? body.substring(start) : body.substring(start, close);
  }

  static String unescape(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String replacement = switch (e) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> {
          int code = Integer.parseInt(e.substring(1));
          // control characters (&#2; &#3; ...) are wire framing, not text
          yield code < 32 && code != 10 ? "" : new String(Character.toChars(code));
        }
      };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
