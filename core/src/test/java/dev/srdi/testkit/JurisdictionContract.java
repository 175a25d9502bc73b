package dev.srdi.testkit;

import static dev.srdi.testkit.PropertyRun.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.JurisdictionCheck;
import dev.srdi.core.spi.JurisdictionRegistry;
import dev.srdi.core.stacking.StackingRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;

/**
 * The properties every jurisdiction plugin must have, for every generated enterprise. A plugin runs
 * them all with one class: {@code final class GuilinContractProperties implements JurisdictionContract
 * { public Jurisdiction jurisdiction() { return new Guilin(); } }}. Each property is a JUnit 5 test that
 * checks {@link EnterpriseGens}' cases with {@link PropertyRun#qt()}: a failure shows the shrunk case
 * as a scenario file and the seed that reruns it.
 */
@ExtendWith(PluginFailures.class)
public interface JurisdictionContract extends MetamorphicProperties {

  @Override
  Jurisdiction jurisdiction();

  /** The class loader whose META-INF/services must list the plugin; the test's own by default. */
  default ClassLoader pluginClassLoader() {
    return getClass().getClassLoader();
  }

  /**
   * Values for achievements with a PROGRAM attribute: the programmes the plugin declares, and one it
   * does not name (which must earn nothing); override to draw others.
   */
  default List<String> programs() {
    var programs = new java.util.ArrayList<>(jurisdiction().programs());
    programs.add("UNLISTED_PROGRAM");
    return programs;
  }

  /** The generated cases: an enterprise with a multi-year history of the plugin's declared facts, and an as-of date. */
  @Override
  default Gen<Case> cases() {
    return EnterpriseGens.cases(jurisdiction(), programs());
  }

  @Test
  default void no_measure_pays_twice_where_its_stacking_rule_forbids() {
    Map<MeasureId, MeasureDescriptor> descriptors = descriptors();
    qt().withExamples(300).forAll(cases()).checkAssert(c -> {
      EnterpriseResult result = TestKit.evaluate(jurisdiction(), c.enterprise(), c.asOf());
      Map<MeasureId, List<Entitlement>> byMeasure = result.entitlements().stream()
          .collect(Collectors.groupingBy(Entitlement::measure));
      byMeasure.forEach((id, paid) -> {
        List<StackingRule> rules = descriptors.get(id).stacking();
        if (rules.contains(StackingRule.oncePerEnterprise())) {
          var scopes = paid.stream().map(Entitlement::scope).toList();
          assertEquals(scopes.stream().distinct().count(), scopes.size(),
              id + " paid twice for one scope: " + awards(paid));
        }
        if (rules.contains(StackingRule.oncePerYear())) {
          var years = paid.stream().map(Entitlement::year).toList();
          assertEquals(years.stream().distinct().count(), years.size(),
              id + " paid twice in a year: " + awards(paid));
        }
        if (rules.contains(StackingRule.firstOccurrenceOnly())) {
          assertTrue(paid.size() <= 1, id + " is for the first occurrence only but paid " + paid.size() + " times");
        }
      });
    });
  }

  @Test
  default void no_amount_exceeds_its_cap_and_none_is_negative() {
    Settings settings = TestKit.settings(jurisdiction(), Overrides.none());
    Map<MeasureId, MeasureDescriptor> descriptors = descriptors();
    qt().withExamples(300).forAll(cases()).checkAssert(c -> {
      EnterpriseResult result = TestKit.evaluate(jurisdiction(), c.enterprise(), c.asOf());
      for (Entitlement e : result.entitlements()) {
        e.amount().ifPresent(amount -> {
          assertFalse(amount.isNegative(), e.measure() + " pays a negative amount " + amount);
          assertEquals(amount, amount.rounded(), e.measure() + " is not rounded to the fen: " + amount);
          descriptors.get(e.measure()).formula().cap(settings).ifPresent(cap ->
              assertTrue(amount.compareTo(cap) <= 0, e.measure() + " pays " + amount + " over its cap " + cap));
        });
        assertFalse(e.date().isAfter(c.asOf()), e.measure() + " is dated after the as-of date: " + Award.of(e));
      }
    });
  }

  @Test
  default void a_highest_only_group_never_pays_more_than_its_largest_award() {
    Settings settings = TestKit.settings(jurisdiction(), Overrides.none());
    Map<MeasureId, MeasureDescriptor> descriptors = descriptors();
    qt().withExamples(300).forAll(cases()).checkAssert(c -> {
      EnterpriseResult result = TestKit.evaluate(jurisdiction(), c.enterprise(), c.asOf());
      Map<String, List<Entitlement>> byGroupAndScope = new HashMap<>();
      for (Entitlement e : result.entitlements()) {
        HighestOnlyGroups.of(descriptors.get(e.measure())).ifPresent(group ->
            byGroupAndScope.computeIfAbsent(group + "|" + e.scope().orElse(""), k -> new ArrayList<>()).add(e));
      }
      byGroupAndScope.forEach((key, paid) -> {
        Money total = paid.stream().map(Entitlement::countedAmount).reduce(Money.zero(), Money::plus);
        Money largest = paid.stream()
            .map(e -> descriptors.get(e.measure()).formula().cap(settings).orElse(e.countedAmount()))
            .reduce(Money.zero(), Money::max);
        assertTrue(total.compareTo(largest) <= 0,
            "highest-only group " + key + " paid " + total + ", more than its largest award " + largest + ": "
                + awards(paid));
      });
    });
  }

  @Test
  default void the_same_input_gives_the_same_output() {
    qt().withExamples(200).forAll(cases()).checkAssert(c -> {
      EnterpriseResult first = TestKit.evaluate(jurisdiction(), c.enterprise(), c.asOf());
      EnterpriseResult second = TestKit.evaluate(jurisdiction(), c.enterprise(), c.asOf());
      assertEquals(first, second, () -> "two evaluations differ: " + ResultLines.difference(first, second));
    });
  }

  @Test
  default void the_order_of_events_in_the_input_does_not_change_the_result() {
    Gen<Long> shuffles = longs().all().describedAs(seed -> "events shuffled with java.util.Random(" + seed + "L)");
    qt().withExamples(200).forAll(cases(), shuffles).checkAssert((c, seed) -> {
      Random random = new Random(seed);
      var recognitions = new ArrayList<>(c.enterprise().recognitions());
      var achievements = new ArrayList<>(c.enterprise().achievements());
      var financials = new ArrayList<>(c.enterprise().financials());
      Collections.shuffle(recognitions, random);
      Collections.shuffle(achievements, random);
      Collections.shuffle(financials, random);
      Enterprise shuffled = Enterprise.builder().from(c.enterprise())
          .recognitions(recognitions).achievements(achievements).financials(financials).build();
      EnterpriseResult given = TestKit.evaluate(jurisdiction(), c.enterprise(), c.asOf());
      EnterpriseResult reordered = TestKit.evaluate(jurisdiction(), shuffled, c.asOf());
      assertEquals(given, reordered, () -> "the shuffled events give another result: "
          + ResultLines.difference(given, reordered));
    });
  }

  @Test
  default void a_what_if_that_changes_nothing_costs_nothing() {
    Settings defaults = TestKit.settings(jurisdiction(), Overrides.none());
    qt().withExamples(100).forAll(cases()).checkAssert(c -> {
      var whatIf = TestKit.engine().whatIf(jurisdiction(), Portfolio.of(List.of(c.enterprise())), c.asOf(),
          defaults, defaults);
      assertTrue(whatIf.totalDifference().isZero(), "an unchanged what-if differs by " + whatIf.totalDifference());
    });
  }

  @Test
  default void every_citation_quote_is_found_in_its_seed_text() {
    assertEquals(List.of(), TableChecks.quotesNotInText(jurisdiction()), "quotes not found in the seed text");
  }

  @Test
  default void every_parameter_has_a_unit_a_description_and_a_citation() {
    for (Parameter<?> p : jurisdiction().parameters()) {
      String where = p.source().map(s -> s + ": ").orElse(jurisdiction().id() + ": ") + p.id();
      assertFalse(p.description().isBlank(), where + " has no description: add description: to its entry");
      assertFalse(p.unit().name().isBlank(), where + " has no unit: add metadata.unit to its entry");
      assertFalse(p.citation().clause().isBlank(), where + " has no clause: add reference.clause to its entry");
      assertTrue(SeedText.contains(p.citation().document(), p.citation().quote()), where + " cites a quote not in"
          + " seeds/" + p.citation().document().seedFile() + ": copy reference.quote exactly from the text");
    }
  }

  @Test
  default void the_plugin_is_consistent_and_declares_all_it_uses() {
    assertEquals(List.of(), JurisdictionCheck.problems(jurisdiction()));
    assertFalse(jurisdiction().documents().isEmpty(), "a jurisdiction declares its documents");
  }

  @Test
  default void the_plugin_is_found_by_service_loader() {
    JurisdictionRegistry registry = JurisdictionRegistry.load(pluginClassLoader());
    assertTrue(registry.find(jurisdiction().id()).isDefined(),
        jurisdiction().id() + " is not registered: add src/main/resources/META-INF/services/"
            + Jurisdiction.class.getName() + " with the line " + jurisdiction().getClass().getName()
            + "; failures: " + registry.failures());
  }

  @Test
  default void every_measure_has_names_a_citation_and_someone_responsible() {
    for (Measure m : jurisdiction().measures()) {
      MeasureDescriptor d = m.descriptor();
      assertFalse(d.nameZh().isBlank(), d.id() + " has no Chinese name");
      assertFalse(d.nameEn().isBlank(), d.id() + " has no English name");
      assertTrue(d.id().value().startsWith(jurisdiction().id().value() + "."), d.id() + " is not under its city's id");
    }
  }

  @Test
  default void the_plugin_reaches_the_core_only_through_its_api_and_spi() {
    String plugin = jurisdiction().getClass().getPackageName();
    // Only where the plugin's own classes are (its jar or classes folder), and never its tests.
    var location = com.tngtech.archunit.core.importer.Location.of(
        jurisdiction().getClass().getProtectionDomain().getCodeSource().getLocation());
    var classes = new com.tngtech.archunit.core.importer.ClassFileImporter().importLocations(java.util.Set.of(location));
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
        .that().resideInAPackage(plugin + "..")
        .and(com.tngtech.archunit.base.DescribedPredicate.not(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Test")))
        .and().haveNameNotMatching(".*(Test|Tests|Properties|Rules)(\\$.*)?")
        .should().onlyDependOnClassesThat().resideInAnyPackage(plugin + "..",
            "java.lang..", "java.util..", "java.math..", "java.time..", "java.text..",
            "io.vavr..", "org.immutables..",
            "dev.srdi.core.bounds..", "dev.srdi.core.money..", "dev.srdi.core.ladder..", "dev.srdi.core.facts..",
            "dev.srdi.core.policy..", "dev.srdi.core.parameter..", "dev.srdi.core.responsibility..",
            "dev.srdi.core.measure..", "dev.srdi.core.stacking..", "dev.srdi.core.target..", "dev.srdi.core.spi..",
            "dev.srdi.core.value..", "dev.srdi.tables..")
        .because("a city plugs into the core's API and SPI and reads its tables through dev.srdi.tables only:"
            + " no engine, no wiring, no other I/O, no other city")
        .check(classes);
  }

  private static List<Award> awards(List<Entitlement> entitlements) {
    return entitlements.stream().map(Award::of).toList();
  }

  private Map<MeasureId, MeasureDescriptor> descriptors() {
    return jurisdiction().measures().stream().collect(Collectors.toMap(Measure::id, Measure::descriptor, (a, b) -> a));
  }
}
