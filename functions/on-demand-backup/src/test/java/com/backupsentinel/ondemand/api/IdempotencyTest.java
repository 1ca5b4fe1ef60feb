package com.backupsentinel.ondemand.api;

import static com.backupsentinel.ondemand.service.Fixtures.ALICE;
import static com.backupsentinel.ondemand.service.Fixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.ondemand.service.Fixtures;
import com.backupsentinel.ondemand.service.IdempotencyAttempt;
import com.backupsentinel.ondemand.service.InMemoryRequestStore;
import com.backupsentinel.ondemand.service.MutableClock;
import com.backupsentinel.shared.aws.InvocationBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

    private final InMemoryRequestStore store = new InMemoryRequestStore();
    private final MutableClock clock = new MutableClock(Fixtures.NOW);
    private final Idempotency idempotency = new Idempotency(store, clock, InvocationBudget.keeping(Duration.ZERO));
    private final List<String> seeds = new ArrayList<>();

    private ApiResponse run(Optional<String> key, String body) {
        return idempotency.run(Route.START_BACKUP, ALICE, key, body, (seed, since) -> {
            seeds.add(seed);
            return ApiResponse.json(202, "{\"n\":" + seeds.size() + "}", Map.of());
        });
    }

    @Test
    void theSameKeyWithinADayIsAnsweredFromTheFirstResponse() {
        run(Optional.of("k"), "{\"idempotencyKey\":\"k\"}");
        clock.advance(Duration.ofHours(23));
        ApiResponse repeat = run(Optional.of("k"), "{\"idempotencyKey\":\"k\"}");
        clock.advance(Duration.ofHours(2));
        ApiResponse nextDay = run(Optional.of("k"), "{\"idempotencyKey\":\"k\"}");

        assertThat(repeat.body()).isEqualTo("{\"n\":1}");
        assertThat(nextDay.body()).isEqualTo("{\"n\":2}");
        assertThat(seeds).hasSize(2);
        assertThat(seeds.get(0)).isNotEqualTo(seeds.get(1));
    }

    @Test
    void aKeyReusedWithAnotherBodyIsAConflict() {
        run(Optional.of("k"), "{\"idempotencyKey\":\"k\"}");

        assertThatThrownBy(() -> run(Optional.of("k"), "{\"idempotencyKey\":\"k\",\"onlyConfig\":true}"))
                .isInstanceOf(HttpProblem.class)
                .hasMessage("idempotencyKey 'k' was already used with a different body in the last 24 hours; use a new key")
                .satisfies(e -> assertThat(((HttpProblem) e).status()).isEqualTo(409));
    }

    @Test
    void keysAreScopedToTheCaller() {
        run(Optional.of("k"), "{}");
        ApiResponse bobs = idempotency.run(Route.START_BACKUP, BOB, Optional.of("k"), "{}",
                (seed, since) -> ApiResponse.json(202, "{\"bob\":true}", Map.of()));

        assertThat(bobs.body()).isEqualTo("{\"bob\":true}");
    }

    @Test
    void aRequestStillRunningElsewhereIsAConflict() {
        ApiResponse first = idempotency.run(Route.START_BACKUP, ALICE, Optional.empty(), "{}", (seed, since) -> {
            assertThatThrownBy(() -> run(Optional.empty(), "{}"))
                    .hasMessage("the same request is still being processed; retry in a few seconds")
                    .satisfies(e -> assertThat(((HttpProblem) e).headers()).containsEntry("Retry-After", "5"));
            return ApiResponse.json(202, "{\"first\":true}", Map.of());
        });

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(seeds).isEmpty();
    }

    @Test
    void anInvocationThatDiedHoldsTheKeyOnlyUntilItsLeaseEnds() {
        String key = Idempotency.sha256("START_BACKUP\n" + ALICE.userArn() + "\nbody\n{}");
        store.claim(new IdempotencyAttempt(key, Idempotency.sha256("{}"), clock.instant(),
                clock.instant().plus(Idempotency.BODY_WINDOW), clock.instant().plus(Idempotency.LEASE)));

        assertThatThrownBy(() -> run(Optional.empty(), "{}")).isInstanceOf(HttpProblem.class);
        clock.advance(Idempotency.LEASE.plusSeconds(1));
        assertThat(run(Optional.empty(), "{}").body()).isEqualTo("{\"n\":1}");
        assertThat(seeds).containsExactly(key + "|" + Fixtures.NOW.getEpochSecond());
    }

    @Test
    void aFailingActionGivesTheKeyBack() {
        assertThatThrownBy(() -> idempotency.run(Route.START_BACKUP, ALICE, Optional.empty(), "{}", (seed, since) -> {
            throw new IllegalStateException("DynamoDB is unreachable");
        })).hasMessage("DynamoDB is unreachable");

        assertThat(store.heldClaims()).isZero();
    }

    @Test
    void aRequestSentAgainAfterAFailureKeepsTheFirstAttemptsTimeAndTokens() {
        assertThatThrownBy(() -> idempotency.run(Route.START_BACKUP, ALICE, Optional.empty(), "{}", (seed, since) -> {
            seeds.add(seed);
            throw new IllegalStateException("StartBackupJob timed out");
        })).hasMessage("StartBackupJob timed out");
        clock.advance(Duration.ofSeconds(40));

        run(Optional.empty(), "{}");

        assertThat(seeds).hasSize(2);
        assertThat(seeds.get(1)).isEqualTo(seeds.get(0));
    }

    @Test
    void anUnfinishedClaimIsLeasedUntilItsInvocationsEndNotAFixedTwoMinutes() {
        InvocationBudget budget = InvocationBudget.keeping(Duration.ZERO);
        Idempotency leased = new Idempotency(store, clock, budget);
        budget.begin(29_000);
        try {
            leased.run(Route.START_BACKUP, ALICE, Optional.empty(), "{}", (seed, since) -> {
                throw new IllegalStateException("killed");
            });
        } catch (IllegalStateException expected) {
            // the claim is released here; the next lines show a claim that was not
        } finally {
            budget.end();
        }
        String key = Idempotency.sha256("START_BACKUP\n" + ALICE.userArn() + "\nbody\n{\"a\":1}");
        budget.begin(29_000);
        try {
            store.claim(new IdempotencyAttempt(key, Idempotency.sha256("{\"a\":1}"), clock.instant(),
                    clock.instant().plus(Idempotency.BODY_WINDOW), clock.instant().plusSeconds(30)));
        } finally {
            budget.end();
        }

        clock.advance(Duration.ofSeconds(31));
        assertThat(run(Optional.empty(), "{\"a\":1}").statusCode()).isEqualTo(202);
    }

    @Test
    void refusedRequestsAreNotRemembered() {
        idempotency.run(Route.START_BACKUP, ALICE, Optional.empty(), "{}",
                (seed, since) -> ApiResponse.json(502, "{}", Map.of()));

        assertThat(store.heldClaims()).isZero();
        assertThat(run(Optional.empty(), "{}").body()).isEqualTo("{\"n\":1}");
    }
}
