package org.newsanalytics.common.ingest;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsanalytics.common.ingest.FileDecoder.Decoded;
import org.newsanalytics.common.ingest.FileDecoder.Policy;

class FileDecoderTest {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @ParameterizedTest(name = "[{index}] {0}")
  @EnumSource(Policy.class)
  void emptyFileIsRefused(Policy policy) {
    Reject reject = FileDecoder.decode("in/empty.txt", new byte[0], policy).reject();

    assertEquals(RejectReason.EMPTY_FILE, reject.reason());
    assertEquals("empty_file: file is empty (0 bytes)", reject.message());
    assertEquals("in/empty.txt", reject.inputFile());
    assertEquals("file", reject.recordRef());
  }

  static Stream<Arguments> binary() {
    return Stream.of(
        Arguments.of("NUL first", bytes(new byte[] {0}, "abc".getBytes(UTF_8)), 0),
        Arguments.of("NUL after text", bytes("abc".getBytes(UTF_8), new byte[] {0}, "def".getBytes(UTF_8)), 3),
        Arguments.of("NUL after BOM", bytes(UTF8_BOM, "ab".getBytes(UTF_8), new byte[] {0}), 5),
        Arguments.of("PNG header", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}, 8));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("binary")
  void nulByteIsBinaryContent(String what, byte[] content, int offset) {
    for (Policy policy : Policy.values()) {
      Reject reject = FileDecoder.decode("in/x.txt", content, policy).reject();

      assertEquals(RejectReason.BINARY_CONTENT, reject.reason());
      assertEquals("binary content (NUL byte at offset " + offset + "), not a text article", reject.detail());
      assertFalse(reject.rawExcerpt().contains("\u0000"), "the excerpt must not carry NUL bytes");
    }
  }

  @Test
  void plainUtf8IsDecoded() {
    Decoded decoded = FileDecoder.decode("in/x.txt", "Kyiv — Київ, café".getBytes(UTF_8), Policy.REJECT_FILE);

    assertTrue(decoded.ok());
    assertNull(decoded.reject());
    assertEquals("Kyiv — Київ, café", decoded.text());
  }

  @Test
  void utf8ByteOrderMarkIsStripped() {
    Decoded decoded = FileDecoder.decode("in/x.txt", bytes(UTF8_BOM, "date 2025-07-22".getBytes(UTF_8)), Policy.REJECT_FILE);

    assertEquals("date 2025-07-22", decoded.text());
  }

  @Test
  void utf16LittleEndianWithBomIsDecoded() {
    byte[] content = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Grüße aus Київ".getBytes(UTF_16LE));

    assertEquals("Grüße aus Київ", FileDecoder.decode("in/x.txt", content, Policy.REJECT_FILE).text());
  }

  @Test
  void utf16BigEndianWithBomIsDecoded() {
    byte[] content = bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Grüße aus Київ".getBytes(UTF_16BE));

    assertEquals("Grüße aus Київ", FileDecoder.decode("in/x.txt", content, Policy.REJECT_FILE).text());
  }

  static Stream<Arguments> invalidUtf8() {
    return Stream.of(
        // the Latin-1 / CP1252 é of "café au lait"
        Arguments.of("lone 0xE9", bytes("caf".getBytes(UTF_8), new byte[] {(byte) 0xE9}, " au lait".getBytes(UTF_8)), 3),
        Arguments.of("continuation byte first", bytes(new byte[] {(byte) 0x80}, "abc".getBytes(UTF_8)), 0),
        Arguments.of("after a valid two-byte char", bytes("é".getBytes(UTF_8), new byte[] {(byte) 0xFF}), 2),
        Arguments.of("truncated sequence at the end", bytes("ab".getBytes(UTF_8), new byte[] {(byte) 0xC3}), 2),
        Arguments.of("overlong encoding", bytes("x".getBytes(UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF}), 1),
        // offsets count from the start of the file, BOM included
        Arguments.of("after a BOM", bytes(UTF8_BOM, "caf".getBytes(UTF_8), new byte[] {(byte) 0xE9}), 6));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidUtf8")
  void invalidUtf8RejectsTheFileWithTheByteOffset(String what, byte[] content, int offset) {
    Reject reject = FileDecoder.decode("in/x.txt", content, Policy.REJECT_FILE).reject();

    assertEquals(RejectReason.INVALID_ENCODING, reject.reason());
    assertEquals("bytes that are not UTF-8 (first at offset " + offset + "); re-encode the file as UTF-8", reject.detail());
    assertEquals("file", reject.recordRef());
  }

  @Test
  void invalidUtf8IsMarkedForTheRecords() {
    byte[] content = bytes(UTF8_BOM, "line one\ncaf".getBytes(UTF_8), new byte[] {(byte) 0xE9}, " au lait".getBytes(UTF_8));

    Decoded decoded = FileDecoder.decode("in/x.csv", content, Policy.MARK_RECORDS);

    assertTrue(decoded.ok());
    assertEquals("line one\ncaf" + FileDecoder.REPLACEMENT + " au lait", decoded.text());
  }

  @Test
  void invalidUtf8FallsBackToCp1252() {
    // 0xE9 é, 0x93/0x94 curly double quotes, 0x96 en dash in Windows-1252
    byte[] content = bytes("caf".getBytes(UTF_8), new byte[] {(byte) 0xE9, ' ', (byte) 0x93}, "ok".getBytes(UTF_8),
        new byte[] {(byte) 0x94, ' ', (byte) 0x96, ' ', 'x'});

    Decoded decoded = FileDecoder.decode("in/x.sgm", content, Policy.FALL_BACK_TO_CP1252);

    assertTrue(decoded.ok());
    assertEquals("café “ok” – x", decoded.text());
  }

  @Test
  void validUtf8IsNotReadAsCp1252() {
    Decoded decoded = FileDecoder.decode("in/x.sgm", "café".getBytes(UTF_8), Policy.FALL_BACK_TO_CP1252);

    assertEquals("café", decoded.text());
  }

  private static byte[] bytes(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
