package io.aigonix;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Pins the package rules of ARCHITECTURE.md on the compiled main classes, so the picture stays
 * true. Each rule is written so that a new package is covered without editing it: "nothing outside
 * X may", or "X may only", rather than a list of the packages that may not.
 */
@AnalyzeClasses(packages = "io.aigonix", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("io.aigonix.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule modelIsFreeOfJacksonFabric8AndTheCommandLine =
      noClasses()
          .that()
          .resideInAPackage("io.aigonix.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..", "io.fabric8..", "io.aigonix.cli..")
          .because(
              "the resolved model is plain records; binding and Kubernetes objects are other stages' concern");

  @ArchTest
  static final ArchRule onlyTheCommandLineSeesTheCommandLine =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.aigonix.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.aigonix.cli..", "picocli..")
          .because("commands parse options and print; the stages they call know nothing of them");

  @ArchTest
  static final ArchRule onlyValidateSeesNetworknt =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.aigonix.validate..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.networknt..")
          .because("the schema library is an implementation detail of validate's SchemaValidator");

  /**
   * Besides itself diag may use only the JSON writer (io.aigonix.json), so a new stage is refused
   * too.
   */
  @ArchTest
  static final ArchRule diagnosticsDependOnNoStage =
      classes()
          .that()
          .resideInAPackage("io.aigonix.diag..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("io.aigonix..")
                  .or(resideInAnyPackage("io.aigonix.diag..", "io.aigonix.json..")))
          .because("every stage reports through diag, so diag sits below them all");

  @ArchTest
  static final ArchRule onlyPublishAndDiffTouchJgit =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.aigonix.publish..", "io.aigonix.diff..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.eclipse.jgit..")
          .because("publish owns Git; diff uses JGit's differ only");

  @ArchTest
  static final ArchRule theLayoutDependsOnlyOnTheModel =
      classes()
          .that()
          .resideInAPackage("io.aigonix.layout..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("io.aigonix..")
                  .or(resideInAnyPackage("io.aigonix.layout..", "io.aigonix.model..")))
          .because("every stage asks the layout for folder and file names, so it sits below them");

  /**
   * SnakeYAML is the parser (source/) and the scalar rules of the YAML writer (render/), nowhere
   * else.
   */
  @ArchTest
  static final ArchRule onlySourceParsesYaml =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.aigonix.source..", "io.aigonix.render..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.yaml.snakeyaml..", "com.fasterxml.jackson.dataformat.yaml..")
          .because(
              "source/ is the one YAML reader, with one set of limits, for every YAML the tool reads");

  /** The stages are built by the one entry point, pipeline/Compiler, not by the commands. */
  @ArchTest
  static final ArchRule onlyThePipelineBuildsTheStages =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.aigonix.pipeline..")
          .should()
          .callConstructor(io.aigonix.validate.SchemaValidator.class)
          .orShould()
          .callConstructor(io.aigonix.validate.SemanticValidator.class)
          .orShould()
          .callConstructor(io.aigonix.spec.SpecBinder.class)
          .orShould()
          .callConstructor(
              io.aigonix.generate.Generators.class, io.aigonix.generate.RuntimeTemplates.class)
          .orShould()
          .callConstructor(io.aigonix.lint.Linter.class)
          .because("one Compiler per run holds the compiled schema and the generators");
}
