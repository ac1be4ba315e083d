package io.aigonix.cli;

import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.seal.SealRequest;
import io.aigonix.seal.SealResult;
import io.aigonix.seal.SealTarget;
import io.aigonix.seal.Sealing;
import io.aigonix.seal.SealingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code aigonix seal}: what {@code kubeseal --raw --scope strict} does, with the SealedSecret's
 * name and namespace worked out from aigonix.yaml. Parses the options and prints; what may be
 * sealed, with which certificate, and whether an edit may be written is {@link Sealing}'s.
 */
@Command(
    name = "seal",
    header =
        "Encrypt a secret value for the sealed-secrets controller (kubeseal --raw, names from the file).",
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
  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      defaultValue = "aigonix.yaml",
      description = "The aigonix file (default: ${DEFAULT-VALUE}).")
  String file;

  @Option(names = "--app", required = true, paramLabel = "NAME", description = "Application name.")
  String app;

  @Option(
      names = "--env",
      paramLabel = "NAME",
      description =
          "Environment name (required for secretEnv; with --registry it picks the certificate).")
  String env;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @ArgGroup(exclusive = false)
    SecretEnv secretEnv;

    @Option(
        names = "--registry",
        required = true,
        description = "Seal the application's registry .dockerconfigjson (SealedSecret `acr`).")
    boolean registry;
  }

  static final class SecretEnv {
    @Option(
        names = "--microservice",
        required = true,
        paramLabel = "NAME",
        description = "Microservice name.")
    String microservice;

    @Option(
        names = "--key",
        required = true,
        paramLabel = "KEY",
        description = "The secretEnv variable name.")
    String key;
  }

  @Option(
      names = "--from-file",
      paramLabel = "PATH",
      description = "Read the value from this file instead of stdin.")
  String fromFile;

  @Option(
      names = "--cert",
      paramLabel = "PEM",
      description =
          "Certificate to seal with; overrides sealingCertificate and sealing.certificate.")
  String cert;

  @Option(
      names = "--write",
      description = "Write the ciphertext into the file instead of printing it.")
  boolean write;

  private final Invocation io;
  private final Compiler compiler;

  SealCommand(Invocation io, Compiler compiler) {
    this.io = io;
    this.compiler = compiler;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = io.out();
    PrintWriter err = io.err();
    if (!target.registry && env == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--env=NAME'");
    }
    Checked checked = InputFile.check(io, compiler, file);
    SealRequest.Source source =
        new SealRequest.Source(
            io.resolve(file),
            file,
            checked.spec(),
            checked.diagnostics(),
            checked.source().map(SealTarget.Quoting::of).orElse(SealTarget.Quoting.ALL));
    SealRequest.Secret secret =
        target.registry
            ? SealRequest.Secret.registry(app, Optional.ofNullable(env))
            : SealRequest.Secret.secretEnv(
                app, env, target.secretEnv.microservice, target.secretEnv.key);
    SealRequest request =
        new SealRequest(
            source,
            secret,
            Optional.ofNullable(cert).map(io::resolve),
            Optional.ofNullable(fromFile).map(io::resolve),
            io.stdin(),
            write,
            io.now());
    Sealing sealing =
        new Sealing(
            new SecureRandom(),
            (path, name, text) -> compiler.check(path, name, text).diagnostics());
    try {
      SealResult result = sealing.seal(request);
      if (result instanceof SealResult.FileHasErrors) {
        DiagnosticsOutput.print(io, DiagnosticsOutput.Format.text, checked);
        return fail(
            "fix these errors first: seal needs a valid "
                + file
                + " to work out names and certificates");
      }
      if (result instanceof SealResult.Sealed sealed) {
        out.print(sealed.ciphertext() + "\n");
        out.flush();
        return ExitCodes.OK;
      }
      if (result instanceof SealResult.NotWritten refused) {
        out.print(refused.ciphertext() + "\n");
        out.flush();
        return fail(refused.reason());
      }
      SealTarget to = ((SealResult.Written) result).target();
      err.println(
          "wrote "
              + to.what()
              + " to "
              + file
              + " (sealed for "
              + to.namespace()
              + "/"
              + to.name()
              + ")");
      err.flush();
      return ExitCodes.OK;
    } catch (SealingException e) {
      if (e.usage()) {
        throw new UserError(ExitCodes.USAGE, e.getMessage());
      }
      return fail(e.getMessage());
    } catch (NoSuchFileException e) {
      err.println("aigonix: no such file: " + e.getFile());
      err.flush();
      return ExitCodes.IO_FAILURE;
    }
  }

  private int fail(String message) {
    io.err().println("aigonix: " + message);
    io.err().flush();
    return ExitCodes.INPUT_ERRORS;
  }
}
