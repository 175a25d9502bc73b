package dev.srdi.core.engine;

import dev.srdi.core.policy.Window;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure's covered period with the words the settlement writes about it, written once per settings value
 * instead of for every claim that falls outside it or inside a period whose edges are unknown.
 */
final class CoveredPeriod {
  /** The note of one day, as the one note of a claim that had none. */
  private record DatedNote(LocalDate date, List<String> alone) {}

  /** The note of one day after a claim's one note of its own, as the two notes of such a claim. */
  private record NotedDay(LocalDate date, String note, List<String> both) {}

  private final Window window;
  private final String described;
  private final String unknownNote;
  /**
   * The note of the day last asked for: the claims of a measure settled one after another (a benefit of every
   * enterprise, all on the as-of date) mostly fall on one day, and writing the date was a fair part of settling
   * them. Not volatile: the record's fields are final, so a thread sees a whole one or an older one.
   */
  private DatedNote last;
  /** The same for the claims with one note of their own (each of Guilin's benefits has the same one). */
  private NotedDay lastNoted;

  private CoveredPeriod(Window window, String described, String unknownNote) {
    this.window = window;
    this.described = described;
    this.unknownNote = unknownNote;
  }

  static CoveredPeriod of(Window window) {
    String described = window.describe();
    return new CoveredPeriod(window, described,
        "in-force window unknown (" + described + "): the result assumes the measure applied on ");
  }

  /** {@return the covered period} */
  Window window() {
    return window;
  }

  /** {@return the period in words ({@link Window#describe()})} */
  String described() {
    return described;
  }

  /** {@return the note on a claim inside a period with an unknown edge, up to the claim's date} */
  String unknownNote() {
    return unknownNote;
  }

  /** {@return the note on a claim of the day inside a period with an unknown edge, alone in an unmodifiable list} */
  List<String> unknownNoteAlone(LocalDate date) {
    DatedNote kept = last;
    if (kept == null || !kept.date().equals(date)) {
      kept = new DatedNote(date, List.of(unknownNote + date));
      last = kept;
    }
    return kept.alone();
  }

  /**
   * {@return the claim's one note followed by the note on a claim of the day inside a period with an unknown edge,
   * in an unmodifiable list}
   */
  List<String> afterUnknownNote(String note, LocalDate date) {
    NotedDay kept = lastNoted;
    if (kept == null || !kept.date().equals(date) || !kept.note().equals(note)) {
      kept = new NotedDay(date, note, List.of(note, unknownNoteAlone(date).get(0)));
      lastNoted = kept;
    }
    return kept.both();
  }
}
