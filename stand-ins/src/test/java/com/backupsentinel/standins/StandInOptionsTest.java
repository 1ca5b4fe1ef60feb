package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandInOptionsTest {

    @Test
    void demoPointsAtTheRepositoriesDemoAccountFolder() {
        Path inventory = StandInOptions.demo().inventory().orElseThrow();
        assertThat(inventory.getFileName().toString()).isEqualTo("demo-account");
        assertThat(Files.isRegularFile(inventory.resolve("manifest.json"))).isTrue();
        assertThat(Files.isRegularFile(inventory.getParent().resolve("template.yaml")) || System.getProperty("sentinel.root") != null)
                .isTrue();
    }

    @Test
    void emptyHasNoInventoryAndAUtcClock() {
        StandInOptions options = StandInOptions.empty();
        assertThat(options.inventory()).isEmpty();
        assertThat(options.clock().getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void withersReplaceOnePartEach() {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);
        StandInOptions options = StandInOptions.empty().withInventory(Path.of("my-account")).withClock(fixed);
        assertThat(options).isEqualTo(new StandInOptions(Optional.of(Path.of("my-account")), fixed));
    }

    @Test
    void aMissingInventoryFolderFailsWithItsPath() {
        assertThatThrownBy(() -> BackupStandIn.start(StandInOptions.empty().withInventory(Path.of("/nonexistent/inventory"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Inventory folder /nonexistent/inventory does not exist or is not a folder");
    }
}
