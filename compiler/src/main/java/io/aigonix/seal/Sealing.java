package io.aigonix.seal;

import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.source.YamlReader;
import io.aigonix.spec.AigonixSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code aigonix seal} once its options are parsed: whether the file can be trusted for names and
 * ids, the SealedSecret a value is for ({@link SealTarget}), the certificate, sealing the
 * plaintext, and with {@code write} the edit of the file, re-checked before it replaces the file
 * atomically. The plaintext is only ever held in one byte array, wiped after sealing; it is never
 * put in a result, a message or a file.
 */
public final class Sealing {
  /** Semantic errors that make the names or ids seal works out untrustworthy. */
  private static final Set<Code> BLOCKING =
      Set.of(
          Code.DUPLICATE_NAME,
          Code.INVALID_NAME,
          Code.INVALID_OBJECT_NAME,
          Code.INVALID_GUID,
          Code.DUPLICATE_ID);

  private final SecureRandom random;
  private final Recheck recheck;

  public Sealing(SecureRandom random, Recheck recheck) {
    this.random = random;
    this.recheck = recheck;
  }

  /**
   * Seals the request's value. Names the file does not have, unusable certificates and a missing
   * certificate are {@link SealingException}s; a missing certificate or value file is a {@link
   * java.nio.file.NoSuchFileException}.
   */
  public SealResult seal(SealRequest request) throws IOException, SealingException {
    Optional<AigonixSpec> spec = usableSpec(request.source());
    if (spec.isEmpty()) {
      return new SealResult.FileHasErrors();
    }
    SealTarget to = request.secret().in(spec.get(), request.source().quoting());
    SealingCertificate certificate =
        SealingCertificate.load(certificatePath(request, to), request.now());
    String ciphertext;
    byte[] plaintext =
        request.valueFile().isPresent()
            ? Files.readAllBytes(request.valueFile().get())
            : request.stdin().readAllBytes();
    try {
      ciphertext =
          new HybridSealer(random)
              .seal(certificate.publicKey(), plaintext, Scope.STRICT, to.namespace(), to.name());
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
    if (!request.write()) {
      return new SealResult.Sealed(to, ciphertext);
    }
    try {
      writeInto(request.source(), to, ciphertext);
    } catch (SealingException e) {
      return new SealResult.NotWritten(to, ciphertext, e.getMessage());
    }
    return new SealResult.Written(to);
  }

  /**
   * The spec when the file matches the schema and no error makes names or ids doubtful. Other
   * semantic errors (a missing config file, a malformed sealed value) do not stop sealing: fixing a
   * sealed value is what seal is for.
   */
  private static Optional<AigonixSpec> usableSpec(SealRequest.Source source) {
    boolean usable =
        source.diagnostics().stream()
            .filter(Diagnostic::isError)
            .allMatch(d -> d.code().id().startsWith("AGX2") && !BLOCKING.contains(d.code()));
    return usable ? source.spec() : Optional.empty();
  }

  /**
   * The request's certificate, else the one the file names for the target, relative to the file.
   */
  private static Path certificatePath(SealRequest request, SealTarget to) throws SealingException {
    if (request.certificate().isPresent()) {
      return request.certificate().get();
    }
    Path directory = request.source().file().getParent();
    String named =
        to.certificate()
            .orElseThrow(
                () ->
                    new SealingException(
                        "no certificate to seal with: set sealing.certificate (or the environment's sealingCertificate) in "
                            + request.source().displayName()
                            + ", or pass --cert (get it with `kubeseal --fetch-cert > cert.pem`)"));
    try {
      return directory.resolve(named);
    } catch (InvalidPathException e) {
      // a NUL in the name, say: the file's mistake, not ours
      throw new SealingException(
          "the certificate named in " + request.source().displayName() + " is not a valid path");
    }
  }

  /** Edits the text, checks the result with the front end, then replaces the file atomically. */
  private void writeInto(SealRequest.Source source, SealTarget to, String ciphertext)
      throws IOException, SealingException {
    String displayName = source.displayName();
    Path real = source.file().toRealPath();
    String text = Files.readString(real, StandardCharsets.UTF_8);
    String edited =
        new SecretWriter(new YamlReader())
            .edit(text, displayName, to.path(), ciphertext, to.what());
    List<Diagnostic> check = recheck.diagnostics(source.file(), displayName, edited);
    String pointer = "/" + String.join("/", to.path());
    // the edit may fix errors, never add one, and the new value itself must be accepted
    Set<String> introduced = new HashSet<>(errorKeys(check));
    introduced.removeAll(errorKeys(source.diagnostics()));
    boolean broken =
        !introduced.isEmpty()
            || check.stream().anyMatch(d -> d.isError() && d.pointer().equals(pointer));
    if (broken) {
      throw new SealingException(
          "the edited "
              + displayName
              + " would not validate; nothing was written"
              + " (the ciphertext is printed instead)");
    }
    SecretWriter.replaceAtomically(real, edited.getBytes(StandardCharsets.UTF_8));
  }

  private static Set<String> errorKeys(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(Diagnostic::isError)
        .map(d -> d.code().id() + " " + d.pointer())
        .collect(Collectors.toSet());
  }
}
