package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UsageLogKeyTest {

    @Test
    void splitsAValidKeyIntoCustomerAndFileName() {
        assertThat(UsageLogKey.parse("usage-logs/customer-1/2025-10-30_143052.json"))
                .isEqualTo(new UsageLogKey("usage-logs/customer-1/2025-10-30_143052.json", "customer-1",
                        "2025-10-30_143052.json"));
    }

    static Stream<Arguments> invalidKeys() {
        return Stream.of(
                Arguments.of("usage-logs/a/b/c.json", QuarantineReason.KEY_INVALID, "the key 'usage-logs/a/b/c.json'"
                        + " must be usage-logs/<customer>/<name>.json (exactly one customer folder)"),
                Arguments.of("usage-logs/c.json", QuarantineReason.KEY_INVALID, "the key 'usage-logs/c.json' must be"
                        + " usage-logs/<customer>/<name>.json (exactly one customer folder)"),
                Arguments.of("usage-logs/../x.json", QuarantineReason.CUSTOMER_INVALID, "in the key: the customer"
                        + " name '..' contains '/', '\\' or '..', which could escape its prefix"),
                Arguments.of("usage-logs/.hidden/x.json", QuarantineReason.CUSTOMER_INVALID, "in the key: the"
                        + " customer name '.hidden' must be 1 to 64 characters from A-Z a-z 0-9 . _ - starting with a"
                        + " letter or digit"),
                Arguments.of("usage-logs//x.json", QuarantineReason.CUSTOMER_INVALID,
                        "in the key: the customer name is empty"),
                Arguments.of("usage-logs/acme/notes.txt", QuarantineReason.KEY_INVALID, "the file name 'notes.txt'"
                        + " must be 1 to 128 characters from A-Z a-z 0-9 . _ - ending in .json"),
                Arguments.of("usage-logs/acme/a b.json", QuarantineReason.KEY_INVALID, "the file name 'a b.json'"
                        + " must be 1 to 128 characters from A-Z a-z 0-9 . _ - ending in .json"));
    }

    @ParameterizedTest
    @MethodSource("invalidKeys")
    void rejectsKeysOutsideTheLayout(String key, QuarantineReason reason, String message) {
        assertThatThrownBy(() -> UsageLogKey.parse(key))
                .isInstanceOfSatisfying(InvalidUsageLogException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessage(message);
    }

    @Test
    void acceptsCustomerNamesOfLettersDigitsDotsUnderscoresAndHyphens() {
        assertThat(CustomerNames.problem("Acme_Corp-2.eu")).isEmpty();
        assertThat(CustomerNames.problem("a".repeat(64))).isEmpty();
        assertThat(CustomerNames.problem("a".repeat(65))).contains("the customer name '" + "a".repeat(65)
                + "' must be 1 to 64 characters from A-Z a-z 0-9 . _ - starting with a letter or digit");
        assertThat(CustomerNames.problem("a\\b")).contains(
                "the customer name 'a\\b' contains '/', '\\' or '..', which could escape its prefix");
    }

    @Test
    void classifiesKeysByLayout() {
        assertThat(ObjectKeys.classify("usage-logs/acme/2025-10-30_143052.json")).isEqualTo(ObjectKind.USAGE_LOG);
        assertThat(ObjectKeys.classify("usage-logs/acme/readme.txt")).isEqualTo(ObjectKind.USAGE_LOG);
        assertThat(ObjectKeys.classify("usage-logs/acme/")).isEqualTo(ObjectKind.FOLDER_MARKER);
        assertThat(ObjectKeys.classify("terragrunt/acme/config.yaml")).isEqualTo(ObjectKind.CONFIG_BACKUP);
        assertThat(ObjectKeys.classify("terragrunt/acme/atlas-cluster/terraform.tfstate"))
                .isEqualTo(ObjectKind.NOT_TRACKED);
        assertThat(ObjectKeys.classify("terragrunt/acme/eks/config.yaml")).isEqualTo(ObjectKind.NOT_TRACKED);
        assertThat(ObjectKeys.classify("reports/usage/x.csv")).isEqualTo(ObjectKind.NOT_TRACKED);
    }

    @Test
    void namesQuarantineCopiesAndSidecarsAfterTheOriginalKey() {
        assertThat(ObjectKeys.quarantineKey("usage-logs/acme/x.json")).isEqualTo("quarantine/usage-logs/acme/x.json");
        assertThat(ObjectKeys.sidecarKey("usage-logs/acme/x.json"))
                .isEqualTo("quarantine/usage-logs/acme/x.json.reason.json");
        assertThat(ObjectKeys.configCustomer("terragrunt/acme/config.yaml")).isEqualTo("acme");
    }
}
