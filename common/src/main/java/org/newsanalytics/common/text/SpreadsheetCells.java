package org.newsanalytics.common.text;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet would run as a formula. Excel and LibreOffice evaluate a cell
 * starting with {@code = + - @}, a tab or a carriage return ({@code =HYPERLINK(…)} in a
 * published quote becomes a live link); such a cell gets a leading single quote, the usual
 * OWASP neutralisation, which spreadsheets show as text.
 */
public final class SpreadsheetCells {
  /** The first characters that start a formula; a Java and Spark SQL regular expression. */
  public static final String FORMULA_START = "^[=+\\-@\t\r]";
  public static final String PREFIX = "'";
  private static final Pattern START = Pattern.compile(FORMULA_START);

  private SpreadsheetCells() {}

  /** The cell as a spreadsheet should show it; null stays null. */
  public static String neutralise(String cell) {
    return cell != null && START.matcher(cell).find() ? PREFIX + cell : cell;
  }
}
