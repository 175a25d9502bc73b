package dev.srdi.core.engine;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.PortfolioFinding;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.OverrideProblem;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.core.target.TargetReport;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evaluates enterprises against one jurisdiction as of a date. Each measure proposes claims; the
 * engine orders them by date over the enterprise's whole history, keeps those inside the measure's
 * window, applies the declared stacking rules against a ledger of what was already earned, and
 * rounds each amount once. Stateless and thread-safe: one instance serves any number of callers.
 */
public final class Engine {

  /** The jurisdiction's defaults, changed by the overrides; every bad override is reported. */
  public Validation<Seq<OverrideProblem>, Settings> settings(Jurisdiction jurisdiction, Overrides overrides) {
    return Settings.resolve(jurisdiction.parameters(), jurisdiction.interpretations(), overrides);
  }

  public Settings defaults(Jurisdiction jurisdiction) {
    return Settings.defaults(jurisdiction.parameters(), jurisdiction.interpretations());
  }

  public PortfolioResult evaluate(Jurisdiction jurisdiction, Portfolio portfolio, LocalDate asOf, Settings settings) {
    var context = new EvaluationContext(asOf, settings, portfolio);
    List<EnterpriseResult> results = portfolio.enterprises().stream()
        .map(e -> evaluate(jurisdiction, e, context))
        .toList();
    List<PortfolioFinding> findings = jurisdiction.portfolioMeasures().stream()
        .sorted(Comparator.comparing(m -> m.descriptor().id()))
        .flatMap(m -> m.assess(portfolio, context).stream())
        .toList();
    return new PortfolioResult(jurisdiction.id(), asOf, results, findings);
  }

  public EnterpriseResult evaluate(Jurisdiction jurisdiction, Enterprise enterprise, EvaluationContext context) {
    Map<MeasureId, MeasureDescriptor> descriptors = jurisdiction.measures().stream()
        .collect(Collectors.toMap(Measure::id, Measure::descriptor));
    Map<DocumentId, PolicyDocument> documents = jurisdiction.documents().stream()
        .collect(Collectors.toMap(PolicyDocument::id, Function.identity()));

    var claims = new ArrayList<Claim>();
    var notEligible = new ArrayList<NotEligible>();
    jurisdiction.measures().stream().sorted(Comparator.comparing(Measure::id)).forEach(measure -> {
      for (Assessment a : measure.assess(enterprise, context)) {
        if (!a.measure().equals(measure.id())) {
          throw new IllegalStateException(measure.id() + " returned an assessment for " + a.measure());
        }
        if (a instanceof Claim c) {
          claims.add(c);
        } else {
          notEligible.add((NotEligible) a);
        }
      }
    });
    Settings settings = context.settings();
    claims.sort(claimOrder(descriptors, settings));

    var ledger = new Ledger();
    var entitlements = new ArrayList<Entitlement>();
    var benefits = new ArrayList<BenefitGrant>();
    for (Claim claim : claims) {
      MeasureDescriptor d = descriptors.get(claim.measure());
      LocalDate firstSeen = ledger.markSeen(claim.measure(), claim.date());
      if (claim.date().isAfter(context.asOf())) {
        notEligible.add(NotEligible.because(claim.measure(), claim.year(),
            "dated " + claim.date() + ", after the as-of date " + context.asOf()));
        continue;
      }
      Window window = window(d, documents, settings);
      Window.Placement placement = window.place(claim.date());
      if (placement == Window.Placement.BEFORE || placement == Window.Placement.AFTER) {
        notEligible.add(NotEligible.because(claim.measure(), claim.year(),
            "dated " + claim.date() + ", outside the covered period " + window.describe()));
        continue;
      }
      List<String> notes = new ArrayList<>(claim.notes());
      if (placement == Window.Placement.UNKNOWN) {
        notes.add("in-force window unknown (" + window.describe() + "): the result assumes the measure applied on "
            + claim.date());
      }
      Optional<String> rejection = stackingRejection(d, claim, enterprise, ledger, firstSeen, settings);
      if (rejection.isPresent()) {
        notEligible.add(NotEligible.because(claim.measure(), claim.year(), rejection.get()));
        continue;
      }
      // The values in force on the date of the event that earns the entitlement.
      Settings onTheDay = settings.on(claim.date());
      Optional<String> notInForce = notInForce(d, onTheDay);
      if (notInForce.isPresent()) {
        notEligible.add(NotEligible.because(claim.measure(), claim.year(), notInForce.get()));
        continue;
      }
      var computed = d.formula().amount(claim.basis(), onTheDay);
      if (computed.isLeft()) {
        notEligible.add(NotEligible.because(claim.measure(), claim.year(), computed.getLeft()));
        continue;
      }
      Optional<Money> amount = computed.get();
      String explanation = claim.explanation() + valuesUsed(d, onTheDay);
      Optional<StackingRule.HighestOnly> highest = highestOnly(d);
      if (highest.isPresent() && amount.isPresent()) {
        Money already = ledger.paidInGroup(highest.get().group(), claim.scope());
        Money difference = amount.get().rounded().minus(already);
        if (!difference.isPositive()) {
          notEligible.add(NotEligible.because(claim.measure(), claim.year(), "highest only: "
              + already.toFenString() + " already awarded under '" + highest.get().group()
              + "', not less than this award of " + amount.get().rounded().toFenString()));
          continue;
        }
        if (already.isPositive()) {
          explanation = explanation + "; highest only (top-up): " + amount.get().rounded().toFenString() + " less "
              + already.toFenString() + " already awarded";
        }
        amount = Optional.of(difference);
      }
      Optional<Money> rounded = amount.map(Money::rounded);
      ledger.record(claim.measure(), claim.scope(), claim.year(), claim.date(), rounded.orElse(Money.zero()),
          highest.map(h -> List.of(h.group())).orElse(List.of()));
      if (d.amountKind() == AmountKind.NONE) {
        benefits.add(new BenefitGrant(d.id(), d.nameZh(), d.nameEn(), claim.year(), d.description(), d.citation(),
            d.responsibility(), explanation, notes));
      } else {
        entitlements.add(new Entitlement(d.id(), d.nameZh(), d.nameEn(), claim.year(), claim.date(), rounded,
            d.amountKind(), d.fundingSource(), d.responsibility(), d.citation(), claim.scope(), claim.payee(), explanation,
            notes));
      }
    }
    notEligible.sort(Comparator.comparing(NotEligible::measure)
        .thenComparing(n -> n.year().orElse(0))
        .thenComparing(NotEligible::reason));
    return new EnterpriseResult(enterprise.id(), entitlements, benefits, notEligible);
  }

  private static Optional<String> notInForce(MeasureDescriptor d, Settings onTheDay) {
    return onTheDay.notInForce(d.formula().parameters());
  }

  /** Names the value and its date for each revised parameter of the formula; nothing otherwise. */
  private static String valuesUsed(MeasureDescriptor d, Settings onTheDay) {
    var used = d.formula().parameters().stream().map(onTheDay::valueSource).flatMap(Optional::stream).toList();
    return used.isEmpty() ? "" : "; " + String.join(", ", used);
  }

  /** Baseline and variant over the same portfolio, and what the change costs. */
  public WhatIfResult whatIf(
      Jurisdiction jurisdiction, Portfolio portfolio, LocalDate asOf, Settings baseline, Settings variant) {
    return WhatIfResult.of(
        evaluate(jurisdiction, portfolio, asOf, baseline),
        evaluate(jurisdiction, portfolio, asOf, variant),
        variant);
  }

  public List<TargetReport> targets(
      Jurisdiction jurisdiction, Portfolio portfolio, int year, LocalDate asOf, Settings settings) {
    return TargetEvaluator.report(jurisdiction, portfolio, year, asOf, settings);
  }

  private static Window window(MeasureDescriptor d, Map<DocumentId, PolicyDocument> documents, Settings settings) {
    PolicyDocument document = documents.get(d.document());
    Window inForce = document != null ? document.inForce() : Window.unknown("document " + d.document() + " not declared");
    return d.coverage().map(c -> c.resolve(inForce, settings)).orElse(inForce);
  }

  private static Optional<String> stackingRejection(
      MeasureDescriptor d, Claim claim, Enterprise enterprise, Ledger ledger, LocalDate firstSeen, Settings settings) {
    return d.stacking().stream()
        .map(rule -> rejection(rule, claim, enterprise, ledger, firstSeen, settings))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> rejection(
      StackingRule rule, Claim claim, Enterprise enterprise, Ledger ledger, LocalDate firstSeen, Settings settings) {
    if (rule instanceof StackingRule.OncePerEnterprise) {
      return ledger.paidFor(claim.measure(), claim.scope())
          .map(date -> "once per enterprise: already awarded for the event of " + date);
    }
    if (rule instanceof StackingRule.OncePerYear) {
      return ledger.paidInYear(claim.measure(), claim.year())
          ? Optional.of("once a year: already awarded for " + claim.year()) : Optional.empty();
    }
    if (rule instanceof StackingRule.FirstOccurrenceOnly) {
      return firstSeen.isBefore(claim.date())
          ? Optional.of("first occurrence only: the first was on " + firstSeen) : Optional.empty();
    }
    if (rule instanceof StackingRule.NotIfHeldBefore held) {
      return enterprise.heldBefore(claim.date(), held.title(), held.atLeast())
          ? Optional.of("already held a " + held.atLeast().nameEn() + "-or-above " + held.title().nameEn()
              + " recognition before " + claim.date() + " (" + held.atLeast().nameZh() + "以上"
              + held.title().nameZh() + ")")
          : Optional.empty();
    }
    if (rule instanceof StackingRule.HighestOnly highest) {
      return settings.chose(highest.mode(), StackingRule.HighestOnly.FIRST_FINAL)
          ? ledger.firstInGroup(highest.group(), claim.scope())
              .map(first -> "highest only (first-final): " + first + " was already awarded under '"
                  + highest.group() + "', and the first award is final")
          : Optional.empty();
    }
    var when = (StackingRule.WhenChosen) rule;
    return settings.chose(when.interpretation(), when.choice())
        ? rejection(when.rule(), claim, enterprise, ledger, firstSeen, settings)
            .map(reason -> reason + " (interpretation " + when.interpretation().id() + "=" + when.choice() + ")")
        : Optional.empty();
  }

  private static Optional<StackingRule.HighestOnly> highestOnly(MeasureDescriptor d) {
    return d.stacking().stream()
        .filter(StackingRule.HighestOnly.class::isInstance)
        .map(StackingRule.HighestOnly.class::cast)
        .findFirst();
  }

  /**
   * Date first; on the same day the larger award first, so that "highest only" pays the highest of
   * two titles obtained together; then every other field, so that the input's order never matters.
   */
  private static Comparator<Claim> claimOrder(Map<MeasureId, MeasureDescriptor> descriptors, Settings settings) {
    Function<Claim, Money> potential = c -> {
      MeasureDescriptor d = descriptors.get(c.measure());
      Settings onTheDay = settings.on(c.date());
      return notInForce(d, onTheDay).isPresent() ? Money.zero()
          : d.formula().ceiling(c.basis(), onTheDay).orElse(Money.zero());
    };
    return Comparator.comparing(Claim::date)
        .thenComparing(potential, Comparator.reverseOrder())
        .thenComparing(Claim::measure)
        .thenComparing(Claim::year)
        .thenComparing(c -> c.scope().orElse(""))
        .thenComparing(c -> c.payee().orElse(""))
        .thenComparing(c -> c.basis().describe())
        .thenComparing(Claim::explanation);
  }
}
