package io.gattscope.app.view;

import javafx.css.PseudoClass;
import javafx.scene.Scene;

/** Style sheets and pseudo classes of the application (light and dark themes). */
final class Css {
  static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
  static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
  static final String BASE = "/io/gattscope/app/view/gattscope.css";
  static final String DARK = "/io/gattscope/app/view/dark.css";

  private Css() {}

  /** Applies the base sheet and, for "dark", the dark theme. */
  static void apply(Scene scene, String theme) {
    scene.getStylesheets().setAll(Css.class.getResource(BASE).toExternalForm());
    if ("dark".equals(theme)) {
      scene.getStylesheets().add(Css.class.getResource(DARK).toExternalForm());
    }
  }
}
