package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.usage.CallerIdentity.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CallerIdentityTest {

    @Test
    void takesTheUserNameOfAnIamUser() {
        CallerIdentity caller = CallerIdentity.parse("arn:aws:iam::111122223333:user/john.doe");

        assertThat(caller).isEqualTo(new CallerIdentity("aws", "111122223333", Kind.IAM_USER, "john.doe"));
    }

    @Test
    void takesTheLastSegmentOfAnIamUserWithAPath() {
        assertThat(CallerIdentity.parse("arn:aws:iam::111122223333:user/division_abc/subdivision_xyz/jane").user())
                .isEqualTo("jane");
    }

    @Test
    void takesTheSessionNameOfAnAssumedRole() {
        CallerIdentity caller = CallerIdentity.parse("arn:aws:sts::111122223333:assumed-role/Deployer/ci-run-42");

        assertThat(caller.kind()).isEqualTo(Kind.ASSUMED_ROLE);
        assertThat(caller.user()).isEqualTo("ci-run-42");
    }

    @Test
    void takesTheSignInNameOfAnSsoSession() {
        CallerIdentity caller = CallerIdentity.parse(
                "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/"
                        + "john.doe@example.com");

        assertThat(caller.kind()).isEqualTo(Kind.SSO);
        assertThat(caller.user()).isEqualTo("john.doe@example.com");
    }

    @Test
    void takesTheNameOfAFederatedUser() {
        CallerIdentity caller = CallerIdentity.parse("arn:aws:sts::111122223333:federated-user/bob");

        assertThat(caller.kind()).isEqualTo(Kind.FEDERATED_USER);
        assertThat(caller.user()).isEqualTo("bob");
    }

    @Test
    void callsTheRootUserRoot() {
        assertThat(CallerIdentity.parse("arn:aws:iam::111122223333:root"))
                .isEqualTo(new CallerIdentity("aws", "111122223333", Kind.ROOT, "root"));
    }

    @Test
    void acceptsOtherPartitions() {
        assertThat(CallerIdentity.parse("arn:aws-us-gov:iam::111122223333:user/gov").partition())
                .isEqualTo("aws-us-gov");
        assertThat(CallerIdentity.parse("arn:aws-cn:sts::111122223333:assumed-role/R/s1").partition())
                .isEqualTo("aws-cn");
    }

    static Stream<Arguments> arnsThatNameNoPerson() {
        return Stream.of(
                Arguments.of("not-an-arn",
                        "the caller ARN 'not-an-arn' is not arn:<partition>:iam|sts::<12-digit account>:<resource>"),
                Arguments.of("arn:aws:s3:::bucket/key",
                        "the caller ARN 'arn:aws:s3:::bucket/key' is not"
                                + " arn:<partition>:iam|sts::<12-digit account>:<resource>"),
                Arguments.of("arn:aws:iam::12345:user/x",
                        "the caller ARN 'arn:aws:iam::12345:user/x' is not"
                                + " arn:<partition>:iam|sts::<12-digit account>:<resource>"),
                Arguments.of("arn:aws:iam::111122223333:role/Deployer",
                        "the caller ARN 'arn:aws:iam::111122223333:role/Deployer' is not an IAM"
                                + " user, root, assumed-role (SSO included) or federated-user ARN"),
                Arguments.of("arn:aws:sts::111122223333:assumed-role/Deployer",
                        "the caller ARN"
                                + " 'arn:aws:sts::111122223333:assumed-role/Deployer' is not an IAM user, root, assumed-role (SSO"
                                + " included) or federated-user ARN"),
                Arguments.of("arn:aws:sts::111122223333:root",
                        "the caller ARN 'arn:aws:sts::111122223333:root' is not an IAM user, root,"
                                + " assumed-role (SSO included) or federated-user ARN"),
                Arguments.of("arn:aws:iam::111122223333:user/bad name",
                        "the IAM user name in the caller ARN"
                                + " 'arn:aws:iam::111122223333:user/bad name' must be 1 to 64 characters from letters, digits and"
                                + " + = , . @ _ - (IAM's rule)"),
                Arguments.of("arn:aws:sts::111122223333:assumed-role/Deployer/x",
                        "the session name in the caller ARN"
                                + " 'arn:aws:sts::111122223333:assumed-role/Deployer/x' must be 2 to 64 characters from letters,"
                                + " digits and + = , . @ _ - (IAM's rule)"));
    }

    @ParameterizedTest
    @MethodSource("arnsThatNameNoPerson")
    void rejectsArnsThatNameNoPerson(String arn, String message) {
        assertThatThrownBy(() -> CallerIdentity.parse(arn))
                .isInstanceOfSatisfying(InvalidUsageLogException.class,
                        e -> assertThat(e.reason()).isEqualTo(QuarantineReason.ARN_INVALID))
                .hasMessage(message);
    }

    @Test
    void rejectsOverlongArns() {
        String arn = "arn:aws:iam::111122223333:user/" + "a".repeat(2100);

        assertThatThrownBy(() -> CallerIdentity.parse(arn))
                .hasMessage("the caller ARN is longer than 2048 characters");
    }
}
