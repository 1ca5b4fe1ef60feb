package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import org.junit.jupiter.api.Test;

class SubjectLineTest {

    @Test
    void readsAtAGlance() {
        assertThat(SubjectLine.of(Severity.ERROR, "Backup job FAILED", "RDS arrakis-oms-production", "us-west-2"))
                .isEqualTo("[ERROR] Backup job FAILED: RDS arrakis-oms-production (us-west-2)");
    }

    @Test
    void shortensALongResourceNameToStayUnderOneHundredCharacters() {
        String name = "DynamoDB " + "orders-".repeat(30) + "end";

        String subject = SubjectLine.of(Severity.WARNING, "Backup job COMPLETED with issues", name, "ap-southeast-2");

        assertThat(subject).hasSize(99)
                .startsWith("[WARNING] Backup job COMPLETED with issues: DynamoDB orders-orders-")
                .endsWith("... (ap-southeast-2)");
    }

    @Test
    void cutsTheWholeSubjectWhenEvenTheHeadlineIsTooLong() {
        String subject = SubjectLine.of(Severity.INFO, "AWS Backup " + "Very Long Detail Type ".repeat(6), "",
                "us-east-1");

        assertThat(subject).hasSize(99).endsWith("...");
    }

    @Test
    void keepsOnlyPrintableAsciiOnOneLine() {
        String subject = SubjectLine.of(Severity.ERROR, "Backup job FAILED", "EFS caf\u00e9\r\nBcc: x\u0007 \u2603",
                "us-west-2");

        assertThat(subject).isEqualTo("[ERROR] Backup job FAILED: EFS caf? Bcc: x ? (us-west-2)");
    }

    @Test
    void leavesOutTheColonWhenThereIsNoName() {
        assertThat(SubjectLine.of(Severity.INFO, "AWS Backup Region Setting State Change MODIFIED", "", "us-west-2"))
                .isEqualTo("[INFO] AWS Backup Region Setting State Change MODIFIED (us-west-2)");
    }
}
