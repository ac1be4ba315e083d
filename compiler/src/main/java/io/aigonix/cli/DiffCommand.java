package io.aigonix.cli;

import io.aigonix.diff.DiffJsonRenderer;
import io.aigonix.diff.DiffReport;
import io.aigonix.diff.DiffTextRenderer;
import io.aigonix.diff.DirectoryTreeReader;
import io.aigonix.pipeline.Compiler;
import io.aigonix.publish.BranchReader;
import io.aigonix.publish.PublishException;
import io.aigonix.publish.RepoLocation;
import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code diff}: what compile would change against a directory or a branch/path of a repository — a
 * plan in the words of aigonix.yaml, then a unified diff. {@code --exit-code} exits 1 when
 * something changed.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Show what compile would change: a plan, then a unified diff.")
final class DiffCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  private final Invocation io;
  private final Compiler compiler;
  private final TreeSource trees;

  @Option(
      names = {"-f", "--file"},
      defaultValue = "aigonix.yaml",
      description = "Input file (default: ${DEFAULT-VALUE}).")
  String file;

  @Option(names = "--against", description = "A compiled directory to compare with.")
  String against;

  @Option(
      names = "--repo",
      description = "A repository (path or URL) to compare with; needs --branch.")
  String repo;

  @Option(names = "--branch", description = "Branch of --repo.")
  String branch;

  @Option(names = "--path", description = "Folder of --repo (default: gitops.path, else the root).")
  String path;

  @Option(names = "--exit-code", description = "Exit 1 when something changed.")
  boolean exitCode;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  DiffCommand(Invocation io, Compiler compiler, TreeSource trees) {
    this.io = io;
    this.compiler = compiler;
    this.trees = trees;
  }

  @Override
  public Integer call() {
    if ((against == null) == (repo == null)) {
      throw new UserError(
          ExitCodes.USAGE, "diff needs either --against <dir> or --repo <repo> --branch <branch>");
    }
    if (repo != null && branch == null) {
      throw new UserError(ExitCodes.USAGE, "--repo needs --branch");
    }
    CompiledInput input = CompiledInput.load(io, file, compiler, trees);
    OutputTree before = repo != null ? fromRepo(input) : fromDirectory();
    DiffReport report = DiffReport.between(before, input.tree());
    io.out()
        .print(
            format == Format.json
                ? DiffJsonRenderer.render(report)
                : DiffTextRenderer.render(report, true));
    io.out().flush();
    return exitCode && report.changed() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
  }

  private OutputTree fromDirectory() {
    try {
      return DirectoryTreeReader.read(io.resolve(against));
    } catch (IOException e) {
      throw new UserError(ExitCodes.IO_FAILURE, "cannot read '" + against + "': " + e.getMessage());
    }
  }

  private OutputTree fromRepo(CompiledInput input) {
    String target = path != null ? path : input.gitopsPath() != null ? input.gitopsPath() : ".";
    try {
      return new BranchReader(io.environment())
          .read(RepoLocation.parse(repo, io.workingDirectory()), branch, target);
    } catch (PublishException e) {
      throw new UserError(ExitCodes.IO_FAILURE, e.getMessage());
    }
  }
}
