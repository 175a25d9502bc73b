package dev.srdi.core.text;

import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.target.Target;

/** Something a plugin declares that cites a clause: a measure, a benefit, a parameter, an interpretation, a target, a task or a duty. */
public sealed interface Citing {
  /** Its id, unique within its kind. */
  String id();

  /** The clause and words it cites. */
  Citation citation();

  /** Its kind, as the document's JSON names it ({@code measure}, {@code parameter}, …). */
  String kind();

  /** Calls the visitor's method for this kind of entry. */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of entry, so that a renderer handles every kind (a new kind breaks it at compile time). */
  interface Visitor<R> {
    R measure(OfMeasure m);

    R parameter(OfParameter p);

    R interpretation(OfInterpretation i);

    R target(OfTarget t);

    R task(OfTask t);

    R duty(OfDuty d);
  }

  /** A monetary measure an enterprise earns, or one assessed over the portfolio. */
  record OfMeasure(MeasureDescriptor descriptor, boolean portfolio) implements Citing {
    @Override public String id() {
      return descriptor.id().value();
    }

    @Override public Citation citation() {
      return descriptor.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.measure(this);
    }

    @Override public String kind() {
      return descriptor.isMonetary() ? "measure" : "benefit";
    }
  }

  /** A named number of the text. */
  record OfParameter(Parameter<?> parameter) implements Citing {
    @Override public String id() {
      return parameter.id().value();
    }

    @Override public Citation citation() {
      return parameter.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.parameter(this);
    }

    @Override public String kind() {
      return "parameter";
    }
  }

  /** A reading of a clause that leaves a point open. */
  record OfInterpretation(Interpretation interpretation) implements Citing {
    @Override public String id() {
      return interpretation.id().value();
    }

    @Override public Citation citation() {
      return interpretation.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.interpretation(this);
    }

    @Override public String kind() {
      return "interpretation";
    }
  }

  /** A numeric target. */
  record OfTarget(Target target) implements Citing {
    @Override public String id() {
      return target.id().value();
    }

    @Override public Citation citation() {
      return target.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.target(this);
    }

    @Override public String kind() {
      return "target";
    }
  }

  /** A task given to departments. */
  record OfTask(Task task) implements Citing {
    @Override public String id() {
      return task.id().value();
    }

    @Override public Citation citation() {
      return task.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.task(this);
    }

    @Override public String kind() {
      return "task";
    }
  }

  /** A duty that recurs on a schedule. */
  record OfDuty(RecurringDuty duty) implements Citing {
    @Override public String id() {
      return duty.id().value();
    }

    @Override public Citation citation() {
      return duty.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.duty(this);
    }

    @Override public String kind() {
      return "duty";
    }
  }
}
