package dev.srdi.cli.view;

import dev.srdi.api.json.CatalogJson;
import dev.srdi.cli.text.Amounts;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.target.Target;
import dev.srdi.api.json.TargetsJson;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.stacking.StackingRule;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The jurisdictions and their measures, parameters and interpretations as tables and CSV. */
public final class CatalogView {
  private CatalogView() {}

  public static String jurisdictions(List<Jurisdiction> all) {
    var table = TextTable.of(Column.left("Id"), Column.left("中文"), Column.left("English"), Column.right("Measures"),
        Column.right("Parameters"), Column.right("Targets"), Column.right("Tasks"), Column.right("Duties"),
        Column.left("Documents 文件", 50));
    for (Jurisdiction j : all) {
      table.row(j.id().value(), j.nameZh(), j.nameEn(), String.valueOf(j.measures().size() + j.portfolioMeasures().size()),
          String.valueOf(j.parameters().size()), String.valueOf(j.targets().size()), String.valueOf(j.tasks().size()),
          String.valueOf(j.duties().size()),
          j.documents().stream().map(d -> d.titleZh() + d.number().map(n -> "（" + n + "）").orElse(""))
              .collect(Collectors.joining("\n")));
    }
    return table.render();
  }

  public static String jurisdictionsCsv(List<Jurisdiction> all) {
    var out = new StringBuilder(Csv.row("id", "nameZh", "nameEn", "measures", "parameters", "targets", "tasks", "duties"));
    for (Jurisdiction j : all) {
      out.append(Csv.row(j.id().value(), j.nameZh(), j.nameEn(),
          String.valueOf(j.measures().size() + j.portfolioMeasures().size()), String.valueOf(j.parameters().size()),
          String.valueOf(j.targets().size()), String.valueOf(j.tasks().size()), String.valueOf(j.duties().size())));
    }
    return out.toString();
  }

  public static String measures(Jurisdiction j, Settings settings) {
    var out = new StringBuilder(Labels.jurisdiction(j)).append('\n');
    var measures = TextTable.of(Column.left("Measure 措施", 36), Column.right("Amount (yuan)"),
        Column.left("Rule 规则", 36), Column.left("Fund 资金来源", 24), Column.left("Owed by 责任单位", 30),
        Column.left("Clause 条款", 24));
    descriptors(j).forEach(d -> measures.row(Labels.named(d.nameZh(), d.nameEn(), d.id().value()), amount(d, settings),
        rule(d, settings), d.fundingSource().orElse("(not stated)"), Labels.units(d.responsibility()),
        Labels.clause(d.citation())));
    out.append("Measures 措施 (").append(j.measures().size() + j.portfolioMeasures().size()).append(")\n");
    out.append(measures.isEmpty() ? "  none loaded\n" : measures.render());

    var parameters = TextTable.of(Column.left("Parameter 参数", 40), Column.right("Value 取值"), Column.left("Unit"),
        Column.left("Clause 条款", 24), Column.left("Description", 40));
    j.parameters().stream().sorted(Comparator.comparing(Parameter::id)).forEach(p -> parameters.row(p.id().value(),
        value(p, settings), p.unit().name() + " " + p.unit().symbol(), Labels.clause(p.citation()),
        p.description()));
    out.append("\nParameters 参数 (").append(j.parameters().size()).append(") — change any with `srdi whatif --set ID=VALUE`\n");
    out.append(parameters.isEmpty() ? "  none\n" : parameters.render());
    appendHistories(out, j, settings);

    appendTasksTargetsAndDuties(out, j, settings);

    if (!j.interpretations().isEmpty()) {
      var interpretations = TextTable.of(Column.left("Interpretation 解释", 36), Column.left("Choice (default)"),
          Column.left("Choices", 50), Column.left("Clause 条款", 24));
      j.interpretations().stream().sorted(Comparator.comparing(Interpretation::id)).forEach(i -> interpretations.row(
          i.id().value() + "\n" + i.description(), settings.choice(i),
          i.choices().stream().map(c -> c.id() + ": " + c.description()).collect(Collectors.joining("\n")),
          Labels.clause(i.citation())));
      out.append("\nInterpretations 解释 — switch with `srdi whatif --interpretation ID=CHOICE`\n").append(interpretations.render());
    }
    return out.toString();
  }

  /** The rest of the document: what no enterprise earns but somebody owes, so that every clause shows. */
  private static void appendTasksTargetsAndDuties(StringBuilder out, Jurisdiction j, Settings settings) {
    var targets = TextTable.of(Column.left("Target 目标", 36), Column.right("Required"), Column.left("Period", 24),
        Column.left("Owed by 责任单位", 30), Column.left("Clause 条款", 24));
    j.targets().stream().sorted(Comparator.comparing(Target::id)).forEach(t -> targets.row(
        Labels.named(t.nameZh(), t.nameEn(), t.id().value()), CatalogJson.format(t.requirement(), settings),
        TargetsJson.period(t.period(), settings), Labels.units(t.responsibility()), Labels.clause(t.citation())));
    out.append("\nTargets 目标 (").append(j.targets().size()).append(") — progress with `srdi targets`\n");
    out.append(targets.isEmpty() ? "  none\n" : targets.render());

    var tasks = TextTable.of(Column.left("Task 任务", 36), Column.left("What it commits to", 44),
        Column.left("Owed by 责任单位", 30), Column.left("Clause 条款", 24));
    j.tasks().stream().sorted(Comparator.comparing(Task::id)).forEach(t -> tasks.row(
        Labels.named(t.nameZh(), t.nameEn(), t.id().value()), t.description(), Labels.units(t.responsibility()),
        Labels.clause(t.citation())));
    out.append("\nTasks 任务 (").append(j.tasks().size()).append(")\n");
    out.append(tasks.isEmpty() ? "  none\n" : tasks.render());

    var duties = TextTable.of(Column.left("Duty 职责", 36), Column.left("When", 30), Column.left("Owed by 责任单位", 30),
        Column.left("Clause 条款", 24));
    j.duties().stream().sorted(Comparator.comparing(RecurringDuty::id)).forEach(d -> duties.row(
        Labels.named(d.nameZh(), d.nameEn(), d.id().value()), d.schedule().describe(), Labels.units(d.responsibility()),
        Labels.clause(d.citation())));
    out.append("\nRecurring duties 定期职责 (").append(j.duties().size()).append(") — what falls due: `srdi duties --month`\n");
    out.append(duties.isEmpty() ? "  none\n" : duties.render());
  }

  public static String measuresCsv(Jurisdiction j, Settings settings) {
    var out = new StringBuilder(Csv.row("kind", "id", "nameZh", "nameEn", "amountKind", "value", "unit", "fundingSource",
        "leadUnits", "responsibleUnits", "document", "clause", "quote", "valueIs"));
    // valueIs says what a measure's value is, as the JSON's "amount" or "cap" does: a proportional formula's
    // figure is its cap even where the amount it pays is EXACT.
    descriptors(j).forEach(d -> {
      var figure = d.formula().cap(settings);
      out.append(Csv.row("measure", d.id().value(), d.nameZh(), d.nameEn(), d.amountKind().name(),
          figure.map(m -> m.toFenString()).orElse(""), "yuan", d.fundingSource().orElse(""),
          Labels.join(d.responsibility().lead()), Labels.join(d.responsibility().responsible()),
          d.citation().document().value(), d.citation().clause(), d.citation().quote(),
          figure.isEmpty() ? "" : CatalogJson.isCap(d) ? "cap" : "amount"));
    });
    j.parameters().stream().sorted(Comparator.comparing(Parameter::id)).forEach(p -> out.append(Csv.row("parameter",
        p.id().value(), "", p.description(), "", CatalogJson.format(p, settings), p.unit().name(), "", "", "",
        p.citation().document().value(), p.citation().clause(), p.citation().quote(), "")));
    j.targets().stream().sorted(Comparator.comparing(Target::id)).forEach(t -> out.append(Csv.row("target",
        t.id().value(), t.nameZh(), t.nameEn(), "", CatalogJson.format(t.requirement(), settings),
        t.requirement().unit().name(), "", Labels.join(t.responsibility().lead()),
        Labels.join(t.responsibility().responsible()), t.citation().document().value(), t.citation().clause(),
        t.citation().quote(), "")));
    j.tasks().stream().sorted(Comparator.comparing(Task::id)).forEach(t -> out.append(Csv.row("task",
        t.id().value(), t.nameZh(), t.nameEn(), "", "", "", "", Labels.join(t.responsibility().lead()),
        Labels.join(t.responsibility().responsible()), t.citation().document().value(), t.citation().clause(),
        t.citation().quote(), "")));
    j.duties().stream().sorted(Comparator.comparing(RecurringDuty::id)).forEach(d -> out.append(Csv.row("duty",
        d.id().value(), d.nameZh(), d.nameEn(), "", d.schedule().describe(), "", "", Labels.join(d.responsibility().lead()),
        Labels.join(d.responsibility().responsible()), d.citation().document().value(), d.citation().clause(),
        d.citation().quote(), "")));
    j.interpretations().stream().sorted(Comparator.comparing(Interpretation::id)).forEach(i -> out.append(Csv.row(
        "interpretation", i.id().value(), "", i.description(), "", settings.choice(i),
        i.choices().stream().map(Choice::id).collect(Collectors.joining("|")), "", "", "",
        i.citation().document().value(), i.citation().clause(), i.citation().quote(), "")));
    return out.toString();
  }

  /** A parameter's value for people: amounts with thousands separators, everything else in its unit's words. */
  /** Parameters whose value changes over time, each with its dated values; nothing when none does. */
  private static void appendHistories(StringBuilder out, Jurisdiction j, Settings settings) {
    var dated = j.parameters().stream().filter(p -> settings.timeline(p).steps().stream().anyMatch(s -> s.from().isPresent()))
        .sorted(Comparator.comparing(Parameter::id)).toList();
    if (dated.isEmpty()) {
      return;
    }
    var history = TextTable.of(Column.left("Parameter 参数", 40), Column.left("Values over time 取值沿革"));
    dated.forEach(p -> history.row(p.id().value(), describe(p, settings)));
    out.append("\nValues over time 取值沿革 — each holds from its date until the next; change one from a date with "
        + "`srdi whatif --set ID=VALUE@YYYY-MM-DD`\n");
    out.append(history.render());
  }

  private static <T> String describe(Parameter<T> p, Settings settings) {
    return settings.timeline(p).describe(p.unit()::format);
  }

  private static String value(Parameter<?> p, Settings settings) {
    Object v = settings.value(p);
    return v instanceof dev.srdi.core.money.Money m ? Amounts.grouped(m) : CatalogJson.format(p, settings);
  }

  /**
   * The amount with its kind: "500,000.00", "≤ 500,000.00", "— (set elsewhere)", "non-monetary". A
   * proportional formula's figure is its cap, whatever the kind of the amount it pays.
   */
  public static String amount(MeasureDescriptor d, Settings settings) {
    if (d.amountKind() == AmountKind.NONE || d.amountKind() == AmountKind.UNSPECIFIED) {
      return Amounts.withKind(java.util.Optional.empty(), d.amountKind());
    }
    AmountKind shown = CatalogJson.isCap(d) ? AmountKind.UP_TO : d.amountKind();
    return d.formula().cap(settings).map(cap -> Amounts.withKind(java.util.Optional.of(cap), shown))
        .orElse("see rule");
  }

  private static String rule(MeasureDescriptor d, Settings settings) {
    return Stream.concat(Stream.of(d.formula().describe(settings)), d.stacking().stream().map(StackingRule::describe))
        .collect(Collectors.joining("\n"));
  }

  private static List<MeasureDescriptor> descriptors(Jurisdiction j) {
    return Stream.concat(j.measures().stream().map(m -> m.descriptor()), j.portfolioMeasures().stream().map(m -> m.descriptor()))
        .sorted(Comparator.comparing(MeasureDescriptor::id)).toList();
  }
}
