package com.backupsentinel.shared.member;

import java.util.Objects;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * {@link MemberRoles} through STS AssumeRole (regional endpoint of the client), with the role's external id and
 * the shortest session STS allows (15 minutes): an org shard or an alert enrichment needs no more.
 */
public final class StsMemberRoles implements MemberRoles {

    /** STS's minimum and this project's only session length. */
    public static final int SESSION_SECONDS = 900;
    private static final int MAX_SESSION_NAME = 64;

    private final StsClient sts;
    private final MemberRole role;

    public StsMemberRoles(StsClient sts, MemberRole role) {
        this.sts = Objects.requireNonNull(sts, "sts");
        this.role = Objects.requireNonNull(role, "role");
    }

    @Override
    public MemberCredentials assume(String accountId, String sessionName) {
        String roleArn = role.arnIn(accountId);
        try {
            AssumeRoleResponse response = sts.assumeRole(request -> {
                request.roleArn(roleArn).roleSessionName(sessionName(sessionName)).durationSeconds(SESSION_SECONDS);
                role.externalId().ifPresent(request::externalId);
            });
            Credentials credentials = response.credentials();
            if (credentials == null || credentials.accessKeyId() == null) {
                throw new MemberAccessException(accountId, "NoCredentials", "AssumeRole " + roleArn
                        + " answered without credentials", null);
            }
            return new MemberCredentials(accountId, credentials.accessKeyId(), credentials.secretAccessKey(),
                    credentials.sessionToken(), credentials.expiration());
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                    ? "HTTP" + e.statusCode() : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new MemberAccessException(accountId, code, "AssumeRole " + roleArn + " failed: " + code
                    + (message == null || message.isBlank() ? "" : ": " + message), e);
        } catch (SdkException e) {
            throw new MemberAccessException(accountId, "Unreachable", "AssumeRole " + roleArn
                    + " failed: STS could not be reached: " + e.getMessage(), e);
        }
    }

    /** STS session names: 2 to 64 of [\w+=,.@-]; anything else becomes '-'. */
    static String sessionName(String requested) {
        String clean = requested == null ? "" : requested.replaceAll("[^\\w+=,.@-]", "-");
        if (clean.length() < 2) {
            clean = "backup-sentinel";
        }
        return clean.length() > MAX_SESSION_NAME ? clean.substring(0, MAX_SESSION_NAME) : clean;
    }
}
