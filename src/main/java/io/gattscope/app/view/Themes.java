package io.gattscope.app.view;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Applies the current theme's style sheets to every window of the application (the main window, the
 * Charts window, detached charts, the layout picker and every dialog), including windows opened
 * later; popups (menus, combo lists, tooltips) take their owner's sheets.
 */
public final class Themes {
  static final String BASE = "/io/gattscope/app/view/gattscope.css";
  static final String DARK = "/io/gattscope/app/view/dark.css";
  static final String CHART_DARK = "/io/gattscope/app/view/chart-dark.css";
  private static final ReadOnlyStringWrapper CURRENT = new ReadOnlyStringWrapper("light");
  private static boolean watching;

  private Themes() {}

  /** The theme in use: "light" or "dark". */
  public static ReadOnlyStringProperty currentProperty() {
    return CURRENT.getReadOnlyProperty();
  }

  /**
   * Switches every open window to the theme and keeps doing so for new windows (FX thread only).
   */
  public static void use(String theme) {
    CURRENT.set("dark".equals(theme) ? "dark" : "light");
    if (!watching) {
      watching = true;
      Window.getWindows()
          .addListener(
              (ListChangeListener<Window>)
                  c -> {
                    while (c.next()) {
                      c.getAddedSubList().forEach(Themes::watch);
                    }
                  });
      Window.getWindows().forEach(Themes::watch);
    }
    for (Window w : List.copyOf(Window.getWindows())) {
      if (w.getScene() != null && !(w instanceof PopupWindow)) {
        apply(w.getScene());
      }
    }
  }

  private static void watch(Window w) {
    if (w instanceof PopupWindow) {
      return;
    }
    if (w.getScene() != null) {
      apply(w.getScene());
    }
    w.sceneProperty().addListener((o, a, scene) -> apply(scene));
  }

  /** Puts the current theme's sheets on a scene, keeping any other sheets it has. */
  public static void apply(Scene scene) {
    if (scene == null) {
      return;
    }
    List<String> ours = List.of(url(BASE), url(DARK), url(CHART_DARK));
    scene.getStylesheets().removeAll(ours);
    scene.getStylesheets().add(url(BASE));
    if ("dark".equals(CURRENT.get())) {
      scene.getStylesheets().addAll(url(DARK), url(CHART_DARK));
    }
  }

  private static String url(String resource) {
    return Themes.class.getResource(resource).toExternalForm();
  }
}
