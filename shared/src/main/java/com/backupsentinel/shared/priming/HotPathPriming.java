package com.backupsentinel.shared.priming;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.shared.config.Environment;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A function's SnapStart priming (its {@code XxxPriming} extends this): before the snapshot, its hot path on a
 * sample input through {@link Priming} (AWS answered by {@link CannedResponses}, no network, no logs or metrics);
 * after the restore, {@link Priming#restored()} (fresh credentials). Priming that fails is logged and skipped, so a
 * snapshot is never refused because of it. Registered from the handler's no-arg constructor with
 * {@link #register(HotPathPriming)}, which keeps it reachable (CRaC contexts may hold resources weakly), and hands it
 * to CRaC's global context unless Lambda says no snapshot follows this initialisation.
 */
public abstract class HotPathPriming implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(HotPathPriming.class);
    private static final List<Resource> REGISTERED = new CopyOnWriteArrayList<>();

    /**
     * What {@code AWS_LAMBDA_INITIALIZATION_TYPE} says when Lambda takes no snapshot after the initialisation: a
     * function without SnapStart, the unpublished {@code $LATEST} of one with it, provisioned concurrency. SnapStart's
     * own initialisation says {@code snap-start}.
     */
    static final Set<String> NO_SNAPSHOT_FOLLOWS = Set.of("on-demand", "provisioned-concurrency");

    /**
     * Registers {@code priming} with the global CRaC context (org.crac: a no-op outside SnapStart), except in an
     * initialisation that no snapshot follows: there the registration would only cost the cold start its time
     * (org.crac binds to the runtime's CRaC through a dynamic proxy, spun at the first registration).
     */
    public static <T extends HotPathPriming> T register(T priming) {
        return register(priming, Environment.system(), resource -> Core.getGlobalContext().register(resource));
    }

    static <T extends HotPathPriming> T register(T priming, Environment environment, Consumer<Resource> globalContext) {
        REGISTERED.add(priming);
        if (!NO_SNAPSHOT_FOLLOWS.contains(environment.get("AWS_LAMBDA_INITIALIZATION_TYPE").orElse(""))) {
            globalContext.accept(priming);
        }
        return priming;
    }

    /** What AWS answers while priming; the defaults unless the hot path needs more. */
    protected CannedResponses responses() {
        return CannedResponses.defaults();
    }

    /** The hot path on a sample input: parse, decide, compose, one request of each AWS call the function makes. */
    protected abstract void prime() throws Exception;

    @Override
    public final void beforeCheckpoint(Context<? extends Resource> context) {
        RuntimeException[] failure = new RuntimeException[1];
        Priming.run(responses(), () -> {
            try {
                prime();
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (Exception e) {
                failure[0] = new IllegalStateException(e);
            }
        });
        if (failure[0] != null) {
            LOG.warn("Priming stopped early; the snapshot is taken anyway", entry("priming", getClass().getSimpleName()),
                    entry("error", failure[0].toString()));
        }
    }

    @Override
    public final void afterRestore(Context<? extends Resource> context) {
        Priming.restored();
    }
}
