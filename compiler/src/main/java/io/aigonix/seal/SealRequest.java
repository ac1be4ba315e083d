package io.aigonix.seal;

import io.aigonix.diag.Diagnostic;
import io.aigonix.spec.AigonixSpec;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One {@code aigonix seal}, as the command line gave it: the file as the front end found it, which
 * value to seal, where the certificate and the plaintext come from, and whether to write the
 * result.
 *
 * @param certificate a certificate named on the command line; it overrides the file's
 * @param valueFile the file that holds the plaintext; empty to read {@code stdin} to its end
 * @param now decides whether the certificate has expired (seal reads no clock)
 */
public record SealRequest(
    Source source,
    Secret secret,
    Optional<Path> certificate,
    Optional<Path> valueFile,
    InputStream stdin,
    boolean write,
    Instant now) {

  /**
   * aigonix.yaml as the front end found it.
   *
   * @param file the file, absolute; relative certificate paths start from its folder
   * @param displayName the file as the user named it, for messages
   * @param spec the bound spec, present whenever the file matched the schema
   * @param diagnostics everything the front end reported for the file
   * @param quoting how messages show the file's names and keys (as its diagnostics do)
   */
  public record Source(
      Path file,
      String displayName,
      Optional<AigonixSpec> spec,
      List<Diagnostic> diagnostics,
      SealTarget.Quoting quoting) {
    public Source {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * Which value to seal, by the names given: a secretEnv value of a microservice, or (no
   * microservice) the application's registry secret, for which {@code env} only picks the
   * certificate.
   */
  public record Secret(
      String app, Optional<String> env, Optional<String> microservice, Optional<String> key) {
    public static Secret secretEnv(String app, String env, String microservice, String key) {
      return new Secret(app, Optional.of(env), Optional.of(microservice), Optional.of(key));
    }

    public static Secret registry(String app, Optional<String> env) {
      return new Secret(app, env, Optional.empty(), Optional.empty());
    }

    SealTarget in(AigonixSpec spec, SealTarget.Quoting quoting) throws SealingException {
      if (microservice.isEmpty()) {
        return SealTarget.registry(spec, quoting, app, env);
      }
      return SealTarget.secretEnv(
          spec, quoting, app, env.orElseThrow(), microservice.get(), key.orElseThrow());
    }
  }
}
