package io.aigonix.validate.rules;

import io.aigonix.validate.LoopOracle;
import org.junit.jupiter.api.Test;

/**
 * The rules' loops accept exactly what the expressions they replace accepted (kept here as the
 * oracle), on generated strings: random ones over an alphabet near each shape, and valid examples
 * with a few characters changed, inserted or removed.
 */
class RuleLoopsTest {

  @Test
  void envNames() {
    LoopOracle.agree(
        "[-._a-zA-Z][-._a-zA-Z0-9]*",
        EnvNameRule::isEnvName,
        "aZ9_-. /=é",
        10,
        "DB_HOST",
        "-x.y_z",
        "a");
  }

  @Test
  void guids() {
    LoopOracle.agree(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        GuidRule::isGuid,
        "0aF9-gG ",
        40,
        "445f8ea8-1a6f-40d7-b2fc-796dba92dc44",
        "00000000-0000-0000-0000-000000000000",
        "ABCDEFAB-CDEF-ABCD-EFAB-CDEFABCDEFAB");
  }

  @Test
  void publicPaths() {
    LoopOracle.agree(
        "/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*",
        UrlPaths::isPath, "/aZ9._~!$&'()*+,;=:@%-? #\\\"é", 8, "/orders", "/", "/a/b-c/~d");
  }

  @Test
  void probePaths() {
    LoopOracle.agree(
        "/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*(\\?[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?",
        UrlPaths::isPathWithQuery,
        "/aZ9._~!$&'()*+,;=:@%-?? #\\\"é",
        8,
        "/healthz",
        "/ready?full=1",
        "/?a?b");
  }

  @Test
  void names() {
    LoopOracle.agree(
        "[A-Za-z0-9](?:(?:[A-Za-z0-9-]| (?! ))*[A-Za-z0-9])?",
        NameRule::isNameText,
        "aZ9-  _.é",
        8,
        "Bench Retail",
        "orders-2",
        "x");
  }

  @Test
  void base64() {
    LoopOracle.agree(
        "(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?",
        CiphertextRule::isBase64, "aZ9+/==-_ ", 12, "AgBy3i4OJSWK+PiTySYZZA==", "QUJD", "QUI=");
  }

  @Test
  void controlCharacters() {
    LoopOracle.agree(
        "(?s).*\\p{Cntrl}.*",
        ControlCharacterRule::hasControl,
        "a \t\n\r\u0000\u001f\u007f\u0080\u00a0é",
        4,
        "a\tb",
        "\u007f",
        "x\n");
  }

  @Test
  void oneLineFields() {
    LoopOracle.agree(
        "/gitops/path|/gitops/argocd/targetRevision|/applications/\\d+/registry/server"
            + "|/applications/\\d+/microservices/\\d+/eventHorizons/\\d+/partition",
        ControlCharacterRule::isOneLine,
        "/09a",
        6,
        "/gitops/path",
        "/gitops/argocd/targetRevision",
        "/applications/0/registry/server",
        "/applications/12/microservices/3/eventHorizons/0/partition");
  }
}
