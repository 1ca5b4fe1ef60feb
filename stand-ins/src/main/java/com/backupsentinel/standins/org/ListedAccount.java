package com.backupsentinel.standins.org;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One account as Organizations ListAccounts lists it: id, name, e-mail, when and how it joined, its {@code State}
 * (PENDING_ACTIVATION, ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED; absent in answers from before the field existed)
 * and the deprecated {@code Status} (ACTIVE, SUSPENDED, PENDING_CLOSURE) that AWS still sends beside it.
 */
public record ListedAccount(String accountId, String name, String email, Optional<String> state, String status,
                            String joinedMethod, Instant joined) {

    static final Set<String> STATES = Set.of("PENDING_ACTIVATION", "ACTIVE", "SUSPENDED", "PENDING_CLOSURE", "CLOSED");
    static final Set<String> STATUSES = Set.of("ACTIVE", "SUSPENDED", "PENDING_CLOSURE");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    public ListedAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(joinedMethod, "joinedMethod");
        Objects.requireNonNull(joined, "joined");
        if (!ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId must be 12 digits, got '" + accountId + "'");
        }
        if (state.isPresent() && !STATES.contains(state.get())) {
            throw new IllegalArgumentException("state must be one of " + STATES + ", got '" + state.get() + "'");
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + STATUSES + ", got '" + status + "'");
        }
    }

    /** An ACTIVE account that joined by being created in the organisation. */
    public static ListedAccount active(String accountId, String name, Instant joined) {
        return new ListedAccount(accountId, name, emailOf(name), Optional.of("ACTIVE"), "ACTIVE", "CREATED", joined);
    }

    /** This account in {@code state}, its Status the one AWS sends beside it (CLOSED accounts show SUSPENDED). */
    public ListedAccount inState(String newState) {
        String newStatus = switch (newState) {
            case "SUSPENDED", "CLOSED" -> "SUSPENDED";
            case "PENDING_CLOSURE" -> "PENDING_CLOSURE";
            default -> "ACTIVE";
        };
        return new ListedAccount(accountId, name, email, Optional.of(newState), newStatus, joinedMethod, joined);
    }

    /** This account listed as answers from before the State field listed it: Status only. */
    public ListedAccount statusOnly() {
        return new ListedAccount(accountId, name, email, Optional.empty(), status, joinedMethod, joined);
    }

    static String emailOf(String name) {
        return "aws+" + name.replaceAll("[^A-Za-z0-9.-]", "-") + "@example.com";
    }
}
