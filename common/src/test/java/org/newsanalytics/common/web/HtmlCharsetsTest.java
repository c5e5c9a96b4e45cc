package org.newsanalytics.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetsTest {
  private static final String PAGE = "<html><head>%s</head><body><p>Größe: 5 €</p></body></html>";

  @Test
  void httpHeaderWinsOverMeta() {
    byte[] bytes = String.format(PAGE, "<meta charset='utf-8'>").getBytes(Charset.forName("windows-1252"));
    HtmlCharsets.Decoded d = HtmlCharsets.decode(bytes, "text/html; charset=windows-1252");
    assertEquals("windows-1252", d.charset());
    assertTrue(d.text().contains("Größe: 5 €"));
  }

  @Test
  void byteOrderMarkWinsOverMeta() {
    byte[] body = String.format(PAGE, "<meta charset='iso-8859-2'>").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertTrue(HtmlCharsets.decode(bytes, null).text().contains("Größe: 5 €"));
  }

  @Test
  void metaCharsetIsUsedWithoutHeader() {
    byte[] bytes = String.format(PAGE, "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-15'>")
        .getBytes(Charset.forName("ISO-8859-15"));
    assertTrue(HtmlCharsets.decode(bytes, null).text().contains("Größe: 5 €"));
  }

  @Test
  void undeclaredLatinBytesAreDetectedAsWindows1252() {
    byte[] bytes = String.format(PAGE, "").getBytes(Charset.forName("windows-1252"));
    HtmlCharsets.Decoded d = HtmlCharsets.decode(bytes, null);
    assertEquals("windows-1252", d.charset());
    assertTrue(d.text().contains("Größe: 5 €"));
  }

  @Test
  void unknownDeclaredCharsetIsRefused() {
    HtmlCharsets.Decoded d = HtmlCharsets.decode(String.format(PAGE, "<meta charset='x-klingon-7'>").getBytes(StandardCharsets.US_ASCII), null);
    assertFalse(d.ok());
    assertEquals("declared charset 'x-klingon-7' is not supported", d.unsupported());
  }
}
