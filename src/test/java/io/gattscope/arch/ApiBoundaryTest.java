package io.gattscope.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the line between the library's API and its internals: the explorer and the CLI use backends
 * the way a library user does, through {@code Backends} and {@code io.gattscope.ble}.
 */
class ApiBoundaryTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.gattscope");
  }

  @Test
  void appAndCliReachRealBackendsOnlyThroughBackends() {
    noClasses()
        .that()
        .resideInAnyPackage("io.gattscope.app..", "io.gattscope.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.gattscope.ble.bgapi..", "io.gattscope.ble.bluez..", "io.gattscope.ble.gatttool..")
        .because("backends are internal; Backends opens them by id, as for any library user")
        .check(classes);
  }

  @Test
  void appAndCliUseOnlyTheSimulatorsControlApi() {
    noClasses()
        .that()
        .resideInAnyPackage("io.gattscope.app..", "io.gattscope.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.gattscope.ble.sim.gatt..")
        .because(
            "the simulator's public control API is io.gattscope.ble.sim and sim.world (scripts,"
                + " peripherals, faults); its ATT server is internal")
        .check(classes);
  }

  @Test
  void theLibraryNeedsNoLoggingImplementationAndNoApplicationSetUp() {
    noClasses()
        .that()
        .resideInAnyPackage("io.gattscope.ble..", "io.gattscope.gatt..", "io.gattscope.stream..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("ch.qos.logback..", "io.gattscope.logging..", "picocli..")
        .because("a library user brings their own SLF4J binding and gets no CLI")
        .check(classes);
  }
}
