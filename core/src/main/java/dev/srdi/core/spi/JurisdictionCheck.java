package dev.srdi.core.spi;

import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.policy.DeclaredFund;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.stacking.StackingRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The consistency a plugin must have before it is loaded: unique ids, every parameter,
 * interpretation, department and document it uses declared. Business rules are not checked here.
 */
public final class JurisdictionCheck {
  private JurisdictionCheck() {}

  /**
   * What makes a plugin inconsistent (a duplicate id, an undeclared parameter or interpretation, an
   * uncited or unassigned responsibility…); the registry leaves such a plugin out.
   *
   * @param j the plugin
   * @return every problem, empty when it is consistent
   */
  public static List<String> problems(Jurisdiction j) {
    var problems = new ArrayList<String>();
    var descriptors = Stream.concat(
        j.measures().stream().map(m -> m.descriptor()),
        j.portfolioMeasures().stream().map(m -> m.descriptor())).toList();

    duplicates(descriptors.stream().map(d -> d.id().value()), "measure", problems);
    duplicates(j.tasks().stream().map(t -> t.id().value()), "task", problems);
    duplicates(j.duties().stream().map(t -> t.id().value()), "duty", problems);
    duplicates(j.targets().stream().map(t -> t.id().value()), "target", problems);
    duplicates(j.parameters().stream().map(p -> p.id().value()), "parameter", problems);
    duplicates(j.interpretations().stream().map(i -> i.id().value()), "interpretation", problems);
    duplicates(j.departments().stream().map(d -> d.id().value()), "department", problems);
    duplicates(j.achievementTypes().stream().map(a -> a.type().value()), "achievement type", problems);

    duplicates(j.funds().stream().map(DeclaredFund::id), "fund", problems);
    duplicates(j.funds().stream().map(DeclaredFund::fundingSource), "fund's funding source", problems);
    if (!j.funds().isEmpty()) {
      Set<String> funds = j.funds().stream().map(DeclaredFund::fundingSource).collect(Collectors.toSet());
      for (MeasureDescriptor d : descriptors) {
        d.fundingSource().filter(f -> !funds.contains(f)).ifPresent(f -> problems.add(d.id() + " is paid from '" + f
            + "', which is not a declared fund"));
      }
    }

    Set<ParameterId> declared = j.parameters().stream().map(Parameter::id).collect(Collectors.toSet());
    Set<Object> declaredInterpretations = j.interpretations().stream().map(Interpretation::id).collect(Collectors.toSet());
    for (MeasureDescriptor d : descriptors) {
      for (Parameter<?> p : d.parameters()) {
        if (!declared.contains(p.id())) {
          problems.add(d.id() + " reads parameter " + p.id() + ", which the jurisdiction does not declare");
        }
      }
      for (StackingRule rule : d.stacking()) {
        if (rule instanceof StackingRule.HighestOnly h && !declaredInterpretations.contains(h.mode().id())) {
          problems.add(d.id() + " uses interpretation " + h.mode().id() + ", which the jurisdiction does not declare");
        }
        if (rule instanceof StackingRule.WhenChosen w && !declaredInterpretations.contains(w.interpretation().id())) {
          problems.add(d.id() + " uses interpretation " + w.interpretation().id() + ", which the jurisdiction does not declare");
        }
      }
    }
    j.targets().forEach(t -> t.parameters().stream().filter(p -> !declared.contains(p.id()))
        .forEach(p -> problems.add(t.id() + " reads parameter " + p.id() + ", which the jurisdiction does not declare")));

    Set<DepartmentId> departments = j.departments().stream().flatMap(Department::spellings).collect(Collectors.toSet());
    duplicates(j.departments().stream().flatMap(Department::spellings).map(DepartmentId::value), "department spelling",
        problems);
    Stream<Responsibility> responsibilities = Stream.of(
            descriptors.stream().map(MeasureDescriptor::responsibility),
            j.tasks().stream().map(t -> t.responsibility()),
            j.duties().stream().map(t -> t.responsibility()),
            j.targets().stream().map(t -> t.responsibility()))
        .flatMap(Function.identity());
    responsibilities.flatMap(Responsibility::all).distinct().sorted()
        .filter(id -> !departments.contains(id))
        .forEach(id -> problems.add("department " + id + " is named but not declared"));

    Set<DocumentId> documents = j.documents().stream().map(PolicyDocument::id).collect(Collectors.toSet());
    citations(j).map(Citation::document).distinct()
        .filter(doc -> !documents.contains(doc))
        .forEach(doc -> problems.add("document " + doc + " is cited but not declared"));
    j.documents().forEach(doc -> doc.supersedes().ifPresent(old -> {
      var predecessor = j.documents().stream().filter(o -> o.id().equals(old)).findFirst();
      if (predecessor.isEmpty()) {
        problems.add("document " + doc.id() + " supersedes " + old + ", which is not declared");
      } else if (predecessor.get().inForce().until().isPresent() && doc.inForce().from().isPresent()
          && doc.inForce().from().get().isBefore(predecessor.get().inForce().until().get())) {
        problems.add("document " + doc.id() + " comes into force on " + doc.inForce().from().get()
            + ", before the document it supersedes (" + old + ") ends on " + predecessor.get().inForce().until().get());
      }
    }));
    return List.copyOf(problems);
  }

  /**
   * Every citation the jurisdiction carries, for the test kit's check against the seed text.
   *
   * @param j the plugin
   * @return the citations
   */
  public static Stream<Citation> citations(Jurisdiction j) {
    return Stream.of(
            j.measures().stream().map(m -> m.descriptor().citation()),
            j.portfolioMeasures().stream().map(m -> m.descriptor().citation()),
            j.tasks().stream().map(t -> t.citation()),
            j.duties().stream().map(t -> t.citation()),
            j.targets().stream().map(t -> t.citation()),
            j.parameters().stream().map(Parameter::citation),
            j.interpretations().stream().map(Interpretation::citation),
            j.funds().stream().map(DeclaredFund::citation))
        .flatMap(Function.identity());
  }

  private static void duplicates(Stream<String> ids, String what, List<String> problems) {
    var seen = new HashSet<String>();
    ids.filter(id -> !seen.add(id)).distinct().sorted().forEach(id -> problems.add("duplicate " + what + " id " + id));
  }
}
