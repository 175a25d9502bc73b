package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Park;
import dev.srdi.core.facts.ParkId;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.testkit.TestKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Enterprises, parks and dates for Zhanjiang's example tests. */
final class ZhanjiangFixtures {
  static final Zhanjiang ZHANJIANG = new Zhanjiang();
  static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  static final Overrides FIRST_FINAL = Overrides.none().withInterpretation("zhanjiang.highest-only", "first-final");

  private ZhanjiangFixtures() {}

  static Enterprise.Builder firm(String id) {
    return Enterprise.builder().id(EnterpriseId.of(id));
  }

  static Enterprise.Builder firm() {
    return firm("E1");
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static Recognition recognition(Title title, Level level, String date) {
    return Recognition.of(title, level, day(date));
  }

  static Recognition renewal(Title title, Level level, String date) {
    return Recognition.renewal(title, level, day(date));
  }

  static Recognition provincialSrdi(String date) {
    return recognition(Title.SRDI_SME, Level.PROVINCIAL, date);
  }

  static Recognition littleGiant(String date) {
    return recognition(Title.LITTLE_GIANT, Level.NATIONAL, date);
  }

  static Recognition innovative(String date) {
    return recognition(Title.INNOVATIVE_SME, Level.PROVINCIAL, date);
  }

  static Park park(String id, Optional<Level> level) {
    return new Park(ParkId.of(id), Optional.empty(), Optional.empty(), level);
  }

  static Park park(String id, Level level) {
    return park(id, Optional.of(level));
  }

  static Park parkOf(String id, String jurisdiction) {
    return new Park(ParkId.of(id), Optional.empty(), Optional.of(JurisdictionId.of(jurisdiction)),
        Optional.of(Level.PROVINCIAL));
  }

  static PortfolioResult evaluate(List<Enterprise> enterprises, List<Park> parks, LocalDate asOf) {
    return evaluate(enterprises, parks, asOf, Overrides.none());
  }

  static PortfolioResult evaluate(List<Enterprise> enterprises, List<Park> parks, LocalDate asOf, Overrides overrides) {
    return TestKit.engine().evaluate(ZHANJIANG, new Portfolio(enterprises, parks), asOf,
        TestKit.settings(ZHANJIANG, overrides));
  }
}
