package io.gattscope.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The app's logging configuration is named only by the app, never loaded by a library user. */
class AppLoggingTest {

  @Test
  void theJarCarriesNoConfigurationLogbackLoadsByItself() {
    Path classes = Path.of("target", "classes");
    assertThat(classes.resolve("logback.xml")).doesNotExist();
    assertThat(classes.resolve("logback-test.xml")).doesNotExist();
    assertThat(classes.resolve(AppLogging.CONFIG_RESOURCE)).exists();
  }

  @Test
  void configurePointsLogbackAtTheAppConfigurationUnlessTheUserChoseOne() {
    String before = System.getProperty(AppLogging.LOGBACK_PROPERTY);
    try {
      System.clearProperty(AppLogging.LOGBACK_PROPERTY);
      AppLogging.configure();
      assertThat(System.getProperty(AppLogging.LOGBACK_PROPERTY))
          .isEqualTo(AppLogging.CONFIG_RESOURCE);

      System.setProperty(AppLogging.LOGBACK_PROPERTY, "/home/me/my-logback.xml");
      AppLogging.configure();
      assertThat(System.getProperty(AppLogging.LOGBACK_PROPERTY))
          .isEqualTo("/home/me/my-logback.xml");
    } finally {
      if (before == null) {
        System.clearProperty(AppLogging.LOGBACK_PROPERTY);
      } else {
        System.setProperty(AppLogging.LOGBACK_PROPERTY, before);
      }
    }
  }

  @Test
  void theConfigurationIsOnTheClassPathUnderItsName() throws Exception {
    try (var in =
        AppLogging.class.getClassLoader().getResourceAsStream(AppLogging.CONFIG_RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("io.gattscope");
    }
    assertThat(Files.exists(Path.of("resources", "logback.xml"))).isFalse();
  }
}
