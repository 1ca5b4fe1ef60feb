package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/** The S3 adapter through the real SDK against the S3 stand-in. */
class S3ObjectStoreTest {

    private TestAws.Fixture aws;
    private S3ObjectStore objects;

    @BeforeEach
    void startBucket() {
        aws = TestAws.get().fresh();
        objects = aws.objects();
    }

    @Test
    void fetchesASmallObjectWithItsEtag() {
        put("usage-logs/acme/a.json", "{\"a\":1}");

        FetchedObject fetched = objects.fetch("usage-logs/acme/a.json", 100);

        assertThat(fetched.content()).isPresent();
        assertThat(new String(fetched.content().get(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(fetched.size()).isEqualTo(7);
        assertThat(fetched.etag()).isEqualTo(md5("{\"a\":1}")).doesNotContain("\"");
    }

    @Test
    void stopsReadingAnObjectOverTheLimit() {
        put("usage-logs/acme/big.json", "x".repeat(5000));

        FetchedObject fetched = objects.fetch("usage-logs/acme/big.json", 1024);

        assertThat(fetched.content()).isEmpty();
        assertThat(fetched.size()).isEqualTo(5000);
    }

    @Test
    void reportsAMissingObject() {
        assertThatThrownBy(() -> objects.fetch("usage-logs/acme/gone.json", 100))
                .isInstanceOf(ObjectMissingException.class)
                .hasMessage("s3://" + aws.bucket() + "/usage-logs/acme/gone.json does not exist (S3 answered NoSuchKey)");
    }

    @Test
    void hashesAnObjectWithMd5() {
        put("terragrunt/acme/config.yaml", "customer: acme\n");

        ObjectDigest digest = objects.md5("terragrunt/acme/config.yaml");

        assertThat(digest.md5()).isEqualTo(md5("customer: acme\n"));
        assertThat(digest.size()).isEqualTo(15);
        assertThat(digest.lastModified()).isNotNull();
    }

    @Test
    void copiesAndPutsObjects() {
        put("usage-logs/acme/bad.json", "not json");

        objects.copy("usage-logs/acme/bad.json", "quarantine/usage-logs/acme/bad.json");
        objects.put("quarantine/usage-logs/acme/bad.json.reason.json", "{}".getBytes(StandardCharsets.UTF_8),
                "application/json");

        assertThat(read("quarantine/usage-logs/acme/bad.json")).isEqualTo("not json");
        assertThat(read("usage-logs/acme/bad.json")).isEqualTo("not json");
        assertThat(read("quarantine/usage-logs/acme/bad.json.reason.json")).isEqualTo("{}");
    }

    @Test
    void listsInKeyOrderAfterAStartKeyPageByPage() {
        for (String name : List.of("c", "a", "b", "d")) {
            put("usage-logs/acme/" + name + ".json", name);
        }
        put("terragrunt/acme/config.yaml", "x");

        ObjectPage first = objects.list("usage-logs/", Optional.empty(), 3);
        ObjectPage second = objects.list("usage-logs/", Optional.of("usage-logs/acme/c.json"), 3);

        assertThat(keys(first)).containsExactly("usage-logs/acme/a.json", "usage-logs/acme/b.json",
                "usage-logs/acme/c.json");
        assertThat(first.truncated()).isTrue();
        assertThat(keys(second)).containsExactly("usage-logs/acme/d.json");
        assertThat(second.truncated()).isFalse();
        assertThat(second.objects().get(0).etag()).isEqualTo(md5("d"));
        assertThat(second.objects().get(0).size()).isEqualTo(1);
    }

    private void put(String key, String content) {
        TestAws.putObject(aws.s3(), aws.bucket(), key, RequestBody.fromString(content));
    }

    private String read(String key) {
        return aws.s3().getObjectAsBytes(r -> r.bucket(aws.bucket()).key(key)).asUtf8String();
    }

    private static List<String> keys(ObjectPage page) {
        return page.objects().stream().map(ListedObject::key).collect(Collectors.toList());
    }

    static String md5(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
