package dev.srdi.core.check;

import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Duties and targets that fall outside their document's window: a target's deadline after the
 * document expired or before it was issued, a recurring duty that never falls due while the document
 * is in force; and measures that cover events outside their document's window (deliberate where the
 * text reaches back, "2022年以来", so said as information). A document whose window is unknown is said
 * once, with what cannot be placed.
 */
final class WindowCheck implements Check {

  @Override public String name() {
    return "windows";
  }

  @Override public List<Finding> findings(CheckInput input) {
    Settings s = input.settings();
    Map<DocumentId, PolicyDocument> documents = input.jurisdiction().documents().stream()
        .collect(Collectors.toMap(PolicyDocument::id, Function.identity(), (a, b) -> a));
    var out = new ArrayList<Finding>();
    var unplaced = new TreeMap<String, List<String>>();
    for (Target t : input.jurisdiction().targets()) {
      if (!(t.period() instanceof TargetPeriod.By by)) {
        continue;
      }
      PolicyDocument doc = documents.get(t.citation().document());
      if (doc == null) {
        continue;
      }
      LocalDate deadline = s.value(by.deadline());
      switch (doc.inForce().place(deadline)) {
        case BEFORE -> out.add(Finding.warning("target-outside-window", t.id().value(), t.citation(), "the deadline "
            + deadline + " is before the document is in force (" + doc.inForce().describe() + ")"));
        case AFTER -> out.add(Finding.warning("target-outside-window", t.id().value(), t.citation(), "the deadline "
            + deadline + " is after the document expires (" + doc.inForce().describe() + ")"));
        case UNKNOWN -> unplaced.computeIfAbsent(doc.id().value(), k -> new ArrayList<>()).add("target " + t.id());
        case INSIDE -> { }
      }
    }
    for (RecurringDuty d : input.jurisdiction().duties()) {
      PolicyDocument doc = documents.get(d.citation().document());
      if (doc == null) {
        continue;
      }
      Window w = doc.inForce();
      if (!w.isFullyKnown()) {
        unplaced.computeIfAbsent(doc.id().value(), k -> new ArrayList<>()).add("duty " + d.id());
      } else if (!fallsDueInside(d, w)) {
        out.add(Finding.warning("duty-outside-window", d.id().value(), d.citation(), "the duty (" + d.schedule().describe()
            + ") never falls due while the document is in force (" + w.describe() + ")"));
      }
    }
    for (Measure m : input.jurisdiction().measures()) {
      MeasureDescriptor d = m.descriptor();
      PolicyDocument doc = documents.get(d.document());
      if (doc == null || d.coverage().isEmpty()) {
        continue;
      }
      Window covered = d.coverage().get().resolve(doc.inForce(), s);
      covered.from().filter(from -> doc.inForce().place(from) == Window.Placement.BEFORE).ifPresent(from ->
          out.add(Finding.info("coverage-outside-window", d.id().value(), d.citation(), "covers events from " + from
              + ", before the document is in force (" + doc.inForce().describe() + "): the text reaches back")));
      covered.until().filter(until -> doc.inForce().until().map(until::isAfter).orElse(false)).ifPresent(until ->
          out.add(Finding.info("coverage-outside-window", d.id().value(), d.citation(), "covers events until "
              + until.minusDays(1) + ", after the document expires (" + doc.inForce().describe() + ")")));
    }
    unplaced.forEach((doc, items) -> out.add(Finding.info("window-unknown", doc, citationOf(input, doc),
        "the document's in-force window is not fully known (" + documents.get(DocumentId.of(doc)).inForce().describe()
            + "), so " + String.join(", ", items) + " cannot be placed in it")));
    return out;
  }

  private static boolean fallsDueInside(RecurringDuty d, Window w) {
    for (YearMonth month = YearMonth.from(w.from().orElseThrow()); !month.atDay(1).isAfter(w.until().orElseThrow());
        month = month.plusMonths(1)) {
      if (d.dueIn(month).stream().anyMatch(day -> w.place(day) == Window.Placement.INSIDE)) {
        return true;
      }
    }
    return false;
  }

  /** The first citation the jurisdiction makes of the document: a finding about a document quotes it somewhere. */
  private static Citation citationOf(CheckInput input, String doc) {
    return input.jurisdiction().duties().stream().map(RecurringDuty::citation)
        .filter(c -> c.document().value().equals(doc)).findFirst()
        .or(() -> input.jurisdiction().targets().stream().map(Target::citation)
            .filter(c -> c.document().value().equals(doc)).findFirst())
        .orElseThrow();
  }
}
