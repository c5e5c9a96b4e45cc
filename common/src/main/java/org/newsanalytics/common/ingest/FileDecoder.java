package org.newsanalytics.common.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: honours a UTF-8 or UTF-16 byte-order mark, refuses binary
 * content, and treats bytes that are not UTF-8 according to the format's {@link Policy}.
 */
public final class FileDecoder {
  /** What to do with bytes that are not valid UTF-8. */
  public enum Policy {
    /** Refuse the whole file: one article per file, so nothing else is lost. */
    REJECT_FILE,
    /** Replace them with U+FFFD; the reader refuses each record that contains one. */
    MARK_RECORDS,
    /** Decode as Windows-1252, the encoding of old wire archives. */
    FALL_BACK_TO_CP1252
  }

  /** Replacement character: a record containing it had bytes that were not UTF-8. */
  public static final char REPLACEMENT = '\uFFFD';

  /** The outcome: decoded text, or the reason the file was refused. */
  public record Decoded(String text, Reject reject) {
    public boolean ok() {
      return reject == null;
    }
  }

  private static final int BINARY_PROBE_BYTES = 8192;

  private FileDecoder() {}

  public static Decoded decode(String inputFile, byte[] bytes, Policy policy) {
    if (bytes.length == 0) {
      return refused(inputFile, RejectReason.EMPTY_FILE, "file is empty (0 bytes)", "");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
    }
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    int probe = Math.min(bytes.length, offset + BINARY_PROBE_BYTES);
    for (int i = offset; i < probe; i++) {
      if (bytes[i] == 0) {
        return refused(inputFile, RejectReason.BINARY_CONTENT,
            "binary content (NUL byte at offset " + i + "), not a text article", latin1Excerpt(bytes));
      }
    }
    try {
      return new Decoded(strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString(), null);
    } catch (MalformedInputException e) {
      int at = firstInvalidUtf8(bytes, offset);
      return switch (policy) {
        case REJECT_FILE -> refused(inputFile, RejectReason.INVALID_ENCODING,
            "bytes that are not UTF-8 (first at offset " + at + "); re-encode the file as UTF-8", latin1Excerpt(bytes));
        case MARK_RECORDS -> new Decoded(new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8), null);
        case FALL_BACK_TO_CP1252 -> new Decoded(new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252")), null);
      };
    } catch (CharacterCodingException e) {
      return refused(inputFile, RejectReason.INVALID_ENCODING, "cannot decode as UTF-8: " + e, latin1Excerpt(bytes));
    }
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static int firstInvalidUtf8(byte[] bytes, int offset) {
    CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
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

  private static String latin1Excerpt(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1);
  }

  private static Decoded refused(String inputFile, RejectReason reason, String detail, String excerpt) {
    return new Decoded(null, new Reject(inputFile, "file", reason, detail, excerpt));
  }
}
