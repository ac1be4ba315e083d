package io.aigonix.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputTreeTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/abs.yaml",
        "a//b.yaml",
        "a/",
        "./a.yaml",
        "a/./b.yaml",
        "a/../b.yaml",
        "..",
        "a/..",
        "a\\b.yaml",
        "."
      })
  void aPathThatIsNotCleanAndRelativeIsRefused(String path) {
    assertThatThrownBy(() -> new OutputTree(Map.of(path, new byte[0])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a clean relative path");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a.yaml",
        "a/b.yaml",
        ".hidden",
        "a/..b.yaml",
        "a/b../c.yaml",
        "...",
        "_gitops/flux/x.yaml"
      })
  void aCleanRelativePathIsTaken(String path) {
    assertThat(new OutputTree(Map.of(path, new byte[] {1})).get(path)).containsExactly(1);
  }
}
