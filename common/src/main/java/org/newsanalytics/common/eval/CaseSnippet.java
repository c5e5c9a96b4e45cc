package org.newsanalytics.common.eval;

/** One labelled snippet of CASE 2021 task 2: its id, text and ACLED-style subtype (AIR_STRIKE, ARREST...). */
public record CaseSnippet(int id, String text, String subType) {}
