package io.gattscope.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the layer rules of docs/architecture.md: each check() asserts a rule and fails naming every
 * violation.
 */
class LayerRulesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.gattscope");
  }

  @Test
  void libraryPackagesNeverImportJavaFx() {
    noClasses()
        .that()
        .resideInAnyPackage("io.gattscope.ble..", "io.gattscope.gatt..", "io.gattscope.stream..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "io.fair_acc..", "org.controlsfx..")
        .because("the library must run without a toolkit")
        .check(classes);
  }

  @Test
  void libraryPackagesNeverImportTheApplication() {
    noClasses()
        .that()
        .resideInAnyPackage("io.gattscope.ble..", "io.gattscope.gatt..", "io.gattscope.stream..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.gattscope.app..", "io.gattscope.cli..")
        .check(classes);
  }

  @Test
  void apiPackageNeverImportsBackends() {
    noClasses()
        .that()
        .resideInAPackage("io.gattscope.ble")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.gattscope.ble.bgapi..",
            "io.gattscope.ble.bluez..",
            "io.gattscope.ble.gatttool..",
            "io.gattscope.ble.sim..",
            "com.fazecast..",
            "org.freedesktop..")
        .because("backends are found through Backends, the API knows none of them")
        .check(classes);
  }

  @Test
  void viewModelsNeverTouchTheSceneGraph() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..", "javafx.stage..", "io.fair_acc.chartfx..")
        .because("view models are tested without a toolkit; views bind to them")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void onlyTheSerialLinkTouchesJSerialComm() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.gattscope.ble.bgapi.link..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fazecast..")
        .check(classes);
  }
}
