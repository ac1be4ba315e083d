package io.aigonix.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.Needs;
import io.aigonix.TestSupport;
import io.aigonix.seal.SealedVerifyAccess;
import io.aigonix.validate.k8s.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The promise of issue 18, as a property: whenever {@code aigonix validate} says an input is valid,
 * {@code aigonix compile} writes a tree that the independent {@code ../shared/tools/k8s-validate}
 * ({@code validate.js --strict}: the Kubernetes, Flux, Argo CD and SealedSecret schemas and the
 * apiserver's name and label rules) accepts, and that holds the values as written (no rounding,
 * wrapping or dropping), and compile never fails on it. Inputs come from {@link ValueCases}. Every
 * valid case is compiled into one folder (through the CLI, the contract that stays put) and
 * validate.js runs once over all of them; findings map back to their case.
 *
 * <p>{@code -Daigonix.properties.cases=N} (default 300; {@code mvn -Pproperties} runs 5000) and
 * {@code -Daigonix.properties.seed=S} (default 18). Skips when ../shared or Node is missing, unless
 * CI=true.
 */
class ValuesPropertyTest {
  private static final Pattern CASE = Pattern.compile("case-(\\d+)/");

  @Test
  void whateverValidateAcceptsTheReceiversAccept(@TempDir Path work) throws Exception {
    Needs.sharedAndNode(
        "tools/k8s-validate",
        "to check that Kubernetes, Flux and Argo CD accept what validate passes");
    int count = Integer.getInteger("aigonix.properties.cases", 300);
    long seed = Long.getLong("aigonix.properties.seed", 18L);
    Map<Integer, List<String>> escapes = new TreeMap<>();
    Path trees = work.resolve("trees");
    int valid = 0;
    long started = System.nanoTime();
    for (ValueCases.Case c : ValueCases.generate(seed, count)) {
      Path dir = Files.createDirectories(work.resolve("inputs").resolve(name(c)));
      Files.writeString(dir.resolve("aigonix.yaml"), c.yaml(), StandardCharsets.UTF_8);
      Path out = trees.resolve(name(c));
      TestSupport.Run run =
          TestSupport.cli(dir, "compile", "-f", "aigonix.yaml", "-o", out.toString());
      if (run.exitCode() == 0) {
        valid++;
        verbatim(c, out)
            .forEach(
                problem -> escapes.computeIfAbsent(c.index(), k -> new ArrayList<>()).add(problem));
      } else if (run.exitCode() != 1 || run.err().contains("\tat ")) {
        escapes
            .computeIfAbsent(c.index(), k -> new ArrayList<>())
            .add("compile exit " + run.exitCode() + ": " + run.err().lines().limit(3).toList());
      }
    }
    long compiled = System.nanoTime();
    if (valid > 0) {
      SealedVerifyAccess.Result checked =
          SealedVerifyAccess.node(
              "k8s-validate",
              "to check that Kubernetes, Flux and Argo CD accept whatever validate says is valid",
              "validate.js",
              "--strict",
              trees.toString());
      for (String line : checked.out().lines().toList()) {
        Matcher m = CASE.matcher(line);
        if (m.find() && (line.contains(": error: ") || line.contains(": warning: "))) {
          escapes.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(line);
        }
      }
      assertThat(checked.exit() == 0 || !escapes.isEmpty())
          .as("validate.js failed: " + checked.out() + checked.err())
          .isTrue();
    }
    List<ValueCases.Case> all = ValueCases.generate(seed, count);
    StringBuilder report = new StringBuilder();
    escapes.forEach(
        (index, problems) ->
            report
                .append("case ")
                .append(index)
                .append(' ')
                .append(all.get(index).slots())
                .append("\n  ")
                .append(String.join("\n  ", problems))
                .append('\n'));
    System.out.println(
        "values property: "
            + count
            + " cases (seed "
            + seed
            + "), "
            + valid
            + " valid, "
            + escapes.size()
            + " escapes; compile "
            + (compiled - started) / 1_000_000
            + " ms, validate.js "
            + (System.nanoTime() - compiled) / 1_000_000
            + " ms");
    assertThat(escapes)
        .as("inputs validate accepts but a receiver refuses or compile changes:\n" + report)
        .isEmpty();
    assertThat(valid).as("valid cases among " + count).isGreaterThan(count / 10);
  }

  private static String name(ValueCases.Case c) {
    return String.format("case-%05d", c.index());
  }

  /** The Dev Deployment holds the image, replicas and quantities the input gave, unchanged. */
  @SuppressWarnings("unchecked")
  private static List<String> verbatim(ValueCases.Case c, Path out) throws IOException {
    List<String> problems = new ArrayList<>();
    Path file =
        out.resolve("shop-" + c.index()).resolve("dev").resolve("deployment-dev-orders.yaml");
    if (!Files.isRegularFile(file)) {
      return List.of("no " + out.relativize(file));
    }
    Map<String, Object> deployment = new Yaml(new LoaderOptions()).load(Files.readString(file));
    Map<String, Object> spec = (Map<String, Object>) deployment.get("spec");
    Map<String, Object> given;
    try {
      given = new Yaml(new LoaderOptions()).load(c.yaml());
    } catch (RuntimeException e) {
      // SnakeYAML's own constructor refuses the input (a custom tag, say) that aigonix accepted
      return List.of(
          "SnakeYAML cannot construct the accepted input: "
              + e.getMessage().lines().findFirst().orElse(""));
    }
    Map<String, Object> ms =
        (Map<String, Object>)
            ((List<Map<String, Object>>)
                    ((List<Map<String, Object>>) given.get("applications"))
                        .get(0)
                        .get("microservices"))
                .get(0);
    if (!sameNumber(String.valueOf(ms.get("replicas")), String.valueOf(spec.get("replicas")))) {
      problems.add("replicas " + ms.get("replicas") + " written as " + spec.get("replicas"));
    }
    Map<String, Object> pod =
        (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
    Map<String, Object> head = ((List<Map<String, Object>>) pod.get("containers")).get(0);
    String image = String.valueOf(((Map<String, Object>) ms.get("head")).get("image"));
    if (!image.equals(head.get("image"))) {
      problems.add("image '" + image + "' written as '" + head.get("image") + "'");
    }
    Map<String, Object> resources = (Map<String, Object>) ms.get("resources");
    Map<String, Object> written = (Map<String, Object>) head.get("resources");
    for (String kind : List.of("requests", "limits")) {
      for (String what : List.of("cpu", "memory")) {
        String in = String.valueOf(((Map<String, Object>) resources.get(kind)).get(what));
        String outValue = String.valueOf(((Map<String, Object>) written.get(kind)).get(what));
        if (Quantity.parse(in)
                .map(BigDecimal::stripTrailingZeros)
                .equals(Quantity.parse(outValue).map(BigDecimal::stripTrailingZeros))
            == false) {
          problems.add(kind + "." + what + " '" + in + "' written as '" + outValue + "'");
        }
      }
    }
    return problems;
  }

  private static boolean sameNumber(String a, String b) {
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return a.equals(b);
    }
  }

  /** Like the other Node cross-checks: skip in a plain clone, but never on CI. */
}
