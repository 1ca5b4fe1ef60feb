package com.backupsentinel.shared.priming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class PrimingCredentialsTest {

    private final AtomicInteger built = new AtomicInteger();
    private final AtomicInteger resolved = new AtomicInteger();
    private final PrimingCredentials credentials = new PrimingCredentials(this::realProvider);

    @Test
    void signsPrimingRequestsWithDummyKeysWithoutAskingTheRealProvider() {
        String[] primingKey = new String[1];

        Priming.run(() -> primingKey[0] = credentials.resolveCredentials().accessKeyId());

        assertThat(primingKey[0]).isEqualTo("PRIMINGACCESSKEY");
        assertThat(resolved).hasValue(0);
        assertThat(credentials.resolveCredentials().accessKeyId()).isEqualTo("AKIDREAL1");
    }

    @Test
    void buildsTheRealProviderAnewAfterARestoreSoNoCachedCredentialsAreShared() {
        credentials.resolveCredentials();

        Priming.onRestore(credentials::refresh);
        Priming.restored();

        assertThat(built).hasValueGreaterThanOrEqualTo(2);
        assertThat(credentials.resolveCredentials().accessKeyId()).isEqualTo("AKIDREAL" + built.get());
    }

    @Test
    void answersSnsPublishWithAMessageIdAndJsonProtocolsWithAnEmptyObject() {
        CannedResponses responses = CannedResponses.defaults().with("Backup:DescribeBackupJob", "{\"State\":\"FAILED\"}");

        assertThat(new String(responses.answer("Sns", "Publish").body())).contains("<PublishResult><MessageId>");
        assertThat(new String(responses.answer("DynamoDb", "PutItem").body())).isEqualTo("{}");
        assertThat(new String(responses.answer("Backup", "DescribeBackupJob").body())).isEqualTo("{\"State\":\"FAILED\"}");
        assertThat(responses.answer("S3", "PutObject").headers()).containsKey("ETag");
    }

    private AwsCredentialsProvider realProvider() {
        int generation = built.incrementAndGet();
        return () -> {
            resolved.incrementAndGet();
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDREAL" + generation, "secret"))
                    .resolveCredentials();
        };
    }
}
