package org.newsanalytics.common.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClustersTest {
  /** Two tight groups of directions: k-means with k = 2 must split them whatever the seed. */
  private static float[][] twoGroups() {
    return new float[][] {{1, 0.1f}, {0.9f, 0}, {1, -0.1f}, {0, 1}, {0.1f, 0.9f}, {-0.1f, 1}};
  }

  @Test
  void kMeansSeparatesTwoGroupsTheSameWayEveryTime() {
    int[] a = KMeans.cluster(twoGroups(), 2, 7, KMeans.ITERATIONS);
    assertEquals(a[0], a[1]);
    assertEquals(a[0], a[2]);
    assertEquals(a[3], a[4]);
    assertEquals(a[3], a[5]);
    assertNotEquals(a[0], a[3]);
    assertArrayEquals(a, KMeans.cluster(twoGroups(), 2, 7, KMeans.ITERATIONS));
    assertThrows(IllegalArgumentException.class, () -> KMeans.cluster(twoGroups(), 7, 1, 1));
  }

  @Test
  void savedClustersReadBackTheSame() {
    String[] words = {"paris", "london", "rome", "said", "told", "asked"};
    WordClusters c = WordClusters.compute(words, twoGroups(), new int[] {1, 2}, 3, line -> {});
    WordClusters back = WordClusters.fromBytes(c.toBytes(), "test");
    assertArrayEquals(new int[] {1, 2}, back.ks());
    for (String w : words) {
      assertArrayEquals(c.of(w), back.of(w), w);
    }
    assertEquals(0, back.of("paris")[0]);
    assertNull(back.of("Paris"), "looked up in lower case by the caller");
    assertArrayEquals(c.toBytes(), back.toBytes());
  }

  @Test
  void aClusterIdOutsideItsGranularityIsRefused() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var w = new java.util.zip.GZIPOutputStream(bytes)) {
      w.write("# 4 16\nparis 1 3\nrome 4 2\n".getBytes(StandardCharsets.UTF_8));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WordClusters.fromBytes(bytes.toByteArray(), "c.txt.gz"));
    assertEquals("Cannot read word clusters c.txt.gz: line 'rome 4 2' has cluster id 4 at k = 4, expected 0 to 3",
        e.getMessage());
  }

  @Test
  void readsFortranOrderNpy(@TempDir Path dir) throws Exception {
    // a 3 x 2 float32 matrix [[1,2],[3,4],[5,6]] stored column after column
    String header = "{'descr': '<f4', 'fortran_order': True, 'shape': (3, 2), }";
    header = header + " ".repeat(128 - 10 - header.length() - 1) + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
    out.write(new byte[] {(byte) header.length(), 0});
    out.write(header.getBytes(StandardCharsets.ISO_8859_1));
    ByteBuffer data = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    for (float f : new float[] {1, 3, 5, 2, 4, 6}) {
      data.putFloat(f);
    }
    out.write(data.array());
    Path file = dir.resolve("m.npy");
    Files.write(file, out.toByteArray());
    float[][] m = GloveVectors.readNpy(file, 2);
    assertEquals(2, m.length);
    assertArrayEquals(new float[] {1, 2}, m[0]);
    assertArrayEquals(new float[] {3, 4}, m[1]);
  }
}
