package io.aigonix.cli;

import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.pipeline.Frontend;
import io.aigonix.pipeline.FrontendResult;
import io.aigonix.seal.HybridSealer;
import io.aigonix.seal.Scope;
import io.aigonix.seal.SealTarget;
import io.aigonix.seal.SealingCertificate;
import io.aigonix.seal.SealingException;
import io.aigonix.seal.SecretWriter;
import io.aigonix.source.YamlReader;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.SpecBinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code aigonix seal}: what {@code kubeseal --raw --scope strict} does, with the SealedSecret's name and
 * namespace worked out from aigonix.yaml. The plaintext is only ever held in one byte array, wiped
 * after sealing; it is never printed, logged, put in a message or written to a file.
 */
@Command(
    name = "seal",
    header = "Encrypt a secret value for the sealed-secrets controller (kubeseal --raw, names from the file).",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Encrypt a secret value for the sealed-secrets controller, like `kubeseal --raw --scope strict`, "
            + "for the SealedSecret the compiler generates: namespace application-<app id> and name "
            + "<env>-<microservice>-secret-env-variables, or `acr` with --registry.",
        "",
        "The value is read from stdin (every byte, nothing trimmed) or --from-file. Note that `echo` adds a "
            + "newline that becomes part of the secret: use `printf '%%s' \"$VALUE\"` or `echo -n`.",
        "",
        "The ciphertext is printed on stdout followed by a newline (not part of it). With --write it is put "
            + "into the file instead, at secretEnv.<key>.<env> of the microservice (or "
            + "registry.sealedDockerConfigJson), creating the maps as needed and leaving every other byte "
            + "of the file as it was.",
        "",
        "Certificate: --cert if given (it overrides the file), else the environment's sealingCertificate, "
            + "else sealing.certificate (both relative to the file). Expired certificates are refused.",
        "",
    },
    footer = {
        "",
        "Examples:",
        "  printf '%%s' \"$DB_PASSWORD\" | aigonix seal --app Webshop --env Prod \\",
        "      --microservice Orders --key DB_PASSWORD --write",
        "  aigonix seal --app Webshop --registry --from-file dockerconfig.json --write",
        "",
        "Exit codes: 0 ok, 1 unknown application/environment/microservice, invalid file or "
            + "unusable certificate, 2 bad usage, 3 I/O error, 4 internal error.",
    })
final class SealCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "aigonix.yaml",
      description = "The aigonix file (default: ${DEFAULT-VALUE}).")
  String file;

  @Option(names = "--app", required = true, paramLabel = "NAME", description = "Application name.")
  String app;

  @Option(names = "--env", paramLabel = "NAME",
      description = "Environment name (required for secretEnv; with --registry it picks the certificate).")
  String env;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @ArgGroup(exclusive = false)
    SecretEnv secretEnv;

    @Option(names = "--registry", required = true,
        description = "Seal the application's registry .dockerconfigjson (SealedSecret `acr`).")
    boolean registry;
  }

  static final class SecretEnv {
    @Option(names = "--microservice", required = true, paramLabel = "NAME", description = "Microservice name.")
    String microservice;

    @Option(names = "--key", required = true, paramLabel = "KEY", description = "The secretEnv variable name.")
    String key;
  }

  @Option(names = "--from-file", paramLabel = "PATH", description = "Read the value from this file instead of stdin.")
  String fromFile;

  @Option(names = "--cert", paramLabel = "PEM",
      description = "Certificate to seal with; overrides sealingCertificate and sealing.certificate.")
  String cert;

  @Option(names = "--write", description = "Write the ciphertext into the file instead of printing it.")
  boolean write;

  private final Invocation io;
  private final SecureRandom random;

  SealCommand(Invocation io) {
    this(io, new SecureRandom());
  }

  /** For tests: the randomness sealing uses. */
  SealCommand(Invocation io, SecureRandom random) {
    this.io = io;
    this.random = random;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = io.out();
    PrintWriter err = io.err();
    if (!target.registry && env == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--env=NAME'");
    }
    String displayName = file;
    Path path = io.resolve(file);
    try {
      FrontendResult loaded = InputFile.load(io, file);
      AigonixSpec aigonix = usableSpec(loaded);
      if (aigonix == null) {
        DiagnosticsOutput.print(io, DiagnosticsOutput.Format.text, loaded);
        err.println("aigonix: fix these errors first: seal needs a valid " + displayName
            + " to work out names and certificates");
        err.flush();
        return ExitCodes.INPUT_ERRORS;
      }
      SealTarget to = target.registry
          ? SealTarget.registry(aigonix, app, Optional.ofNullable(env))
          : SealTarget.secretEnv(aigonix, app, env, target.secretEnv.microservice, target.secretEnv.key);
      Path certFile = certificatePath(to, loaded.source().get().directory());
      SealingCertificate certificate = SealingCertificate.load(certFile, io.now());

      String ciphertext;
      byte[] plaintext = fromFile != null ? Files.readAllBytes(io.resolve(fromFile)) : io.stdin().readAllBytes();
      try {
        ciphertext = new HybridSealer(random).seal(certificate.publicKey(), plaintext, Scope.STRICT,
            to.namespace(), to.name());
      } finally {
        Arrays.fill(plaintext, (byte) 0);
      }
      if (!write) {
        out.print(ciphertext + "\n");
        out.flush();
        return ExitCodes.OK;
      }
      try {
        writeInto(path, displayName, to, ciphertext, loaded);
      } catch (SealingException e) {
        out.print(ciphertext + "\n");
        out.flush();
        throw e;
      }
      err.println("wrote " + to.what() + " to " + displayName + " (sealed for " + to.namespace() + "/" + to.name()
          + ")");
      err.flush();
      return ExitCodes.OK;
    } catch (SealingException e) {
      err.println("aigonix: " + e.getMessage());
      err.flush();
      return ExitCodes.INPUT_ERRORS;
    } catch (NoSuchFileException e) {
      err.println("aigonix: no such file: " + e.getFile());
      err.flush();
      return ExitCodes.IO_FAILURE;
    }
  }

  /** Semantic errors that make the names or ids seal works out untrustworthy. */
  private static final Set<Code> BLOCKING = EnumSet.of(Code.DUPLICATE_NAME, Code.INVALID_NAME,
      Code.INVALID_OBJECT_NAME, Code.INVALID_GUID, Code.DUPLICATE_ID);

  /**
   * The spec when the file is well-formed and matches the schema, and no error makes names or ids
   * doubtful. Other semantic errors (a missing config file, a malformed sealed value) do not stop
   * sealing: fixing a sealed value is what seal is for.
   */
  private static AigonixSpec usableSpec(FrontendResult loaded) {
    if (loaded.spec().isPresent()) {
      return loaded.spec().get();
    }
    List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
    boolean semanticOnly = loaded.source().isPresent()
        && errors.stream().allMatch(d -> d.code().id().startsWith("AGX2") && !BLOCKING.contains(d.code()));
    // semantic rules only run once the schema passed, so the tree binds
    return semanticOnly ? new SpecBinder().bind(loaded.source().get().root()) : null;
  }

  private static Set<String> errorKeys(FrontendResult result) {
    return result.diagnostics().stream().filter(Diagnostic::isError)
        .map(d -> d.code().id() + " " + d.pointer()).collect(Collectors.toSet());
  }

  /** Edits the text, checks the result with the front end, then replaces the file atomically. */
  private void writeInto(Path path, String displayName, SealTarget to, String ciphertext, FrontendResult before)
      throws IOException, SealingException {
    Path real = path.toRealPath();
    String text = Files.readString(real, StandardCharsets.UTF_8);
    String edited = new SecretWriter(new YamlReader()).edit(text, displayName, to.path(), ciphertext, to.what());
    FrontendResult check = new Frontend().load(path, displayName, edited);
    String pointer = "/" + String.join("/", to.path());
    // the edit may fix errors, never add one, and the new value itself must be accepted
    Set<String> introduced = new HashSet<>(errorKeys(check));
    introduced.removeAll(errorKeys(before));
    boolean broken = !introduced.isEmpty() || check.diagnostics().stream()
        .anyMatch(d -> d.isError() && d.pointer().equals(pointer));
    if (broken) {
      throw new SealingException("the edited " + displayName + " would not validate; nothing was written"
          + " (the ciphertext is printed instead)");
    }
    SecretWriter.replaceAtomically(real, edited.getBytes(StandardCharsets.UTF_8));
  }

  private Path certificatePath(SealTarget to, Path directory) throws SealingException {
    if (cert != null) {
      return io.resolve(cert);
    }
    return to.certificate().map(directory::resolve).orElseThrow(() -> new SealingException(
        "no certificate to seal with: set sealing.certificate (or the environment's sealingCertificate) in "
            + file + ", or pass --cert (get it with `kubeseal --fetch-cert > cert.pem`)"));
  }
}
