package com.backupsentinel.shared.member;

/** Opens a member account: assumes its read-only role and answers the role's temporary credentials. */
@FunctionalInterface
public interface MemberRoles {

    /**
     * The role's credentials in {@code accountId}, for a session named {@code sessionName} (what CloudTrail shows in
     * the member account).
     *
     * @throws MemberAccessException when the role cannot be assumed (not deployed, trust or external id mismatch,
     *                               STS unreachable after retries)
     */
    MemberCredentials assume(String accountId, String sessionName);
}
