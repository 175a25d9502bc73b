package dev.srdi.jurisdictions.zhanjiang.benefit;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.jurisdictions.zhanjiang.Standing;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an enterprise holds a standing on the as-of date, asked by the benefits of that standing one after
 * another for the same enterprise (six benefits ask for {@link Standing#SRDI_FIRM}): a question of the evaluation
 * ({@link EvaluationContext#answer}), worked out once per enterprise and evaluation and given again to the others.
 * Nothing is kept beyond the evaluation, and two evaluations at once each get their own answer.
 */
final class HeldStanding {
  private final Standing standing;
  private final EvaluationContext.Question<Optional<Recognition>> question;

  HeldStanding(Standing standing) {
    this.standing = Objects.requireNonNull(standing, "standing");
    this.question = EvaluationContext.Question.of("zhanjiang: " + standing.nameEn() + " held on the as-of date",
        standing::heldOn);
  }

  Standing standing() {
    return standing;
  }

  /** {@return the highest recognition giving the standing that is valid on the as-of date: {@link Standing#heldOn}} */
  Optional<Recognition> on(Enterprise enterprise, EvaluationContext context) {
    return context.answer(question, enterprise);
  }
}
