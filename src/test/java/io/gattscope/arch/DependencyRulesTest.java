package io.gattscope.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the dependency rules of docs/architecture.md: no package cycles, backends independent of
 * each other, app and cli apart, standard output only in the command line, and one hex formatter at
 * the bottom.
 */
class DependencyRulesTest {
  private static final List<String> BACKENDS =
      List.of(
          "io.gattscope.ble.bgapi..",
          "io.gattscope.ble.bluez..",
          "io.gattscope.ble.gatttool..",
          "io.gattscope.ble.sim..");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.gattscope");
  }

  @Test
  void topLevelPackagesAreFreeOfCycles() {
    slices()
        .matching("io.gattscope.(*)..")
        .should()
        .beFreeOfCycles()
        .because("app and cli sit on the library; only io.gattscope.Main knows both front ends")
        .check(classes);
  }

  @Test
  void applicationPackagesAreFreeOfCycles() {
    slices().matching("io.gattscope.app.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyPackageIsFreeOfCycles() {
    slices().matching("io.gattscope.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void bgapiBluezAndGatttoolImportNoOtherBackend() {
    for (String backend : BACKENDS.subList(0, 3)) {
      noClasses()
          .that()
          .resideInAPackage(backend)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others(backend))
          .because("a backend reaches another only through BackendProvider and ServiceLoader")
          .check(classes);
    }
  }

  /**
   * The simulator is a simulated BLED112: it speaks the BGAPI codec over a BGAPI link, so those two
   * packages are the shared part it may use. Only SimulatedAdapter, which puts a BgapiBackend in
   * front of the simulated dongle, may use the BGAPI backend itself.
   */
  @Test
  void simulatorSharesOnlyTheBgapiCodecAndLink() {
    noClasses()
        .that()
        .resideInAPackage("io.gattscope.ble.sim..")
        .and()
        .doNotHaveFullyQualifiedName("io.gattscope.ble.sim.SimulatedAdapter")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.gattscope.ble.bgapi", "io.gattscope.ble.bluez..", "io.gattscope.ble.gatttool..")
        .check(classes);
    noClasses()
        .that()
        .haveFullyQualifiedName("io.gattscope.ble.sim.SimulatedAdapter")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.gattscope.ble.bluez..", "io.gattscope.ble.gatttool..")
        .check(classes);
  }

  /**
   * Only the command line (and the entry point's hand-over to it) may use System.out and
   * System.err; everything else logs through SLF4J or takes a PrintStream (the benchmarks live in
   * the test sources).
   */
  @Test
  void onlyTheCommandLinePrints() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("io.gattscope.cli..")
            .and()
            .doNotHaveFullyQualifiedName("io.gattscope.Main")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
    rule.check(classes);
  }

  @Test
  void appAndCliNeverImportEachOther() {
    noClasses()
        .that()
        .resideInAPackage("io.gattscope.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.gattscope.cli..")
        .because("the two front ends share only the library; io.gattscope.Main chooses one")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("io.gattscope.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.gattscope.app..")
        .because("the two front ends share only the library; io.gattscope.Main chooses one")
        .check(classes);
  }

  @Test
  void onlyHexTextUsesTheJdkHexFormat() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("io.gattscope.bytes.HexText")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.HexFormat")
        .because("the project has one hex formatter, io.gattscope.bytes.HexText")
        .check(classes);
  }

  @Test
  void theBytesPackageSitsBelowEveryOther() {
    noClasses()
        .that()
        .resideInAPackage("io.gattscope.bytes..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.gattscope..").and(resideOutsideOfPackage("io.gattscope.bytes..")))
        .because("every layer, ble included, may use it")
        .check(classes);
  }

  private static String[] others(String backend) {
    return BACKENDS.stream().filter(b -> !b.equals(backend)).toArray(String[]::new);
  }
}
