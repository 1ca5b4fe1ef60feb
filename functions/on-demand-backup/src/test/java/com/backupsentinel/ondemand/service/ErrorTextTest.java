package com.backupsentinel.ondemand.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorTextTest {

    private final ErrorText errors = new ErrorText("123456789012");

    @Test
    void redactsArnsAndAccountIdsOfOtherAccounts() {
        assertThat(errors.sanitize("User: arn:aws:sts::999988887777:assumed-role/Admin/eve is not authorized to perform"
                + " backup:StartBackupJob on resource: arn:aws:backup:us-west-2:123456789012:backup-vault:main "
                + "(account 999988887777)"))
                .isEqualTo("User: <redacted-arn> is not authorized to perform backup:StartBackupJob on resource: "
                        + "arn:aws:backup:us-west-2:123456789012:backup-vault:main (account <redacted-account>)");
    }

    @Test
    void keepsArnsWithoutAnAccount() {
        assertThat(errors.sanitize("Bucket arn:aws:s3:::reports is gone")).isEqualTo("Bucket arn:aws:s3:::reports is gone");
    }

    @Test
    void putsMultiLineTextOnOneLineAndShortensIt() {
        String sanitized = errors.sanitize("first line\n\tat com.example.Secret.method(Secret.java:1)\n" + "x".repeat(400));

        assertThat(sanitized).startsWith("first line at com.example.Secret.method(Secret.java:1) xxx").endsWith("...")
                .hasSize(ErrorText.MAX_LENGTH).doesNotContain("\n");
    }

    @Test
    void reasonIsCodeAndSanitizedMessage() {
        assertThat(errors.reason(new AwsCallException("AWS Backup", "StartBackupJob", "ThrottlingException", 400,
                "Rate exceeded", null))).isEqualTo("ThrottlingException: Rate exceeded");
        assertThat(errors.reason(new AwsCallException("AWS Backup", "StartBackupJob", "ServiceUnavailableException",
                503, null, null))).isEqualTo("ServiceUnavailableException");
    }
}
