package dev.srdi.core.ladder;

/** 认定 (a new recognition) or 复核 (the re-review that renews one after three years). */
public enum RecognitionKind {
  /** 认定: the first recognition of a title at a level. */
  NEW("认定"),
  /** 复核: the re-review that renews a title after its three years. */
  RENEWAL("复核");

  private final String nameZh;

  RecognitionKind(String nameZh) {
    this.nameZh = nameZh;
  }

  /** {@return the term the texts use: 认定 or 复核} */
  public String nameZh() {
    return nameZh;
  }
}
