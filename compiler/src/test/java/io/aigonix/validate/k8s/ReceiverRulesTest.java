package io.aigonix.validate.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The ported receiver rules against values the receivers accept (no false positives) and refuse.
 * The accepted lists hold the edge cases of the sources: quantity.go's grammar comment,
 * distribution's reference_test.go, Go's time.ParseDuration tests, the Ingress validation tests.
 */
class ReceiverRulesTest {

  private static void accepts(Function<String, Optional<String>> rule, List<String> values) {
    for (String v : values) {
      assertThat(rule.apply(v)).as("'" + v + "' is valid").isEmpty();
    }
  }

  private static void refuses(Function<String, Optional<String>> rule, List<String> values) {
    for (String v : values) {
      assertThat(rule.apply(v)).as("'" + v + "' is invalid").isPresent();
    }
  }

  @Test
  void quantities() {
    accepts(
        Quantity::problem,
        List.of(
            "0",
            "25m",
            "0.5",
            "1",
            "2000m",
            "256Mi",
            "1.5Gi",
            "500M",
            "128974848",
            "1e3",
            "1E+3",
            "1.5E+9",
            "+1",
            "1.",
            ".5",
            "5u",
            "50n",
            "1k",
            "1E",
            "7Ei",
            "9223372036854775807",
            "0.0001"));
    refuses(
        Quantity::problem,
        List.of(
            "",
            "fast",
            "a lot",
            "-1",
            "-1Mi",
            "1.5.5",
            " 1",
            "1 ",
            "1Gb",
            "1GB",
            "1mi",
            "0x10",
            "1K",
            "1m1",
            "-",
            ".",
            "8Ei",
            "9Ei",
            "16Ei",
            "9223372036854775808",
            "1e400",
            "1e99999999999",
            "12:30"));
    assertThat(Quantity.parse("1Gi")).contains(new BigDecimal("1073741824"));
    assertThat(Quantity.parse("1.5Gi").get()).isEqualByComparingTo("1610612736");
    assertThat(Quantity.parse("250m").get()).isEqualByComparingTo("0.25");
    assertThat(Quantity.parse("1e3").get()).isEqualByComparingTo("1000");
  }

  @Test
  void images() {
    String hex = "0123456789abcdef".repeat(4);
    accepts(
        ImageReference::problem,
        List.of(
            "nginx",
            "nginxdemos/hello:0.4",
            "acmecorp.azurecr.io/orders:1.2.0",
            "registry:5000/a/b:1",
            "localhost/a",
            "a/b@sha256:" + hex,
            "a/b:tag@sha256:" + hex,
            "[::1]:5000/a:1",
            "a__b/c-d",
            "a--b/c",
            "dolittle/runtime:9.3.0-rc.1",
            "Registry.Example.com/a:1",
            "a/b:" + "x".repeat(128),
            "a/b@sha512:" + hex + hex,
            "a/b@foo:" + hex.substring(0, 32)));
    refuses(
        ImageReference::problem,
        List.of(
            "",
            "NOT A VALID IMAGE REF!!",
            "acme/Orders:1",
            "a/b:1\nx",
            " a/b",
            "a/b ",
            "a/b:" + "x".repeat(129),
            "a//b",
            "a/b:",
            "a___b",
            "a/b:-x",
            "a/b@sha256:abc",
            "a/b@sha256:" + hex.toUpperCase(),
            hex,
            "a/" + "b".repeat(254),
            "a/b@sha512:" + hex));
  }

  @Test
  void durations() {
    accepts(
        GoDuration::fluxProblem, List.of("5m", "1h30m", "90s", "1.5h", "500ms", "0s", "2562047h"));
    refuses(
        GoDuration::fluxProblem,
        List.of("", "5 minutes", "-5m", "5", "1d", "1us", "1h 30m", ".5m", "2562048h", "5m\n"));
    accepts(
        GoDuration::goProblem,
        List.of("0", "-5m", "1us", "1\u00b5s", "1.s", ".5m", "+5s", "2562047h"));
    refuses(GoDuration::goProblem, List.of("", "5", ".s", "1d", "-", "2562048h"));
  }

  @Test
  void ingressHosts() {
    accepts(
        IngressHost::problem,
        List.of(
            "shop.example.com",
            "xn--bcher-kva.example",
            "*.example.com",
            "localhost",
            "x".repeat(64) + ".example.com",
            "xn--p1ai"));
    refuses(
        IngressHost::problem,
        List.of(
            "Not A Host!",
            "10.0.0.1",
            "[::1]",
            "::1",
            "*",
            "*.*.example.com",
            "a..b",
            "-a.com",
            "a.com.",
            "UPPER.example.com",
            "shop_1.example.com",
            "host:8080",
            "a.".repeat(127) + "a"));
  }

  @Test
  void configMapKeys() {
    accepts(ConfigMapKey::problem, List.of("appsettings.json", ".env", "a-b_c.d", "x".repeat(253)));
    refuses(
        ConfigMapKey::problem,
        List.of(
            "",
            ".",
            "..",
            "..hidden",
            "../../evil.json",
            "a/b.json",
            "app settings.json",
            "\u00e9.json",
            "x".repeat(254)));
  }

  @Test
  void urls() {
    accepts(
        Urls::repositoryProblem,
        List.of(
            "https://git.example.com/acme/gitops.git",
            "git@github.com:acme/gitops.git",
            "ssh://git@host/x.git",
            "oci://registry.example.com/charts",
            "file:///srv/git/repo",
            "http://10.0.0.1/a.git"));
    refuses(
        Urls::repositoryProblem,
        List.of(
            "not a url",
            "ftp://x/y",
            "https://",
            "github.com/acme/gitops",
            "https://git.example.com/a b.git",
            "host:"));
    accepts(Urls::serverProblem, List.of("https://kubernetes.default.svc", "http://10.0.0.1:6443"));
    refuses(
        Urls::serverProblem, List.of("kubernetes.default.svc", "https://", "https://k8s .example"));
  }
}
