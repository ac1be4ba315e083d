package io.aigonix.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocationAndIdentityTest {
  @Test
  void repoLocations() throws Exception {
    Path cwd = Path.of("/work");
    assertThat(RepoLocation.parse("gitops", cwd).localPath()).isEqualTo(Path.of("/work/gitops"));
    RepoLocation https =
        RepoLocation.parse("https://bot:tok123@git.example.com/acme/gitops.git", cwd);
    assertThat(https.url()).isEqualTo("https://git.example.com/acme/gitops.git");
    assertThat(https.urlUser()).isEqualTo("bot");
    assertThat(https.password()).contains("tok123");
    assertThat(https.display()).doesNotContain("tok123");
    assertThat(RepoLocation.parse("ssh://git@github.com/acme/gitops.git", cwd).url())
        .isEqualTo("ssh://git@github.com/acme/gitops.git");
    assertThat(RepoLocation.parse("git@github.com:acme/gitops.git", cwd).isRemote()).isTrue();
    assertThat(RepoLocation.parse("git://127.0.0.1:9418/x.git", cwd).isRemote()).isTrue();
  }

  @Test
  void identityAndDates() throws Exception {
    Instant now = Instant.parse("2026-05-01T12:00:00Z");
    GitIdentity defaults = GitIdentity.resolve(null, Map.of(), now, ZoneOffset.UTC);
    assertThat(defaults.author().toExternalString())
        .isEqualTo("aigonix <aigonix@localhost> 1777636800 +0000");
    assertThat(defaults.committer()).isEqualTo(defaults.author());
    GitIdentity env =
        GitIdentity.resolve(
            null,
            Map.of(
                "GIT_AUTHOR_NAME",
                "A",
                "GIT_AUTHOR_EMAIL",
                "a@x",
                "GIT_COMMITTER_DATE",
                "2025-01-02T03:04:05+02:00",
                "GIT_AUTHOR_DATE",
                "1700000000 -0500"),
            now,
            ZoneOffset.UTC);
    assertThat(env.author().toExternalString()).isEqualTo("A <a@x> 1700000000 -0500");
    assertThat(env.committer().toExternalString()).isEqualTo("A <a@x> 1735779845 +0200");
    assertThatThrownBy(() -> GitIdentity.resolve("no email", Map.of(), now, ZoneOffset.UTC))
        .isInstanceOf(PublishException.class);
    assertThatThrownBy(
            () ->
                GitIdentity.resolve(
                    null, Map.of("GIT_AUTHOR_DATE", "yesterday"), now, ZoneOffset.UTC))
        .isInstanceOf(PublishException.class);
  }
}
