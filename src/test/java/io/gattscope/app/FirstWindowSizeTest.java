package io.gattscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.util.Settings;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The explorer's window opens no larger than the screen it opens on. */
class FirstWindowSizeTest {
  @Test
  void aFreshProfileOpensAt1280x800WhenTheScreenHasRoom() {
    Dimension2D size =
        GattScopeApp.firstSize(Settings.inMemory(), new Rectangle2D(0, 0, 1920, 1050));
    assertThat(size).isEqualTo(new Dimension2D(1280, 800));
  }

  @Test
  void aFreshProfileOnA1024x700ScreenFillsItInsteadOfHangingOffIt() {
    Dimension2D size =
        GattScopeApp.firstSize(Settings.inMemory(), new Rectangle2D(0, 0, 1024, 700));
    assertThat(size).isEqualTo(new Dimension2D(1024, 700));
  }

  @Test
  void aSizeSavedOnABiggerMonitorShrinksToTheScreen() {
    Settings saved = Settings.inMemory();
    saved.put("window.width", "1900");
    saved.put("window.height", "1000");
    Dimension2D size = GattScopeApp.firstSize(saved, new Rectangle2D(0, 0, 1280, 760));
    assertThat(size).isEqualTo(new Dimension2D(1280, 760));
  }
}
