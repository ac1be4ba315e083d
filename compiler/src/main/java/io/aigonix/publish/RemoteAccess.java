package io.aigonix.publish;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * Configures JGit transports from the environment map handed in by the CLI (never System.getenv):
 *
 * <ul>
 *   <li>http(s): password from the URL or {@code AIGONIX_GIT_TOKEN}, user from the URL, {@code
 *       AIGONIX_GIT_USER} or {@code x-access-token} (GitHub/Gitea/GitLab accept a token as
 *       password);
 *   <li>ssh: Apache MINA sshd; key file {@code AIGONIX_SSH_KEY} (a path; else ~/.ssh/id_*), known
 *       hosts {@code AIGONIX_SSH_KNOWN_HOSTS} (else ~/.ssh/known_hosts). Hosts not in known_hosts
 *       are rejected — there is nobody to ask in CI; add them with {@code ssh-keyscan}. Keys must
 *       not have a passphrase.
 * </ul>
 *
 * The secrets are remembered only to scrub them from messages.
 */
public final class RemoteAccess implements AutoCloseable {
  private final RepoLocation location;
  private final Map<String, String> env;
  private SshdSessionFactory ssh;

  public RemoteAccess(RepoLocation location, Map<String, String> env) {
    this.location = location;
    this.env = Map.copyOf(env);
  }

  public String url() {
    return location.url();
  }

  void configure(Transport transport) {
    transport.setTimeout(120);
    String scheme = location.url().toLowerCase(Locale.ROOT);
    if (scheme.startsWith("http://") || scheme.startsWith("https://")) {
      String token = location.password().orElse(env.get("AIGONIX_GIT_TOKEN"));
      if (token != null && !token.isEmpty()) {
        String user =
            location.urlUser() != null
                ? location.urlUser()
                : env.getOrDefault("AIGONIX_GIT_USER", "x-access-token");
        transport.setCredentialsProvider(new UsernamePasswordCredentialsProvider(user, token));
      }
    }
    if (transport instanceof SshTransport sshTransport) {
      sshTransport.setSshSessionFactory(sshFactory());
    }
  }

  private synchronized SshdSessionFactory sshFactory() {
    if (ssh == null) {
      File home = new File(env.getOrDefault("HOME", System.getProperty("user.home")));
      File sshDir = new File(home, ".ssh");
      String key = env.get("AIGONIX_SSH_KEY");
      String knownHosts = env.get("AIGONIX_SSH_KNOWN_HOSTS");
      SshdSessionFactoryBuilder builder =
          new SshdSessionFactoryBuilder().setHomeDirectory(home).setSshDirectory(sshDir);
      if (key != null && !key.isBlank()) {
        builder.setDefaultIdentities(dir -> List.of(Path.of(key)));
      }
      if (knownHosts != null && !knownHosts.isBlank()) {
        builder.setDefaultKnownHostsFiles(dir -> List.of(Path.of(knownHosts)));
      }
      ssh = builder.build(null);
    }
    return ssh;
  }

  /** The values to scrub from any message. */
  List<String> secrets() {
    List<String> out = new ArrayList<>();
    location.password().ifPresent(out::add);
    if (env.get("AIGONIX_GIT_TOKEN") != null) {
      out.add(env.get("AIGONIX_GIT_TOKEN"));
    }
    return out;
  }

  @Override
  public synchronized void close() {
    if (ssh != null) {
      ssh.close();
      ssh = null;
    }
  }
}
