package io.aigonix.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link SecretNames} answers what the expression it replaces answers. */
class SecretNamesTest {
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|CONNECTION_?STRING).*");
  private static final String[] PARTS = {
    "password",
    "PASSWD",
    "Secret",
    "tOkEn",
    "api_key",
    "APIKEY",
    "api__key",
    "private_key",
    "PrivateKey",
    "ACCESS_KEY",
    "accesskey",
    "credential",
    "CONNECTION_STRING",
    "connectionstring",
    "DB_",
    "_URL",
    "x",
    "ſecret",
    "K",
    "\n",
    "\r",
    "\u2028",
    "é",
    " ",
    "sec",
    "ret"
  };

  @Test
  void agreesWithTheExpression() {
    Random random = new Random(2016);
    int secret = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder name = new StringBuilder();
      for (int n = random.nextInt(4); n > 0; n--) {
        name.append(PARTS[random.nextInt(PARTS.length)]);
      }
      String key = name.toString();
      boolean expected = SECRET_NAME.matcher(key).matches();
      assertThat(SecretNames.looksSecret(key)).as("'%s'", key).isEqualTo(expected);
      secret += expected ? 1 : 0;
    }
    assertThat(secret).isGreaterThan(10_000);
  }
}
