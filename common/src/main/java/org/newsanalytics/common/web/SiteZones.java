package org.newsanalytics.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time zone of a site by its country-code domain ({@code web/site-zones.tsv}), to read a
 * UTC timestamp as the site's own calendar day: a Brazilian page stamped 00:44Z was published
 * the evening before, a German one stamped 23:30Z the next morning.
 */
final class SiteZones {
  private static final String RESOURCE = "web/site-zones.tsv";
  private static final Map<String, ZoneId> ZONES = load();
  /** The time of day written after the date, as in 2022-05-04T00:44:52Z or "Wed, 04 May 2022 00:25:56 GMT". */
  private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?");

  private SiteZones() {}

  /** The day of a UTC timestamp in the site's zone; the UTC day when the zone or the time of day is unknown. */
  static LocalDate localDay(String value, LocalDate utcDay, String url) {
    ZoneId zone = zoneOf(url);
    if (zone == null) {
      return utcDay;
    }
    Matcher m = TIME_OF_DAY.matcher(value);
    if (!m.find()) {
      return utcDay;
    }
    LocalTime time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    return utcDay.atTime(time).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
  }

  static ZoneId zoneOf(String url) {
    String host;
    try {
      host = url == null ? null : URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null) {
      return null;
    }
    int dot = host.lastIndexOf('.');
    return ZONES.get(host.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static Map<String, ZoneId> load() {
    Map<String, ZoneId> zones = new HashMap<>();
    try (InputStream in = SiteZones.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot read site zones: " + RESOURCE + " is not on the classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.strip().split("\t");
        try {
          zones.put(parts[0].toLowerCase(Locale.ROOT), ZoneId.of(parts[1]));
        } catch (DateTimeException | ArrayIndexOutOfBoundsException e) {
          throw new IllegalStateException("Bad line in " + RESOURCE + ": " + line, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return Map.copyOf(zones);
  }
}
