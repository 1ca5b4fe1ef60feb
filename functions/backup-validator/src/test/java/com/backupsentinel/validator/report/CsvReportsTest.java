package com.backupsentinel.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.validator.controls.InMemoryInventory;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportsTest {

    @Test
    void controlComplianceStartsWithAuditManagersColumns() {
        String csv = CsvReports.controlCompliance(SampleReports.of(new InMemoryInventory()));
        List<String> lines = List.of(csv.split("\r\n"));

        assertThat(lines.get(0)).isEqualTo("accountId,region,frameworkName,frameworkDescription,controlName,"
                + "controlComplianceStatus,lastEvaluationTime,numResourcesCompliant,numResourcesNonCompliant,"
                + "controlFrequency,controlScope,controlParameters,findings,statusReason,figures");
        assertThat(lines).hasSize(12);
        assertThat(lines.get(1)).startsWith("123456789012,us-west-2,BackupSentinel,Backup Sentinel validation of the"
                + " production AWS Backup estate,BACKUP_SENTINEL_JOB_OUTCOMES,COMPLIANT,2026-11-22T06:00:00Z,0,0,"
                + "TwentyFour_Hours,,\"{\"\"lookbackHours\"\":\"\"24\"\"}\",0,,\"{\"\"backupJobs\"\":0,"
                + "\"\"backupCompleted\"\":0,\"\"backupCompletedWithIssues\"\":0,\"\"backupFailed\"\":0,"
                + "\"\"backupExpired\"\":0,\"\"backupAborted\"\":0,\"\"backupPartial\"\":0,");
        assertThat(lines.get(8)).contains("BACKUP_SENTINEL_COVERAGE,COMPLIANT").contains(
                "\"{ComplianceResourceTypes: [rds:db,ec2:volume]}\"");
    }

    @Test
    void resourceComplianceListsEveryEvaluatedResourceWithItsFindings() {
        String csv = CsvReports.resourceCompliance(SampleReports.hostile());
        List<String> lines = List.of(csv.split("\r\n"));

        assertThat(lines.get(0)).isEqualTo("accountId,region,frameworkName,frameworkDescription,controlName,"
                + "resourceName,resourceId,resourceType,resourceComplianceStatus,lastEvaluationTime,rules,"
                + "observedValues,thresholds");
        assertThat(lines).filteredOn(line -> line.contains("BACKUP_SENTINEL_JOB_OUTCOMES")).containsExactly(
                "123456789012,us-west-2,BackupSentinel,Backup Sentinel validation of the production AWS Backup estate,"
                        + "BACKUP_SENTINEL_JOB_OUTCOMES,vol-<b>,arn:aws:ec2:us-west-2:123456789012:volume/vol-<b>,EBS,"
                        + "NON_COMPLIANT,2026-11-22T06:00:00Z,backup_job_failed,\"backup job job-1 FAILED:"
                        + " =HYPERLINK(\"\"http://evil\"\") <script>alert('x')</script> & \"\"quoted\"\"  exe.gnp\",COMPLETED",
                "123456789012,us-west-2,BackupSentinel,Backup Sentinel validation of the production AWS Backup estate,"
                        + "BACKUP_SENTINEL_JOB_OUTCOMES,vol-ok,arn:aws:ec2:us-west-2:123456789012:volume/vol-ok,EBS,"
                        + "COMPLIANT,2026-11-22T06:00:00Z,,,");
    }

    @Test
    void keepsEveryColumnWhenTheFirstCellIsEmpty() {
        assertThat(Csv.row(List.of("", "us-west-2", ""))).isEqualTo(",us-west-2,\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("+1 call me")).isEqualTo("'+1 call me");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("-12.5")).isEqualTo("-12.5");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("line\nbreak")).isEqualTo("line break");
        assertThat(Csv.cell("vault\u202Eevil\u200B")).isEqualTo("vaultevil");
    }
}
