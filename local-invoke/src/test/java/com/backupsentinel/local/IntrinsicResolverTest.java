package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntrinsicResolverTest {

    private static final String TEMPLATE = String.join("\n",
            "Parameters:",
            "  Env: {Type: String, Default: development, AllowedValues: [development, production]}",
            "  Regions: {Type: CommaDelimitedList, Default: 'eu-west-1, us-east-1'}",
            "  Email: {Type: String, Default: '', AllowedPattern: '^$|^[^@]+@[^@]+$'}",
            "  Required: {Type: String}",
            "Mappings:",
            "  Defaults:",
            "    development: {Retention: 7}",
            "    production: {Retention: 90}",
            "Conditions:",
            "  IsProd: !Equals [!Ref Env, production]",
            "  HasEmail: !Not [!Equals [!Ref Email, '']]",
            "  ProdWithEmail: !And [!Condition IsProd, !Condition HasEmail]",
            "  ProdOrEmail: !Or [!Condition IsProd, !Condition HasEmail]",
            "  Loop: !Not [!Condition Loop]",
            "Resources:",
            "  Table: {Type: AWS::DynamoDB::Table}",
            "  NamedTable: {Type: AWS::DynamoDB::Table, Properties: {TableName: !Sub '${Env}-requests'}}",
            "  Bucket: {Type: AWS::S3::Bucket}",
            "  Topic: {Type: AWS::SNS::Topic}",
            "  Queue: {Type: AWS::SQS::Queue, Properties: {FifoQueue: true}}",
            "  Key: {Type: AWS::KMS::Key}",
            "  SelfNamed: {Type: AWS::SNS::Topic, Properties: {TopicName: !GetAtt SelfNamed.TopicName}}",
            "  Fn:",
            "    Type: AWS::Serverless::Function",
            "    Properties: {AutoPublishAlias: live}",
            "");

    private final Template template = Template.of(TEMPLATE, Path.of("/project"));

    private IntrinsicResolver resolver(Map<String, String> overrides) {
        StackSettings stack = StackSettings.local("eu-west-1", "210987654321", overrides);
        return new IntrinsicResolver(template, new PhysicalIds(template, stack, Map.of()));
    }

    private Object resolve(String yaml) {
        return resolve(yaml, Map.of());
    }

    private Object resolve(String yaml, Map<String, String> overrides) {
        Map<String, Object> value = TemplateParser.parse(new StringReader("V: " + yaml + "\n"), "value");
        return resolver(overrides).resolve(value.get("V"), "V");
    }

    @Test
    void resolvesRefToParametersWithDefaultsOverridesAndListTypes() {
        assertThat(resolve("!Ref Env")).isEqualTo("development");
        assertThat(resolve("!Ref Env", Map.of("Env", "production"))).isEqualTo("production");
        assertThat(resolve("!Ref Regions")).isEqualTo(List.of("eu-west-1", "us-east-1"));
    }

    @Test
    void resolvesPseudoParameters() {
        assertThat(resolve("!Sub '${AWS::Region} ${AWS::AccountId} ${AWS::StackName} ${AWS::Partition} ${AWS::URLSuffix}'"))
                .isEqualTo("eu-west-1 210987654321 backup-sentinel aws amazonaws.com");
    }

    @Test
    void resolvesRefAndGetAttOfResourcesToTheirPhysicalNamesAndArns() {
        assertThat(resolve("!Ref Table")).isEqualTo("backup-sentinel-Table");
        assertThat(resolve("!Ref NamedTable")).isEqualTo("development-requests");
        assertThat(resolve("!GetAtt NamedTable.Arn")).isEqualTo("arn:aws:dynamodb:eu-west-1:210987654321:table/development-requests");
        assertThat(resolve("!Ref Bucket")).isEqualTo("backup-sentinel-bucket");
        assertThat(resolve("!GetAtt Bucket.Arn")).isEqualTo("arn:aws:s3:::backup-sentinel-bucket");
        assertThat(resolve("!Ref Topic")).isEqualTo("arn:aws:sns:eu-west-1:210987654321:backup-sentinel-Topic");
        assertThat(resolve("!GetAtt Topic.TopicName")).isEqualTo("backup-sentinel-Topic");
        assertThat(resolve("!Ref Queue")).isEqualTo("https://sqs.eu-west-1.amazonaws.com/210987654321/backup-sentinel-Queue.fifo");
        assertThat(resolve("!GetAtt Queue.Arn")).isEqualTo("arn:aws:sqs:eu-west-1:210987654321:backup-sentinel-Queue.fifo");
        assertThat(resolve("!GetAtt Fn.Arn")).isEqualTo("arn:aws:lambda:eu-west-1:210987654321:function:backup-sentinel-Fn");
        assertThat(resolve("!Ref Fn.Alias")).isEqualTo("arn:aws:lambda:eu-west-1:210987654321:function:backup-sentinel-Fn:live");
        assertThat(resolve("!GetAtt FnRole.Arn")).isEqualTo("arn:aws:iam::210987654321:role/backup-sentinel-FnRole");
        assertThat((String) resolve("!GetAtt Key.Arn")).matches("arn:aws:kms:eu-west-1:210987654321:key/[0-9a-f-]{36}");
    }

    @Test
    void prefersWhatTheEndpointReportedForAResource() {
        StackSettings stack = StackSettings.local("eu-west-1", "210987654321", Map.of());
        IntrinsicResolver resolver = new IntrinsicResolver(template, new PhysicalIds(template, stack, Map.of("Topic",
                new PhysicalIds.Provisioned("arn:aws:sns:eu-west-1:000000000000:backup-sentinel-Topic", Map.of()))));

        assertThat(resolver.resolve(Map.of("Ref", "Topic"), "V")).isEqualTo("arn:aws:sns:eu-west-1:000000000000:backup-sentinel-Topic");
    }

    @Test
    void resolvesSubInBothFormsWithAttributesAndEscapedLiterals() {
        assertThat(resolve("!Sub '${Bucket.Arn}/reports/*'")).isEqualTo("arn:aws:s3:::backup-sentinel-bucket/reports/*");
        assertThat(resolve("!Sub ['${Name}-${Env}-${!Literal}', {Name: !Ref Table}]"))
                .isEqualTo("backup-sentinel-Table-development-${Literal}");
    }

    @Test
    void resolvesIfWithConditionsBuiltFromEqualsNotAndOr() {
        assertThat(resolve("!If [IsProd, 90, 7]")).isEqualTo("7");
        assertThat(resolve("!If [IsProd, 90, 7]", Map.of("Env", "production"))).isEqualTo("90");
        assertThat(resolve("!If [ProdWithEmail, yes, no]", Map.of("Env", "production", "Email", "a@b.c"))).isEqualTo("yes");
        assertThat(resolve("!If [ProdWithEmail, yes, no]", Map.of("Env", "production"))).isEqualTo("no");
        assertThat(resolve("!If [ProdOrEmail, yes, no]", Map.of("Email", "a@b.c"))).isEqualTo("yes");
        assertThat(resolve("!If [HasEmail, yes, no]")).isEqualTo("no");
    }

    @Test
    void dropsNoValueFromMappingsAndLists() {
        assertThat(resolve("{A: 1, B: !If [IsProd, 2, !Ref AWS::NoValue]}")).isEqualTo(Map.of("A", "1"));
        assertThat(resolve("[a, !If [IsProd, b, !Ref AWS::NoValue], c]")).isEqualTo(List.of("a", "c"));
    }

    @Test
    void resolvesFindInMapJoinSelectSplitBase64AndGetAzs() {
        assertThat(resolve("!FindInMap [Defaults, !Ref Env, Retention]", Map.of("Env", "production"))).isEqualTo("90");
        assertThat(resolve("!FindInMap [Defaults, staging, Retention, {DefaultValue: 30}]")).isEqualTo("30");
        assertThat(resolve("!Join [',', !Ref Regions]")).isEqualTo("eu-west-1,us-east-1");
        assertThat(resolve("!Select [1, !Ref Regions]")).isEqualTo("us-east-1");
        assertThat(resolve("!Split ['/', 'a/b/c']")).isEqualTo(List.of("a", "b", "c"));
        assertThat(resolve("!Select [2, !Split ['/', 'a/b/c']]")).isEqualTo("c");
        assertThat(resolve("!Base64 hi")).isEqualTo("aGk=");
        assertThat(resolve("!GetAZs ''")).isEqualTo(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"));
    }

    @Test
    void namesAnUnsupportedIntrinsicAndWhereItIs() {
        assertThatThrownBy(() -> resolve("{Nested: [!ImportValue shared-vpc]}"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("V.Nested[0]: intrinsic function Fn::ImportValue is not supported by local invoke (supported:"
                        + " Ref, Fn::GetAtt, Fn::Sub, Fn::If, Fn::Equals, Fn::Not, Fn::And, Fn::Or, Fn::FindInMap, Fn::Join,"
                        + " Fn::Select, Fn::Split, Fn::Base64, Fn::GetAZs)");
    }

    @Test
    void namesAReferenceToNothing() {
        assertThatThrownBy(() -> resolve("!Sub '${Missing}'"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("V.Fn::Sub ${Missing}: Ref to 'Missing', which is no parameter, pseudo parameter or resource of"
                        + " the template");
        assertThatThrownBy(() -> resolve("!GetAtt Topic.Nope"))
                .hasMessage("Fn::GetAtt Topic.Nope: local invoke does not know attribute Nope of AWS::SNS::Topic");
    }

    @Test
    void checksParameterValuesLikeCloudFormation() {
        assertThatThrownBy(() -> resolve("!Ref Env", Map.of("Env", "prod")))
                .hasMessage("Parameter Env is 'prod', which is not one of its AllowedValues [development, production]");
        assertThatThrownBy(() -> resolve("!Ref Email", Map.of("Email", "nobody")))
                .hasMessage("Parameter Email is 'nobody', which does not match its AllowedPattern ^$|^[^@]+@[^@]+$");
        assertThatThrownBy(() -> resolve("!Ref Required"))
                .hasMessage("Parameter Required has no Default; give it a value in the --env-vars file's \"Parameters\""
                        + " object");
    }

    @Test
    void stopsOnCircularConditionsAndResourceNames() {
        assertThatThrownBy(() -> resolve("!If [Loop, a, b]"))
                .hasMessage("Conditions.Loop depends on itself through [Loop]");
        assertThatThrownBy(() -> resolve("!Ref SelfNamed"))
                .hasMessage("Resources.SelfNamed.Properties.TopicName.Fn::GetAtt: resource SelfNamed refers to itself"
                        + " through [SelfNamed]");
    }

    @Test
    void namesAnIntrinsicWithTheWrongShape() {
        assertThatThrownBy(() -> resolve("!Select [1]"))
                .hasMessage("V.Fn::Select must be a list [Index, [Values]] but is a list [1]");
        assertThatThrownBy(() -> resolve("!Select [5, [a]]")).hasMessage("V.Fn::Select: index 5 is outside the list of 1 values");
    }
}
