package dev.srdi.jurisdictions.zhanjiang.benefit;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.jurisdictions.zhanjiang.Standing;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an enterprise holds a standing on a day, asked by the benefits of that standing one after another for
 * the same enterprise and day (six benefits ask for {@link Standing#SRDI_FIRM}): the last answer is kept and given
 * again while the enterprise and the day are the same. An enterprise's facts never change, so neither can the
 * answer; the answer is immutable, so threads that race on it only work it out twice. It holds on to the last
 * enterprise asked about, one per standing.
 */
final class HeldStanding {
  private record Answer(Enterprise enterprise, LocalDate day, Optional<Recognition> held) {}

  private final Standing standing;
  private Answer last;

  HeldStanding(Standing standing) {
    this.standing = Objects.requireNonNull(standing, "standing");
  }

  Standing standing() {
    return standing;
  }

  /** {@return the highest recognition giving the standing that is valid on the day: {@link Standing#heldOn}} */
  Optional<Recognition> on(Enterprise enterprise, LocalDate day) {
    Answer answer = last;
    if (answer == null || answer.enterprise() != enterprise || !answer.day().equals(day)) {
      answer = new Answer(enterprise, day, standing.heldOn(enterprise, day));
      last = answer;
    }
    return answer.held();
  }
}
