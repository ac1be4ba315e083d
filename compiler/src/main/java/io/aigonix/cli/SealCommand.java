package io.aigonix.cli;

import io.aigonix.diag.SourceLines;
import io.aigonix.diag.TextRenderer;
import io.aigonix.seal.HybridSealer;
import io.aigonix.seal.SealTarget;
import io.aigonix.seal.SealingCertificate;
import io.aigonix.seal.SealingException;
import io.aigonix.seal.SecretWriter;
import io.aigonix.source.LoadResult;
import io.aigonix.source.YamlReader;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.SpecBinder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
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
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Encrypt a secret value for the sealed-secrets controller (like `kubeseal --raw --scope strict`),",
        "for the SealedSecret the compiler generates: namespace application-<app id> and name",
        "<env>-<microservice>-secret-env-variables, or `acr` with --registry.",
        "",
        "The value is read from stdin (every byte, nothing trimmed) or --from-file. Note that `echo`",
        "adds a newline that becomes part of the secret: use `printf '%%s' \"$VALUE\"` or `echo -n`.",
        "",
        "The ciphertext is printed on stdout followed by a newline (the newline is not part of it),",
        "or with --write put into aigonix.yaml at secretEnv.<key>.<env> (registry.sealedDockerConfigJson",
        "with --registry), leaving the rest of the file byte for byte as it was.",
        "",
        "Certificate: --cert if given, else the environment's sealingCertificate, else",
        "sealing.certificate (both relative to aigonix.yaml). Expired certificates are refused.",
    },
    footer = {
        "",
        "Examples:",
        "  printf '%%s' \"$DB_PASSWORD\" | aigonix seal --app Webshop --env Prod --microservice Orders \\",
        "      --key DB_PASSWORD --write",
        "  aigonix seal --app Webshop --registry --from-file dockerconfig.json --write",
        "",
        "Exit codes: 0 ok, 1 the file or arguments name something that does not exist, or the",
        "certificate is unusable, 2 bad usage, 3 I/O error, 4 internal error.",
    })
public final class SealCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "aigonix.yaml",
      description = "The aigonix file (default: ${DEFAULT-VALUE}).")
  Path file;

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
  Path fromFile;

  @Option(names = "--cert", paramLabel = "PEM",
      description = "Certificate to seal with; overrides sealingCertificate and sealing.certificate.")
  Path cert;

  @Option(names = "--write", description = "Write the ciphertext into the file instead of printing it.")
  boolean write;

  private final InputStream stdin;
  private final Clock clock;
  private final SecureRandom random;

  public SealCommand() {
    this(System.in, Clock.systemUTC(), new SecureRandom());
  }

  /** For tests: the value's source, the time certificates are checked at, the randomness. */
  public SealCommand(InputStream stdin, Clock clock, SecureRandom random) {
    this.stdin = stdin;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!target.registry && env == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--env=NAME'");
    }
    String displayName = file.toString();
    try {
      LoadResult loaded = new YamlReader().read(file, displayName);
      if (loaded.hasErrors() || loaded.source().isEmpty()) {
        err.print(new TextRenderer(sourceLines(loaded)).render(loaded.diagnostics()));
        err.flush();
        return 1;
      }
      AigonixSpec aigonix;
      try {
        aigonix = new SpecBinder().bind(loaded.source().get().root());
      } catch (IllegalStateException e) {
        err.println("error: " + displayName + " does not match the schema; run `aigonix validate -f "
            + displayName + "` for details");
        err.flush();
        return 1;
      }
      SealTarget to = target.registry
          ? SealTarget.registry(aigonix, app, Optional.ofNullable(env))
          : SealTarget.secretEnv(aigonix, app, env, target.secretEnv.microservice, target.secretEnv.key);
      Path certFile = certificatePath(to, loaded.source().get().directory());
      SealingCertificate certificate = SealingCertificate.load(certFile, clock.instant());

      String ciphertext;
      byte[] plaintext = fromFile != null ? Files.readAllBytes(fromFile) : stdin.readAllBytes();
      try {
        ciphertext = new HybridSealer(random).seal(certificate.publicKey(), plaintext,
            io.aigonix.seal.Scope.STRICT, to.namespace(), to.name());
      } finally {
        Arrays.fill(plaintext, (byte) 0);
      }
      if (!write) {
        out.print(ciphertext + "\n");
        out.flush();
        return 0;
      }
      try {
        new SecretWriter(new YamlReader()).write(file, displayName, to.path(), ciphertext, to.what());
      } catch (SealingException e) {
        out.print(ciphertext + "\n");
        out.flush();
        throw e;
      }
      err.println("wrote " + to.what() + " to " + displayName + " (sealed for " + to.namespace() + "/" + to.name()
          + ")");
      err.flush();
      return 0;
    } catch (SealingException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return 1;
    } catch (NoSuchFileException e) {
      err.println("error: no such file: " + e.getFile());
      err.flush();
      return 3;
    } catch (IOException e) {
      err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      err.flush();
      return 3;
    }
  }

  private Path certificatePath(SealTarget to, Path directory) throws SealingException {
    if (cert != null) {
      return cert;
    }
    return to.certificate().map(directory::resolve).orElseThrow(() -> new SealingException(
        "no certificate to seal with: set sealing.certificate (or the environment's sealingCertificate) in "
            + file + ", or pass --cert (get it with `kubeseal --fetch-cert > cert.pem`)"));
  }

  private SourceLines sourceLines(LoadResult loaded) {
    try {
      java.util.List<String> lines = Files.readString(file).lines().toList();
      return (f, n) -> n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    } catch (IOException | RuntimeException e) {
      return SourceLines.NONE;
    }
  }
}
