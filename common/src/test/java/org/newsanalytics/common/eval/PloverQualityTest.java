package org.newsanalytics.common.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.events.EventFinder;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

/**
 * Quality gate on the 322 PLOVER gold records. Measured after the CASE 2021 rules (issue 20): mapped
 * accuracy 0.866 (84/97), false types 0.093. Measured when first written: mapped-type accuracy
 * 0.856 (83/97), false types on unmapped records 0.089 (20/225); ATTACK P 0.571 R 0.875,
 * TALKS P 0.524 R 1.000, SANCTION P 0.833 R 0.714, AGREEMENT P 0.717 R 0.825. The triggers were
 * tuned on these same records (there is no other PLOVER split here), so unseen text will score
 * lower. Thresholds sit a little below the measurement.
 */
@NeedsSharedData
class PloverQualityTest {
  private static final String GOLD = "gold/events-plover/gold_standard_records/PLOVER_GSR_CAMEO.txt";

  @Test
  void mappedTypesAndFalseTypes() {
    PloverScorer.Result r = PloverScorer.score(PloverReader.read(SharedData.path(GOLD)),
        EventFinder.withBundledRules());
    assertEquals(322, r.records());
    assertEquals(97, r.mapped());
    assertTrue(r.mappedAccuracy() >= 0.85, "mapped accuracy " + r.mappedAccuracy());
    assertTrue(r.falseTypeShare() <= 0.11, "false types " + r.falseTypeShare());
    assertTrue(r.perType().get("ATTACK").recall() >= 0.80, r.perType().get("ATTACK").format());
    assertTrue(r.perType().get("SANCTION").precision() >= 0.75, r.perType().get("SANCTION").format());
    assertEquals(Set.of("AID", "COERCE", "COOPERATE", "DISAPPROVE", "INVESTIGATE", "MOBILIZE", "PROTEST", "SUPPORT"),
        r.outOfScope());
  }
}
