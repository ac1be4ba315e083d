package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.spec.SecretValueSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AGX2009: sealed values have the sealed-secrets shape: strict standard base64, a 2-byte big-endian
 * length prefix equal to an RSA-2048/3072/4096 block, and room for the AES-GCM tag after it.
 * Messages name the key and environment, never the value.
 */
public final class CiphertextRule implements SemanticRule {
  private static final List<Integer> RSA_BLOCKS = List.of(256, 384, 512);
  private static final int GCM_TAG = 16;
  private static final String HINT =
      "seal the value with `aigonix seal` (or kubeseal --raw --scope strict)";

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      if (app.spec().registry() != null && app.spec().registry().sealedDockerConfigJson() != null) {
        check(
            ctx,
            "registry.sealedDockerConfigJson",
            app.spec().registry().sealedDockerConfigJson(),
            app.pointer() + "/registry/sealedDockerConfigJson");
      }
      List<String> envs = Walk.environmentNames(app);
      for (Walk.Ms ms : Walk.microservices(app)) {
        if (ms.spec().secretEnv() == null) {
          continue;
        }
        for (Map.Entry<String, Map<String, SecretValueSpec>> secret :
            ms.spec().secretEnv().entrySet()) {
          String base = Pointers.child(ms.at("/secretEnv"), secret.getKey());
          for (Map.Entry<String, SecretValueSpec> e : secret.getValue().entrySet()) {
            String env = e.getKey();
            // a store reference is not a ciphertext: AGX2039 checks it
            if (envs.contains(env) && e.getValue() instanceof SecretValueSpec.Sealed sealed) {
              check(
                  ctx,
                  "secretEnv " + ctx.showKey(secret.getKey()) + " for " + ctx.showKey(env),
                  sealed.ciphertext(),
                  Pointers.child(base, env));
            }
          }
        }
      }
    }
  }

  private static void check(RuleContext ctx, String what, String value, String pointer) {
    Optional<String> p = problem(value);
    if (p.isPresent()) {
      ctx.report(
          Code.MALFORMED_CIPHERTEXT, pointer, what + " is not a sealed value: " + p.get(), HINT);
    }
  }

  /** What is wrong with a value, or empty when it is a well-formed ciphertext. */
  public static Optional<String> problem(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (value.length() % 4 != 0 || !isBase64(value)) {
      return Optional.of("it is not standard padded base64 (plaintext must never be written here)");
    }
    byte[] bytes = Base64.getDecoder().decode(value);
    if (bytes.length < 2) {
      return Optional.of("it is too short");
    }
    int keyLength = ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff);
    if (!RSA_BLOCKS.contains(keyLength)) {
      return Optional.of("its length prefix does not match an RSA-2048/3072/4096 key");
    }
    if (bytes.length < 2 + keyLength + GCM_TAG) {
      return Optional.of("it is too short for the sealed-secrets format");
    }
    return Optional.empty();
  }

  /**
   * {@code (?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?} as a loop (an expression
   * would be compiled on every start; RuleLoopsTest keeps it as the oracle): groups of four, the
   * last one padded with at most two '='.
   */
  static boolean isBase64(String value) {
    int n = value.length();
    if (n % 4 != 0) {
      return false;
    }
    int padding = 0;
    while (padding < 2 && padding < n && value.charAt(n - 1 - padding) == '=') {
      padding++;
    }
    for (int i = 0; i < n - padding; i++) {
      char c = value.charAt(i);
      if (!(c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '+'
          || c == '/')) {
        return false;
      }
    }
    return true;
  }
}
