package com.backupsentinel.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

    private static ConfigReader reader(Map<String, String> values) {
        return new ConfigReader(Environment.of(values));
    }

    @Test
    void requiredValueIsTrimmed() {
        assertThat(reader(Map.of("TABLE", "  alerts ")).required("TABLE", "alerts")).isEqualTo("alerts");
    }

    @Test
    void missingRequiredValueNamesTheVariableAndAnExample() {
        assertThatThrownBy(() -> reader(Map.of()).required("DEDUP_TABLE_NAME", "backup-sentinel-alerts"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable DEDUP_TABLE_NAME is required but not set "
                        + "(example: backup-sentinel-alerts)");
    }

    @Test
    void blankValueCountsAsUnset() {
        assertThat(reader(Map.of("LEVEL", "   ")).optional("LEVEL")).isEmpty();
    }

    @Test
    void integerOutsideItsRangeIsRejectedWithTheRange() {
        assertThatThrownBy(() -> reader(Map.of("RPO_TARGET_HOURS", "0")).integer("RPO_TARGET_HOURS", 24, 1, 8760))
                .hasMessage("Environment variable RPO_TARGET_HOURS must be a whole number from 1 to 8760, got '0'");
    }

    @Test
    void integerThatIsNotANumberIsRejected() {
        assertThatThrownBy(() -> reader(Map.of("RPO_TARGET_HOURS", "24h")).integer("RPO_TARGET_HOURS", 24, 1, 99))
                .hasMessage("Environment variable RPO_TARGET_HOURS must be a whole number from 1 to 99, got '24h'");
    }

    @Test
    void integerDefaultsWhenUnset() {
        assertThat(reader(Map.of()).integer("RPO_TARGET_HOURS", 24, 1, 99)).isEqualTo(24);
    }

    @Test
    void decimalOutsideItsRangeIsRejected() {
        assertThatThrownBy(() -> reader(Map.of("FACTOR", "NaN")).decimal("FACTOR", 3, 1, 100))
                .hasMessage("Environment variable FACTOR must be a number from 1.0 to 100.0, got 'NaN'");
    }

    @Test
    void booleanAcceptsOnlyTrueOrFalse() {
        assertThat(reader(Map.of("FLAG", "TRUE")).bool("FLAG", false)).isTrue();
        assertThatThrownBy(() -> reader(Map.of("FLAG", "yes")).bool("FLAG", false))
                .hasMessage("Environment variable FLAG must be true or false, got 'yes'");
    }

    @Test
    void listSplitsOnCommasAndDropsBlanks() {
        assertThat(reader(Map.of("REGIONS", "us-west-2, ,us-east-1,")).list("REGIONS", List.of()))
                .containsExactly("us-west-2", "us-east-1");
        assertThat(reader(Map.of()).list("REGIONS", List.of("eu-west-1"))).containsExactly("eu-west-1");
    }

    @Test
    void choiceMatchesWireNamesCaseInsensitively() {
        assertThat(reader(Map.of("NOTIFICATION_LEVEL", "Warnings_And_Errors"))
                .choice("NOTIFICATION_LEVEL", NotificationLevel.class, NotificationLevel::wireName,
                        NotificationLevel.ALL))
                .isEqualTo(NotificationLevel.WARNINGS_AND_ERRORS);
    }

    @Test
    void unknownChoiceListsTheValidOnes() {
        assertThatThrownBy(() -> reader(Map.of("NOTIFICATION_LEVEL", "loud"))
                .choice("NOTIFICATION_LEVEL", NotificationLevel.class, NotificationLevel::wireName,
                        NotificationLevel.ALL))
                .hasMessage("Environment variable NOTIFICATION_LEVEL must be one of: errors_only, "
                        + "warnings_and_errors, all, got 'loud'");
    }

    @Test
    void environmentIsRequiredAndListsItsValues() {
        assertThatThrownBy(() -> DeploymentEnvironment.from(reader(Map.of())))
                .hasMessage("Environment variable ENVIRONMENT is required but not set "
                        + "(one of: development, staging, production)");
    }

    @Test
    void environmentDefaultsFollowTheSeed() {
        assertThat(DeploymentEnvironment.DEVELOPMENT.notificationLevel()).isEqualTo(NotificationLevel.ERRORS_ONLY);
        assertThat(DeploymentEnvironment.STAGING.notificationLevel())
                .isEqualTo(NotificationLevel.WARNINGS_AND_ERRORS);
        assertThat(DeploymentEnvironment.PRODUCTION.notificationLevel()).isEqualTo(NotificationLevel.ALL);
        assertThat(DeploymentEnvironment.DEVELOPMENT.retentionDays()).isEqualTo(7);
        assertThat(DeploymentEnvironment.STAGING.retentionDays()).isEqualTo(30);
        assertThat(DeploymentEnvironment.PRODUCTION.retentionDays()).isEqualTo(90);
        assertThat(DeploymentEnvironment.DEVELOPMENT.coldStorageAfterDays()).isEmpty();
        assertThat(DeploymentEnvironment.PRODUCTION.coldStorageAfterDays()).contains(30);
        assertThat(DeploymentEnvironment.PRODUCTION.vaultLock()).isTrue();
        assertThat(DeploymentEnvironment.STAGING.crossRegionCopies()).isTrue();
        assertThat(DeploymentEnvironment.DEVELOPMENT.crossRegionCopies()).isFalse();
    }

    @Test
    void notificationLevelLetsThroughWhatItNames() {
        assertThat(NotificationLevel.ERRORS_ONLY.allows(com.backupsentinel.shared.Severity.WARNING)).isFalse();
        assertThat(NotificationLevel.WARNINGS_AND_ERRORS.allows(com.backupsentinel.shared.Severity.WARNING)).isTrue();
        assertThat(NotificationLevel.WARNINGS_AND_ERRORS.allows(com.backupsentinel.shared.Severity.INFO)).isFalse();
        assertThat(NotificationLevel.ALL.allows(com.backupsentinel.shared.Severity.INFO)).isTrue();
    }

    @Test
    void overlayWinsOverTheProcessEnvironment() {
        Environment.installOverlay(Map.of("PATH", "overlaid", "SENTINEL_ONLY_IN_OVERLAY", "yes"));
        try {
            assertThat(Environment.system().get("PATH")).contains("overlaid");
            assertThat(Environment.system().get("SENTINEL_ONLY_IN_OVERLAY")).contains("yes");
        } finally {
            Environment.installOverlay(Map.of());
        }
        assertThat(Environment.system().get("SENTINEL_ONLY_IN_OVERLAY")).isEmpty();
    }
}
