package org.newsanalytics.common.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page's bytes in the order the web trusts: the HTTP {@code Content-Type} charset, a
 * byte-order mark, a {@code <meta charset>} (or {@code http-equiv}) in the first 4 KB, then
 * detection (valid UTF-8, else Windows-1252, which browsers use for undeclared Latin-1).
 */
public final class HtmlCharsets {
  /** The text and the charset used; or, when a declared charset is unknown to Java, the reason. */
  public record Decoded(String text, String charset, String unsupported) {
    public boolean ok() {
      return unsupported == null;
    }
  }

  private static final int META_PROBE_BYTES = 4096;
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharsets() {}

  /** {@code contentType} is the HTTP header value, or null when the page came without one (a file). */
  public static Decoded decode(byte[] bytes, String contentType) {
    if (contentType != null) {
      Matcher m = CHARSET.matcher(contentType);
      if (m.find()) {
        return decodeAs(bytes, 0, m.group(1));
      }
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", null);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
    }
    Optional<String> declared = metaCharset(bytes);
    if (declared.isPresent()) {
      return decodeAs(bytes, 0, declared.get());
    }
    return detect(bytes);
  }

  /** The charset a {@code <meta>} tag declares in the head, read as ASCII. */
  static Optional<String> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_PROBE_BYTES), StandardCharsets.ISO_8859_1);
    Matcher meta = Pattern.compile("<meta[^>]+>", Pattern.CASE_INSENSITIVE).matcher(head);
    while (meta.find()) {
      Matcher m = CHARSET.matcher(meta.group());
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static Decoded decodeAs(byte[] bytes, int offset, String name) {
    Charset charset;
    try {
      charset = Charset.forName(alias(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return new Decoded(null, name, "declared charset '" + name + "' is not supported");
    }
    if (charset.equals(StandardCharsets.UTF_8)) {
      // pages that declare UTF-8 but are Latin-1 are common; browsers show them as Windows-1252
      return detect(bytes);
    }
    return new Decoded(new String(bytes, offset, bytes.length - offset, charset), charset.name(), null);
  }

  /** Browsers read these labels as their supersets (WHATWG Encoding Standard). */
  private static String alias(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return switch (n) {
      case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "iso_8859-1" -> "windows-1252";
      case "gb2312", "gbk" -> "GB18030";
      case "utf8" -> "UTF-8";
      default -> name;
    };
  }

  /** Valid UTF-8 is read as UTF-8 (one strict decoding pass, no separate validation), else as Windows-1252. */
  private static Decoded detect(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return new Decoded(text, "UTF-8", null);
    } catch (CharacterCodingException e) {
      Charset cp1252 = Charset.forName("windows-1252");
      return new Decoded(new String(bytes, cp1252), cp1252.name(), null);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
