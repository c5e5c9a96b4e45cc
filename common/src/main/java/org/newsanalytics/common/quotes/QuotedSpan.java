package org.newsanalytics.common.quotes;

/**
 * Words between quotation marks. {@code open}/{@code close} are the offsets of the marks
 * ([open, innerBegin) is the opening mark, [innerEnd, close) the closing one, empty when the
 * quote runs to the end of its paragraph without a closing mark, as multi-paragraph quotes do).
 */
record QuotedSpan(int open, int innerBegin, int innerEnd, int close) {
  boolean unclosed() {
    return innerEnd == close;
  }
}
