package io.aigonix.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loops of {@link KubernetesNames} accept exactly what apimachinery's expressions accept. */
class KubernetesNamesTest {
  // k8s.io/apimachinery/pkg/util/validation
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
  private static final String ALPHABET = "ab9Z0-._ /é";

  @Test
  void agreesWithTheExpressionsOnGeneratedNames() {
    Random random = new Random(1123);
    int[] valid = new int[4];
    for (int i = 0; i < 200_000; i++) {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(9);
      for (int j = 0; j < length; j++) {
        name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String n = name.toString();
      valid[0] += agree(n, DNS1123_SUBDOMAIN, KubernetesNames.dns1123Subdomain(n).isEmpty());
      valid[1] += agree(n, DNS1123_LABEL, KubernetesNames.dns1123Label(n).isEmpty());
      valid[2] += agree(n, DNS1035_LABEL, KubernetesNames.dns1035Label(n).isEmpty());
      valid[3] += agree(n, LABEL_VALUE, KubernetesNames.labelValue(n).isEmpty());
    }
    for (int count : valid) {
      assertThat(count).isGreaterThan(1_000);
    }
  }

  @Test
  void lengthLimitsComeFirst() {
    assertThat(KubernetesNames.dns1123Label("a".repeat(64)))
        .contains("it is 64 characters long; the limit is 63");
    assertThat(KubernetesNames.dns1123Subdomain("a".repeat(253))).isEmpty();
    assertThat(KubernetesNames.labelValue("A".repeat(63))).isEmpty();
    assertThat(KubernetesNames.dns1035Label("9a"))
        .contains("it may only have lower-case letters, digits and '-', starting with a letter");
  }

  /** 1 when {@code name} is valid, after checking the loop says what the expression says. */
  private static int agree(String name, Pattern expression, boolean loop) {
    boolean matches = expression.matcher(name).matches();
    assertThat(loop).as("'%s' against %s", name, expression).isEqualTo(matches);
    return matches ? 1 : 0;
  }
}
