package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import io.aigonix.diag.Code;
import io.aigonix.diag.Explanations;
import org.junit.jupiter.api.Test;

/**
 * {@code aigonix explain}: every code has a long description, why it matters and a fixed example.
 */
class ExplainCommandTest {

  @Test
  void everyCodeHasAnExplanationWithWhyAndAFixedExample() {
    Explanations explanations = new Explanations();
    for (Code code : Code.values()) {
      assertThat(explanations.markdown(code)).as("explain/" + code.id() + ".md").isPresent();
      assertThat(explanations.markdown(code).get())
          .as(code.id())
          .contains("**Why it matters.**")
          .contains("**Fix.**")
          .contains("```yaml");
    }
  }

  @Test
  void explainPrintsTheDescriptionWhyAndAFixedExample() {
    TestSupport.Run run = TestSupport.cli(TestSupport.root(), "explain", "agx5001");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("AGX5001: Image not pinned (warning)\n")
        .contains("Twelve-factor II")
        .contains("Why it matters")
        .contains("acme/orders:1.4.2");
  }

  @Test
  void anUnknownCodeIsBadUsageWithTheListHint() {
    TestSupport.Run run = TestSupport.cli(TestSupport.root(), "explain", "AGX9999");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("unknown code 'AGX9999'")
        .contains("`aigonix explain` lists the codes");
  }

  @Test
  void withoutACodeItListsEveryCode() {
    TestSupport.Run run = TestSupport.cli(TestSupport.root(), "explain");
    assertThat(run.exitCode()).isZero();
    for (Code code : Code.values()) {
      assertThat(run.out())
          .contains(code.id() + "  " + code.defaultSeverity().word() + "  " + code.title());
    }
  }
}
