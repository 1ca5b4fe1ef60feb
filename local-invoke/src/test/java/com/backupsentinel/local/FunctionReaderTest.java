package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunctionReaderTest {

    private static final String TEMPLATE = String.join("\n",
            "Globals:",
            "  Function:",
            "    Runtime: java21",
            "    MemorySize: 1024",
            "    Layers: [global-layer]",
            "    Environment:",
            "      Variables:",
            "        SHARED: from-globals",
            "        REPLACED: from-globals",
            "        TOPIC: !Ref Topic",
            "    LoggingConfig: {LogFormat: JSON, ApplicationLogLevel: DEBUG}",
            "Resources:",
            "  Topic: {Type: AWS::SNS::Topic}",
            "  Merged:",
            "    Type: AWS::Serverless::Function",
            "    Properties:",
            "      FunctionName: !Sub '${AWS::StackName}-merged'",
            "      Handler: com.example.Handler::handle",
            "      CodeUri: functions/merged/target/merged.zip",
            "      Architectures: [arm64]",
            "      Layers: [own-layer]",
            "      Environment:",
            "        Variables:",
            "          REPLACED: from-function",
            "          OWN: 42",
            "  Plain:",
            "    Type: AWS::Lambda::Function",
            "    Properties: {Handler: com.example.Plain, Runtime: java17}",
            "  Python:",
            "    Type: AWS::Serverless::Function",
            "    Properties: {Handler: app.handler, Runtime: python3.12}",
            "  Table: {Type: AWS::DynamoDB::Table}",
            "");

    private final Template template = Template.of(TEMPLATE, Path.of("/project"));
    private final IntrinsicResolver resolver = new IntrinsicResolver(template,
            new PhysicalIds(template, StackSettings.local("us-east-1", "123456789012", Map.of()), Map.of()));

    @Test
    void mergesGlobalsTheWaySamDoes() {
        FunctionDefinition function = FunctionReader.read(resolver, "Merged");

        assertThat(function.environment()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "SHARED", "from-globals", "REPLACED", "from-function", "OWN", "42",
                "TOPIC", "arn:aws:sns:us-east-1:123456789012:backup-sentinel-Topic"));
        assertThat(function.functionName()).isEqualTo("backup-sentinel-merged");
        assertThat(function.handlerClass()).isEqualTo("com.example.Handler");
        assertThat(function.handlerMethod()).isEqualTo("handle");
        assertThat(function.runtime()).isEqualTo("java21");
        assertThat(function.memoryMb()).isEqualTo(1024);
        assertThat(function.timeoutSeconds()).isEqualTo(3);
        assertThat(function.architecture()).isEqualTo("arm64");
        assertThat(function.codeUri()).contains(Path.of("/project/functions/merged/target/merged.zip"));
        assertThat(function.logGroupName()).isEqualTo("/aws/lambda/backup-sentinel-merged");
        assertThat(function.logging()).isEqualTo(Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", "DEBUG"));
        assertThat(FunctionReader.mergedProperties(template, template.resource("Merged").orElseThrow()).get("Layers"))
                .isEqualTo(List.of("global-layer", "own-layer"));
    }

    @Test
    void readsLambdaFunctionsWithoutGlobalsAndWithLambdasDefaults() {
        FunctionDefinition function = FunctionReader.read(resolver, "Plain");

        assertThat(function.handlerMethod()).isEqualTo("handleRequest");
        assertThat(function.memoryMb()).isEqualTo(128);
        assertThat(function.environment()).isEmpty();
        assertThat(function.codeUri()).isEqualTo(Optional.empty());
        assertThat(function.architecture()).isEqualTo("x86_64");
    }

    @Test
    void refusesFunctionsThatAreNotJava() {
        assertThatThrownBy(() -> FunctionReader.read(resolver, "Python"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Resources.Python.Properties.Runtime is python3.12; local invoke runs Java functions only");
    }

    @Test
    void listsTheFunctionsWhenTheLogicalIdIsNoFunction() {
        assertThatThrownBy(() -> FunctionReader.read(resolver, "Table"))
                .isInstanceOf(UnknownFunctionException.class)
                .hasMessage("'Table' is not a function of the template; its functions are Merged, Plain, Python");
    }
}
