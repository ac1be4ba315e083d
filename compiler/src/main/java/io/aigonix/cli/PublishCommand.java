package io.aigonix.cli;

import io.aigonix.pipeline.Compiler;
import io.aigonix.publish.GitIdentity;
import io.aigonix.publish.GitPublisher;
import io.aigonix.publish.PublishException;
import io.aigonix.publish.PublishRequest;
import io.aigonix.publish.PublishResult;
import io.aigonix.publish.RepoLocation;
import io.aigonix.publish.Retry;
import io.aigonix.publish.SourceProvenance;
import io.aigonix.publish.TargetNames;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code publish}: compile, then commit the tree to {@code <path>} of {@code <branch>} (no commit
 * when nothing changed) and move the branch atomically. Prints the new commit id, or "no changes",
 * on stdout.
 */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = "Compile and commit the manifests to a branch and path of a Git repository.")
final class PublishCommand implements Callable<Integer> {
  private final Invocation io;
  private final Compiler compiler;
  private final TreeSource trees;

  @Option(
      names = {"-f", "--file"},
      defaultValue = "aigonix.yaml",
      description = "Input file (default: ${DEFAULT-VALUE}).")
  String file;

  @Option(
      names = "--repo",
      required = true,
      description =
          "Local repository path (bare or not) or URL: file://, git://, http(s)://, ssh://.")
  String repo;

  @Option(
      names = "--branch",
      required = true,
      description = "Branch to commit to (created when missing).")
  String branch;

  @Option(
      names = "--path",
      description = "Folder of the repository to replace (default: gitops.path, else the root).")
  String path;

  @Option(
      names = "--push",
      description =
          "With a local repository: publish to its 'origin' and fast-forward the "
              + "local branch. URLs always push.")
  boolean push;

  @Option(
      names = "--message",
      description = "Commit subject (default: 'aigonix: N added, N changed, N removed').")
  String message;

  @Option(
      names = "--author",
      description = "Author as 'Name <email>' (default: GIT_AUTHOR_NAME/EMAIL, else aigonix).")
  String author;

  PublishCommand(Invocation io, Compiler compiler, TreeSource trees) {
    this.io = io;
    this.compiler = compiler;
    this.trees = trees;
  }

  @Override
  public Integer call() {
    usage(TargetNames.branchProblem(branch));
    if (path != null) {
      usage(TargetNames.pathProblem(path));
    }
    CompiledInput input = CompiledInput.load(io, file, compiler, trees);
    String target = path != null ? path : input.gitopsPath() != null ? input.gitopsPath() : ".";
    usage(TargetNames.pathProblem(target));
    if (path != null && input.gitopsPath() != null && !same(path, input.gitopsPath())) {
      io.err()
          .println(
              "aigonix: warning: --path "
                  + path
                  + " is not gitops.path ("
                  + input.gitopsPath()
                  + "); the Flux/Argo CD objects point at "
                  + input.gitopsPath());
    }
    try {
      GitIdentity identity =
          GitIdentity.resolve(author, io.environment(), io.now(), ZoneOffset.UTC);
      List<String> trailers =
          SourceProvenance.of(input.file()).map(SourceProvenance::trailers).orElse(List.of());
      PublishRequest request =
          new PublishRequest(input.tree(), branch, target, message, identity, trailers);
      RepoLocation location = RepoLocation.parse(repo, io.workingDirectory());
      PublishResult result =
          new GitPublisher(Retry.DEFAULT, io.environment()).publish(location, push, request);
      result.warnings().forEach(w -> io.err().println("aigonix: warning: " + w));
      if (result.changed()) {
        io.out().println(result.commitId());
        io.err()
            .println(
                "aigonix: published to "
                    + branch
                    + " of "
                    + location.display()
                    + " ("
                    + result.changes().added().size()
                    + " added, "
                    + result.changes().changed().size()
                    + " changed, "
                    + result.changes().removed().size()
                    + " removed)");
      } else {
        io.out().println("no changes");
      }
      return ExitCodes.OK;
    } catch (PublishException e) {
      throw new UserError(ExitCodes.IO_FAILURE, e.getMessage());
    }
  }

  private static void usage(Optional<String> problem) {
    if (problem.isPresent()) {
      throw new UserError(ExitCodes.USAGE, problem.get());
    }
  }

  private static boolean same(String a, String b) {
    return strip(a).equals(strip(b));
  }

  private static String strip(String p) {
    String s = p.replaceAll("/+", "/").replaceAll("^(\\./)+", "").replaceAll("^/+|/+$", "");
    return s.equals(".") ? "" : s;
  }
}
