package com.backupsentinel.shared.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.config.Environment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemberRolesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T06:30:00Z");

    @Test
    void theRoleArnIsInTheRegionsPartition() {
        assertThat(MemberRole.inRegion("eu-west-1", "BackupSentinelMemberReadOnly", Optional.empty())
                .arnIn("210000000001")).isEqualTo("arn:aws:iam::210000000001:role/BackupSentinelMemberReadOnly");
        assertThat(MemberRole.inRegion("cn-north-1", "r", Optional.empty()).arnIn("210000000001"))
                .startsWith("arn:aws-cn:iam::");
        assertThat(MemberRole.inRegion("us-gov-west-1", "r", Optional.empty()).arnIn("210000000001"))
                .startsWith("arn:aws-us-gov:iam::");
        assertThatThrownBy(() -> MemberRole.inRegion("us-east-1", "r", Optional.empty()).arnIn("*"))
                .hasMessage("accountId must be 12 digits, got '*'");
        assertThatThrownBy(() -> MemberRole.inRegion("us-east-1", "a/b", Optional.empty()))
                .hasMessage("roleName must be 1 to 64 of A-Z a-z 0-9 + = , . @ _ -, got 'a/b'");
    }

    @Test
    void sessionNamesAreWhatStsAccepts() {
        assertThat(StsMemberRoles.sessionName("backup sentinel/org")).isEqualTo("backup-sentinel-org");
        assertThat(StsMemberRoles.sessionName("x")).isEqualTo("backup-sentinel");
        assertThat(StsMemberRoles.sessionName("a".repeat(100))).hasSize(64);
    }

    @Test
    void credentialsAreCachedUntilTheTtlOrNearTheirExpiry() {
        AtomicInteger calls = new AtomicInteger();
        MutableClock clock = new MutableClock(NOW);
        MemberRoles sts = (account, session) -> {
            calls.incrementAndGet();
            return new MemberCredentials(account, "ASIA" + calls.get(), "secret", "token",
                    clock.instant().plus(Duration.ofMinutes(15)));
        };
        CachedMemberRoles cached = new CachedMemberRoles(sts, Duration.ofMinutes(10), clock);
        assertThat(cached.assume("210000000001", "s").accessKeyId()).isEqualTo("ASIA1");
        assertThat(cached.assume("210000000001", "s").accessKeyId()).isEqualTo("ASIA1");
        assertThat(cached.assume("210000000002", "s").accessKeyId()).isEqualTo("ASIA2");
        clock.now = NOW.plus(Duration.ofMinutes(10));
        assertThat(cached.assume("210000000001", "s").accessKeyId()).isEqualTo("ASIA3");
        CachedMemberRoles shortLived = new CachedMemberRoles((account, session) -> new MemberCredentials(account,
                "ASIA9", "secret", "token", clock.instant().plus(Duration.ofMinutes(1))), Duration.ofMinutes(10), clock);
        shortLived.assume("210000000001", "s");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aFailedAssumptionIsNotCached() {
        AtomicInteger calls = new AtomicInteger();
        CachedMemberRoles cached = new CachedMemberRoles((account, session) -> {
            calls.incrementAndGet();
            throw new MemberAccessException(account, "AccessDenied", "denied", null);
        }, Duration.ofMinutes(10), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> cached.assume("210000000001", "s")).isInstanceOf(MemberAccessException.class);
        assertThatThrownBy(() -> cached.assume("210000000001", "s")).isInstanceOf(MemberAccessException.class);
        assertThat(calls).hasValue(2);
    }

    @Test
    void theMemberEnvironmentReplacesCredentialsAndRegionOnly() {
        Environment base = Environment.of(Map.of("AWS_ACCESS_KEY_ID", "central", "AWS_SECRET_ACCESS_KEY", "s",
                "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL_BACKUP", "http://127.0.0.1:1", "RPO_TARGET_HOURS", "24"));
        Environment member = MemberEnvironment.of(base, new MemberCredentials("210000000001", "ASIAMEMBER", "secret",
                "token", NOW), "eu-west-1", Map.of("REGIONS", "eu-west-1"));
        assertThat(member.get("AWS_ACCESS_KEY_ID")).contains("ASIAMEMBER");
        assertThat(member.get("AWS_SESSION_TOKEN")).contains("token");
        assertThat(member.get("AWS_REGION")).contains("eu-west-1");
        assertThat(member.get("REGIONS")).contains("eu-west-1");
        assertThat(member.get("AWS_ENDPOINT_URL_BACKUP")).contains("http://127.0.0.1:1");
        assertThat(member.get("RPO_TARGET_HOURS")).contains("24");
        assertThat(new MemberCredentials("210000000001", "ASIAMEMBER", "secret", "token", NOW).toString())
                .doesNotContain("secret").doesNotContain("token");
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
