package org.newsanalytics.common.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsanalytics.common.events.EventFinder;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

/**
 * Quality gate on the CASE 2021 task 2 dev snippets (503, ACLED-style subtypes). Rules were
 * written from the errors of the odd ids only; the even ids are the check that they generalise.
 * A rule from the odd errors stays only if it also fires rightly on text it was not written from
 * (the even ids, or the wikinews and Reuters corpora). Measured when written (whole file): attack
 * accuracy 0.973 (odd 0.981, even 0.965: the halves 0.016 apart), agreement 0.867, false rate on
 * unrelated kinds 0.065 (odd 0.014, even 0.121), DISR_WEAP occurred-attack rate 0.069. Thresholds
 * sit a little below; the false rate misses the target (0.05) and is gated where it is.
 */
class CaseQualityTest {
  private static final String GOLD = "gold/events-case2021-dev/case2021_task2_dev.tsv";

  @Test
  @NeedsSharedData
  void attackAgreementFalseRateAndWeapons() {
    CaseScorer.Result r = CaseScorer.score(CaseReader.read(SharedData.path(GOLD)), EventFinder.withBundledRules());
    assertEquals(503, r.snippets());
    CaseScorer.Figures all = r.all();
    assertTrue(all.attack().rate() >= 0.95, "attack accuracy " + all.attack());
    assertTrue(all.agreement().rate() >= 0.85, "agreement accuracy " + all.agreement());
    assertTrue(all.unrelatedFalse().rate() <= 0.075, "false rate on unrelated kinds " + all.unrelatedFalse());
    assertTrue(all.weaponsOccurred().rate() <= 0.10, "DISR_WEAP occurred-attack rate " + all.weaponsOccurred());
    assertTrue(r.even().attack().rate() >= 0.94, "attack accuracy, even ids (not used for rules) " + r.even().attack());
    assertTrue(Math.abs(r.odd().attack().rate() - r.even().attack().rate()) <= 0.03,
        "halves' gap in attack accuracy, odd " + r.odd().attack() + " even " + r.even().attack());
  }

  @Test
  void readerRejectsAFileWithoutTheHeader(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("x.tsv");
    java.nio.file.Files.writeString(f, "1\tsome text\tARREST\n");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> CaseReader.read(f));
    assertTrue(e.getMessage().startsWith("Not a CASE 2021 task 2 file"), e.getMessage());
  }
}
