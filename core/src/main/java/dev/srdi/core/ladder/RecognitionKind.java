package dev.srdi.core.ladder;

/** 认定 (a new recognition) or 复核 (the re-review that renews one after three years). */
public enum RecognitionKind {
  NEW("认定"),
  RENEWAL("复核");

  private final String nameZh;

  RecognitionKind(String nameZh) {
    this.nameZh = nameZh;
  }

  public String nameZh() {
    return nameZh;
  }
}
