package io.aigonix.publish;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Author and committer of a publish commit, worked out like git does but without reading any global
 * state: {@code --author "Name <email>"}, else {@code GIT_AUTHOR_NAME}/{@code GIT_AUTHOR_EMAIL},
 * else {@code aigonix <aigonix@localhost>}; the committer is {@code GIT_COMMITTER_NAME}/{@code
 * _EMAIL}, else the author. Times come from {@code GIT_AUTHOR_DATE}/{@code GIT_COMMITTER_DATE}
 * (git's formats: {@code @<epoch> [+hhmm]}, {@code <epoch> +hhmm}, ISO 8601, RFC 2822), else the
 * clock passed in.
 */
public record GitIdentity(PersonIdent author, PersonIdent committer) {
  public static final String DEFAULT_NAME = "aigonix";
  public static final String DEFAULT_EMAIL = "aigonix@localhost";
  private static final Pattern NAME_EMAIL = Pattern.compile("^\\s*(.*?)\\s*<([^<>]*)>\\s*$");
  private static final Pattern EPOCH = Pattern.compile("^@?(\\d+)(?:\\s+([+-]\\d{4}))?$");

  public static GitIdentity resolve(
      String authorOption, Map<String, String> env, Instant now, ZoneId zone)
      throws PublishException {
    String[] author =
        authorOption != null
            ? parseNameEmail(authorOption)
            : orDefault(
                env.get("GIT_AUTHOR_NAME"),
                env.get("GIT_AUTHOR_EMAIL"),
                DEFAULT_NAME,
                DEFAULT_EMAIL);
    String[] committer =
        orDefault(
            env.get("GIT_COMMITTER_NAME"), env.get("GIT_COMMITTER_EMAIL"), author[0], author[1]);
    ZonedDateTime authorTime = parseDate("GIT_AUTHOR_DATE", env.get("GIT_AUTHOR_DATE"), now, zone);
    ZonedDateTime committerTime =
        parseDate("GIT_COMMITTER_DATE", env.get("GIT_COMMITTER_DATE"), now, zone);
    return new GitIdentity(
        new PersonIdent(author[0], author[1], authorTime.toInstant(), authorTime.getZone()),
        new PersonIdent(
            committer[0], committer[1], committerTime.toInstant(), committerTime.getZone()));
  }

  static String[] parseNameEmail(String value) throws PublishException {
    Matcher m = NAME_EMAIL.matcher(value);
    if (!m.matches() || m.group(1).isEmpty()) {
      throw new PublishException("--author must look like 'Name <email>'");
    }
    return new String[] {m.group(1), m.group(2)};
  }

  private static String[] orDefault(
      String name, String email, String defaultName, String defaultEmail) {
    return new String[] {
      name == null || name.isBlank() ? defaultName : name.trim(),
      email == null || email.isBlank() ? defaultEmail : email.trim()
    };
  }

  static ZonedDateTime parseDate(String variable, String value, Instant now, ZoneId zone)
      throws PublishException {
    if (value == null || value.isBlank()) {
      return now.atZone(zone);
    }
    String v = value.trim();
    Matcher epoch = EPOCH.matcher(v);
    try {
      if (epoch.matches()) {
        ZoneId z = epoch.group(2) == null ? ZoneOffset.UTC : ZoneOffset.of(epoch.group(2));
        return Instant.ofEpochSecond(Long.parseLong(epoch.group(1))).atZone(z);
      }
      try {
        return OffsetDateTime.parse(v).toZonedDateTime();
      } catch (DateTimeException notIsoOffset) {
        try {
          return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeException notRfc) {
          return LocalDateTime.parse(v).atZone(zone);
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      throw new PublishException(
          variable + " is not a date git understands (use '@<epoch> +0000' or ISO 8601)");
    }
  }
}
