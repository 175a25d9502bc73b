package dev.srdi.core.testland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.Engine;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.parameter.ReadRecord;
import dev.srdi.core.parameter.Settings;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine works out the covered periods once per settings value and reuses them: settings that read otherwise
 * must get their own periods, and recording settings must still record the coverage parameters they reuse.
 */
final class CoveredPeriodReuseTest {
  private static final Testland TESTLAND = new Testland();
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  private static final Enterprise LATE_2021 = Enterprise.builder().id(EnterpriseId.of("E1"))
      .addRecognitions(Recognition.of(Title.SRDI_SME, Level.PROVINCIAL, LocalDate.of(2021, 12, 31))).build();

  private static EnterpriseResult evaluate(Engine engine, Settings settings) {
    return engine.evaluate(TESTLAND, LATE_2021, new EvaluationContext(END_2025, settings, Portfolio.of(List.of(LATE_2021))));
  }

  private static Settings settings(Engine engine, Overrides overrides) {
    return engine.settings(TESTLAND, overrides).get();
  }

  @Test
  void settings_that_move_the_coverage_get_their_own_period_on_the_same_engine_and_back_again() {
    var engine = new Engine();
    Settings defaults = settings(engine, Overrides.none());
    Settings earlier = settings(engine, Overrides.none().withParameter("testland.tier-award.from", "2021-01-01"));
    // Interleaved, so that each evaluation finds the other settings' periods kept.
    assertEquals(Money.zero(), evaluate(engine, defaults).total());
    assertEquals(Money.yuan("300000"), evaluate(engine, earlier).total());
    assertEquals(Money.zero(), evaluate(engine, defaults).total());
    assertEquals(Money.yuan("300000"), evaluate(engine, earlier).total());
  }

  @Test
  void recording_settings_reuse_the_periods_of_the_settings_they_were_made_from_and_still_record_the_coverage() {
    var engine = new Engine();
    Settings defaults = settings(engine, Overrides.none());
    EnterpriseResult plain = evaluate(engine, defaults);
    var record = new ReadRecord();
    EnterpriseResult recorded = evaluate(engine, defaults.recording(record));
    assertEquals(plain, recorded);
    assertTrue(record.read(ParameterId.of("testland.tier-award.from")),
        "the coverage start decides the claim, so a sweep of it must evaluate this enterprise again");
  }

  @Test
  void an_enterprise_without_a_claim_records_no_coverage_parameter() {
    var engine = new Engine();
    Settings defaults = settings(engine, Overrides.none());
    evaluate(engine, defaults);
    var record = new ReadRecord();
    Enterprise none = Enterprise.builder().id(EnterpriseId.of("E2")).build();
    engine.evaluate(TESTLAND, none, new EvaluationContext(END_2025, defaults.recording(record), Portfolio.of(List.of(none))));
    assertFalse(record.read(ParameterId.of("testland.tier-award.from")));
  }
}
