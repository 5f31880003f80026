package io.gattscope.app.view;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The light first content of the main window, shown while the explorer itself is built. */
public final class StartingView {
  private StartingView() {}

  /** A scene saying the explorer is starting, already in the user's theme. */
  public static Scene scene(String theme, double width, double height) {
    Label label = new Label("Starting GattScope…");
    label.setId("startingLabel");
    Scene scene = new Scene(new StackPane(label), width, height);
    Css.apply(scene, theme);
    return scene;
  }
}
