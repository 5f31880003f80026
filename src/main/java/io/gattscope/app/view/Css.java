package io.gattscope.app.view;

import javafx.css.PseudoClass;
import javafx.scene.Scene;

/** Pseudo classes of the application and the theme hook for a single scene. */
final class Css {
  static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
  static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

  /** A value label that has no value to show yet (its text says so, in the muted colour). */
  static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

  private Css() {}

  /** Switches every window to the theme and applies it to this scene at once. */
  static void apply(Scene scene, String theme) {
    Themes.use(theme);
    Themes.apply(scene);
  }
}
